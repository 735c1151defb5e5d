/**
 * `npm run bench`: the cost of a client at synth, ours against the raw L1, a minimal L2 and
 * aws-cdk-lib's UserPoolClient; writes bench/RESULTS.md and bench/results.svg.
 *
 *   npm run bench                    full run: 7 rounds (about 6 minutes on an idle 2-core machine, up to about 20 under heavy load)
 *   npm run bench -- --smoke         N = 5, one round, output in bench/out/smoke (or BENCH_SMOKE=1)
 *   npm run bench -- --rounds=7 --ns=100,1000 --validation-ns= --import-runs=31 --out=bench/out/x
 *
 * Every measurement runs in a fresh process (run-one.ts, import-cost.ts).
 */
import { execFileSync, fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderChart } from './chart';
import { IMPLEMENTATIONS, SCENARIOS } from './fixtures';
import type { Implementation, Scenario } from './fixtures';
import { IMPORT_BASELINES } from './import-cost';
import type { ImportResult } from './import-cost';
import { ANALYSIS_END, ANALYSIS_START, renderMarkdown } from './report';
import type { Environment } from './report';
import type { RunResult } from './run-one';
import { budgets, BUDGET_N, configKey, Results } from './stats';
import type { Config, ImportRun, Run } from './stats';

interface Options {
  readonly smoke: boolean;
  readonly rounds: number;
  /** N measured with CloudFormation validation off (the main tables and the chart). */
  readonly ns: number[];
  /** N measured with the default synth (CloudFormation validation on). */
  readonly validationNs: number[];
  readonly importRuns: number;
  /** Where RESULTS.md and the chart go, relative to the package root. */
  readonly out: string;
}

function parseOptions(argv: readonly string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new Error(`unknown argument ${arg}`);
    }
    flags.set(match[1], match[2] ?? 'true');
  }
  const known = ['smoke', 'rounds', 'ns', 'validation-ns', 'import-runs', 'out'];
  for (const flag of flags.keys()) {
    if (!known.includes(flag)) {
      throw new Error(`unknown option --${flag} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    }
  }
  const smoke = flags.get('smoke') === 'true' || process.env.BENCH_SMOKE === '1';
  const list = (text: string | undefined, fallback: number[]) => text === undefined ? fallback : text.split(',').filter((v) => v !== '').map(Number);
  return {
    smoke,
    rounds: Number(flags.get('rounds') ?? (smoke ? 1 : 7)),
    ns: list(flags.get('ns'), smoke ? [5] : [100, 1000, 3000]),
    validationNs: list(flags.get('validation-ns'), smoke ? [] : [BUDGET_N]),
    importRuns: Number(flags.get('import-runs') ?? (smoke ? 1 : 25)),
    out: flags.get('out') ?? (smoke ? path.join('bench', 'out', 'smoke') : 'bench'),
  };
}

/** The package root: the nearest directory up with our package.json. */
function findRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).name === 'cdk-cognito-user-pool-client') {
      return dir;
    }
  }
  throw new Error('cannot find the package root');
}

/**
 * Copies the built lib/ (JavaScript files only), so that a rebuild during the run cannot change
 * what is measured; and a second copy without inline source maps, for the import diagnostic.
 */
function snapshotPackage(root: string): { shipped: string; noMaps: string; builtAt: string } {
  const lib = path.join(root, 'lib');
  const index = path.join(lib, 'index.js');
  if (!fs.existsSync(index)) {
    throw new Error('lib/index.js not found: build the package first (npm run build)');
  }
  const shipped = path.join(root, 'bench', 'out', 'package');
  const noMaps = path.join(root, 'bench', 'out', 'package-no-inline-maps');
  for (const dir of [shipped, noMaps]) {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const copy = (from: string, rel: string) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const relative = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        copy(source, relative);
      } else if (entry.name.endsWith('.js')) {
        const text = fs.readFileSync(source, 'utf8');
        for (const [dir, content] of [[shipped, text], [noMaps, text.replace(/^\/\/# sourceMappingURL=data:.*$/m, '')]]) {
          fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
          fs.writeFileSync(path.join(dir, relative), content);
        }
      }
    }
  };
  copy(lib, '');
  return { shipped, noMaps, builtAt: fs.statSync(index).mtime.toISOString() };
}

/** Runs a script in a new Node.js process and returns the one message it sends. */
function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [...args], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let message: T | undefined;
    let stderr = '';
    child.stdout?.resume();
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('message', (m) => {
      message = m as T;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0 && message !== undefined) {
        resolve(message);
      } else {
        reject(new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}:\n${stderr}`));
      }
    });
  });
}

function runOne(c: Config, packageDir: string): Promise<RunResult> {
  return runChild<RunResult>(path.join(__dirname, 'run-one.js'),
    [c.impl, c.scenario, String(c.n), c.validation ? 'on' : 'off', c.quiet ? '1' : '0', packageDir]);
}

/** Rotates a list by `k`: each implementation takes every position over the rounds. */
function rotate<T>(list: readonly T[], k: number): T[] {
  const shift = ((k % list.length) + list.length) % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/** The configurations of one round, in the order they run. */
function roundPlan(options: Options, round: number): Config[] {
  const groups: Config[][] = [];
  const group = (impls: readonly Implementation[], scenario: Scenario, n: number, validation: boolean, quiet = false) =>
    groups.push(impls.map((impl) => ({ impl, scenario, n, validation, quiet })));
  for (const n of options.ns) {
    for (const scenario of SCENARIOS) {
      group(IMPLEMENTATIONS, scenario, n, false);
      if (n === BUDGET_N && scenario === 'plain') {
        // What the warning costs: ours and the minimal L2 with preventUserExistenceErrors: true.
        group(['ours', 'minimal'], scenario, n, false, true);
      }
    }
  }
  for (const n of options.validationNs) {
    for (const scenario of SCENARIOS) {
      group(IMPLEMENTATIONS, scenario, n, true);
    }
  }
  return groups.flatMap((g, i) => rotate(g, round + i));
}

/** Token validities in seconds, so that the same durations in different units compare equal. */
function normalize(props: unknown): unknown {
  const p = { ...(props as Record<string, unknown>) };
  const units = (p.TokenValidityUnits ?? {}) as Record<string, string>;
  const seconds: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
  for (const [key, unitKey] of [['IdTokenValidity', 'IdToken'], ['AccessTokenValidity', 'AccessToken'], ['RefreshTokenValidity', 'RefreshToken']]) {
    if (typeof p[key] === 'number') {
      p[key] = (p[key] as number) * seconds[units[unitKey] ?? 'hours'];
    }
  }
  delete p.TokenValidityUnits;
  return sortKeys(p);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Synthesizes 3 clients per implementation and compares what they render. */
async function checkEquivalence(packageDir: string): Promise<string[]> {
  const lines: string[] = [];
  for (const scenario of SCENARIOS) {
    const rendered = new Map<Implementation, RunResult>();
    for (const impl of IMPLEMENTATIONS) {
      rendered.set(impl, await runOne({ impl, scenario, n: 3, validation: false, quiet: false }, packageDir));
    }
    const reference = JSON.stringify(sortKeys(rendered.get('l1')!.firstClient));
    const referenceNormalized = JSON.stringify(normalize(rendered.get('l1')!.firstClient));
    for (const impl of IMPLEMENTATIONS.filter((i) => i !== 'l1')) {
      const run = rendered.get(impl)!;
      const exact = JSON.stringify(sortKeys(run.firstClient)) === reference;
      const same = exact || JSON.stringify(normalize(run.firstClient)) === referenceNormalized;
      const resources = IMPLEMENTATIONS.map((i) => `${i} ${rendered.get(i)!.resources}`).join(', ');
      lines.push(`${scenario}, ${impl}: ${exact ? 'identical to the L1 properties' : same ? 'same as the L1 properties (token validities in other units)' : `**differs** from the L1 properties: ${JSON.stringify(run.firstClient)}`}${impl === 'ours' ? ` (resources for 3 clients: ${resources})` : ''}`);
    }
  }
  return lines;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) {
      return match[1].trim();
    }
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function packageVersion(root: string, name: string): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** The hand-written ANALYSIS section of the RESULTS.md being replaced (or of bench/RESULTS.md). */
function keptAnalysis(files: readonly string[]): string | undefined {
  for (const file of files) {
    if (fs.existsSync(file)) {
      const text = fs.readFileSync(file, 'utf8');
      const start = text.indexOf(ANALYSIS_START);
      const end = text.indexOf(ANALYSIS_END);
      if (start !== -1 && end > start) {
        return text.slice(start + ANALYSIS_START.length, end);
      }
    }
  }
  return undefined;
}

function describe(c: Config): string {
  return `${c.impl.padEnd(7)} ${c.scenario.padEnd(6)} N=${String(c.n).padEnd(4)} ${c.validation ? 'validation on ' : 'validation off'}${c.quiet ? ' quiet' : ''}`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = findRoot();
  const started = Date.now();
  const loadBefore = os.loadavg();
  const pkg = snapshotPackage(root);
  console.log(`bench: ${options.smoke ? 'smoke run' : 'full run'}, ${options.rounds} round(s), N = ${options.ns.join(', ')} (validation off), N = ${options.validationNs.join(', ') || 'none'} (validation on)`);

  const equivalence = await checkEquivalence(pkg.shipped);
  equivalence.forEach((line) => console.log(`equivalence: ${line}`));

  const plans = Array.from({ length: options.rounds }, (_, round) => roundPlan(options, round));
  const total = plans.reduce((s, p) => s + p.length, 0);
  const runs: Run[] = [];
  for (const [round, plan] of plans.entries()) {
    for (const config of plan) {
      const result = await runOne(config, pkg.shipped);
      runs.push({ ...result, round });
      const elapsed = (Date.now() - started) / 60_000;
      console.log(`[${String(runs.length).padStart(3)}/${total}] round ${round + 1} ${describe(config)}: ${result.totalMs.toFixed(0).padStart(6)} ms `
        + `(construct ${result.constructMs.toFixed(0)}, synth ${result.synthMs.toFixed(0)}), ${result.resources} resources, ${result.warnings} warnings, `
        + `RSS ${result.maxRssMiB.toFixed(0)} MiB  [${elapsed.toFixed(1)} min]`);
    }
  }

  const imports: ImportRun[] = [];
  const variants = [['shipped', pkg.shipped], ['no-inline-maps', pkg.noMaps]] as const;
  const combos = IMPORT_BASELINES.flatMap((baseline) => variants.map(([variant, dir]) => ({ baseline, variant, dir })));
  for (let i = 0; i < options.importRuns; i++) {
    for (const { baseline, variant, dir } of rotate(combos, i)) {
      const result = await runChild<ImportResult>(path.join(__dirname, 'import-cost.js'), [baseline, dir]);
      imports.push({ baseline, variant, ms: result.ms, modules: result.modules });
    }
  }
  console.log(`import: ${options.importRuns} run(s) per baseline and variant`);

  const results = new Results(runs, imports);
  const outDir = path.resolve(root, options.out);
  fs.mkdirSync(outDir, { recursive: true });
  const commit = git(root, ['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  const dirty = (git(root, ['status', '--porcelain', '--', 'src']) ?? '') !== '';
  const env: Environment = {
    date: new Date(started).toISOString().replace(/\.\d+Z$/, 'Z'),
    cpuModel: cpuModel(),
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    awsCdkLib: packageVersion(root, 'aws-cdk-lib'),
    constructs: packageVersion(root, 'constructs'),
    commit: `${commit}${dirty ? ' (src/ with uncommitted changes)' : ''}`,
    packageState: `built ${pkg.builtAt} from commit ${commit}${dirty ? ' with uncommitted changes in src/' : ''}`,
    command: options.smoke ? 'npm run bench -- --smoke' : 'npm run bench',
    rounds: options.rounds,
    importRuns: options.importRuns,
    loadBefore,
    loadAfter: os.loadavg(),
    durationMinutes: (Date.now() - started) / 60_000,
    equivalence,
    chartFile: 'results.svg',
  };
  const resultsFile = path.join(outDir, 'RESULTS.md');
  const analysis = keptAnalysis([resultsFile, path.join(root, 'bench', 'RESULTS.md')]);
  fs.writeFileSync(path.join(outDir, env.chartFile), renderChart(results, `UserPoolClient: construct + app.synth() against N (${env.awsCdkLib}, Node.js ${env.node}, CloudFormation validation off)`));
  fs.writeFileSync(resultsFile, renderMarkdown(results, env, analysis));
  const rawDir = path.join(root, 'bench', 'out');
  fs.mkdirSync(rawDir, { recursive: true });
  fs.writeFileSync(path.join(rawDir, options.smoke ? 'raw-smoke.json' : 'raw.json'), JSON.stringify({ env, options, runs, imports }, undefined, 1));

  console.log(`\nwrote ${path.relative(root, resultsFile)} and ${path.relative(root, path.join(outDir, env.chartFile))} (${env.durationMinutes.toFixed(1)} min)`);
  for (const b of budgets(results)) {
    console.log(`budget ${b.pass === undefined ? 'n/a ' : b.pass ? 'pass' : 'FAIL'}  ${b.name}: ${b.measured} (limit ${b.limit})`);
  }
  // A smoke run asserts nothing about figures; the keys show that every configuration ran.
  console.log(`configurations measured: ${new Set(runs.map(configKey)).size}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
