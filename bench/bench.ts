/**
 * `npm run bench`: what our client costs against aws-cdk-lib's UserPoolClient (and against a
 * minimal L2, the floor for any L2), and what `UserPoolClientChecks` adds to aws-cdk-lib's clients,
 * on the devDependency aws-cdk-lib and the current release; judges the budgets (stats.ts) and
 * writes bench/RESULTS.md and bench/results.svg. What it measures:
 *
 * - a typical app (one pool, three clients) as a whole process, from spawn to exit: what a small
 *   app's `cdk synth` feels, start-up and module loading included (typical-app.ts);
 * - the `require` of our package after the modules a Cognito app loads anyway (import-cost.ts);
 * - construct + synth of N clients with the modules loaded beforehand, in several scenarios, and the
 *   whole app at scale (run-one.ts);
 * - the example app end to end with the cdk CLI, against its aws-cdk-lib version (end-to-end.ts).
 *
 *   npm run bench                  7 rounds (about 6 minutes in Node.js 24 on an idle 2-core machine, longer on a busy one)
 *   bash scripts/with-node.sh 24 npm run bench   the same in Node.js 24 (bench/RESULTS.md is measured so)
 *   npm run bench -- --smoke       N = 5, one round, the devDependency only; output in bench/out/smoke
 *   npm run bench -- --rounds=9 --out=bench/out/x
 *
 * Every measurement runs in a fresh process; in each round the implementations of a configuration
 * run one after the other, in an order that rotates from round to round (the typical app runs in
 * pairs, each in the order opposite to the pair before).
 */
import { fork, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { renderChart } from './chart';
import { synthApp } from './end-to-end';
import { IMPLEMENTATIONS } from './fixtures';
import type { Implementation } from './fixtures';
import type { ImportResult } from './import-cost';
import { ANALYSIS_END, ANALYSIS_START, renderMarkdown } from './report';
import type { Environment } from './report';
import type { RunResult } from './run-one';
import { currentAwsCdkLib, END_TO_END_APPS, installedVersion, stage } from './stage';
import type { Stage } from './stage';
import { budgets, BUDGET_NS, BUDGET_SCENARIO, OTHER_N, TYPICAL_APP_MIN_PAIRS } from './stats';
import type { Budget, Config, EndToEndRun, ImportRun, Measurements, Run, TypicalAppRun } from './stats';
import type { TypicalAppImplementation, TypicalAppResult } from './typical-app';

interface Options {
  readonly smoke: boolean;
  readonly rounds: number;
  /** Rounds (the first ones) that also measure the whole app at scale and the app end to end: slow. */
  readonly slowRounds: number;
  /** Pairs of typical-app runs per round and configuration: enough for the pairs its budget takes (one in the smoke run). */
  readonly typicalAppPairs: number;
  readonly out: string;
}

function parseOptions(argv: readonly string[]): Options {
  const flags = new Map(argv.map((arg) => {
    const match = /^--(smoke|rounds|out)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new Error(`unknown argument ${arg} (known: --smoke, --rounds=N, --out=DIR)`);
    }
    return [match[1], match[2] ?? 'true'] as const;
  }));
  const smoke = flags.get('smoke') === 'true';
  const rounds = Number(flags.get('rounds') ?? (smoke ? 1 : 7));
  return {
    smoke, rounds, slowRounds: Math.min(rounds, 3), typicalAppPairs: smoke ? 1 : Math.max(3, Math.ceil(TYPICAL_APP_MIN_PAIRS / rounds)),
    out: flags.get('out') ?? (smoke ? 'bench/out/smoke' : 'bench'),
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

/** Runs a staged script in a new Node.js process and returns the one message it sends. */
function runChild<T>(stageDir: string, script: string, args: readonly string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(stageDir, script), [...args], { cwd: stageDir, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let message: T | undefined;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('message', (m) => (message = m as T));
    child.on('error', reject);
    child.on('exit', (code) => code === 0 && message !== undefined ? resolve(message)
      : reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stderr}`)));
  });
}

/**
 * Runs the typical app in a new Node.js process, spawned the same way for both implementations, and
 * times it from spawn to exit.
 */
function runTypicalApp(stageDir: string, impl: TypicalAppImplementation, validation: boolean): TypicalAppResult & { wallMs: number } {
  const args = ['typical-app.js', impl, validation ? 'on' : 'off'];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: stageDir, encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (child.status !== 0) {
    throw new Error(`${args.join(' ')} exited with ${child.status}:\n${child.stderr}`);
  }
  // Its report is the last line: whatever aws-cdk-lib prints comes before.
  return { ...JSON.parse(child.stdout.trim().split('\n').pop()!) as TypicalAppResult, wallMs };
}

/**
 * The typical app's pairs of one round: each pair in the order opposite to the pair before, counted
 * over the rounds, so that neither implementation always runs first.
 */
function typicalAppRound(s: Stage, validation: boolean, round: number, pairs: number): TypicalAppRun[] {
  const runs: TypicalAppRun[] = [];
  for (let pair = round * pairs; pair < (round + 1) * pairs; pair++) {
    for (const impl of pair % 2 === 0 ? ['cdk', 'ours'] as const : ['ours', 'cdk'] as const) {
      runs.push({ awsCdkLib: s.awsCdkLib, impl, validation, round, pair, ...runTypicalApp(s.dir, impl, validation) });
      console.log(`round ${round + 1} ${s.awsCdkLib} typical app ${validation ? 'validation ' : ''}${impl}: ${runs[runs.length - 1].wallMs.toFixed(0)} ms`);
    }
  }
  return runs;
}

function rotate<T>(list: readonly T[], k: number): T[] {
  const shift = k % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}

/**
 * The configurations of one round for one version, group by group, each group rotated. The minimal
 * L2 runs where the ratio beside a budget reads it: the best-practice props.
 */
function roundPlan(awsCdkLib: string, options: Options, round: number, withValidation: boolean, withScale: boolean): Config[] {
  const groups: Config[][] = [];
  const group = (impls: readonly Implementation[], scenario: Config['scenario'], n: number, validation = false) =>
    groups.push(impls.map((impl) => ({ awsCdkLib, impl, scenario, n, validation })));
  const small = options.smoke ? 5 : undefined;
  for (const n of small ? [small] : BUDGET_NS) {
    group(IMPLEMENTATIONS, BUDGET_SCENARIO, n);
  }
  group(['cdk', 'ours'], 'default-props', small ?? OTHER_N);
  group(['cdk', 'ours'], 'secret', small ?? OTHER_N);
  if (withValidation) {
    group(IMPLEMENTATIONS, BUDGET_SCENARIO, small ?? OTHER_N, true);
  }
  if (withScale) {
    // The app without clients (its fixed cost), then each N.
    group(['minimal'], 'whole-app', 0);
    for (const n of small ? [small] : SCALE_NS) {
      group(['cdk', 'cdk-checks', 'ours'], 'whole-app', n);
    }
  }
  return groups.flatMap((g, i) => rotate(g, round + i));
}

/** The N of the whole-app case at scale. */
export const SCALE_NS = [100, 1000, 2000, 3000];

/** Token validities in seconds, so that the same durations in different units compare equal; keys sorted. */
function normalize(props: unknown): string {
  const p = { ...(props as Record<string, unknown>) };
  const units = (p.TokenValidityUnits ?? {}) as Record<string, string>;
  const seconds: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
  for (const [key, unit] of [['IdTokenValidity', 'IdToken'], ['AccessTokenValidity', 'AccessToken'], ['RefreshTokenValidity', 'RefreshToken']]) {
    p[key] = (p[key] as number) * seconds[units[unit] ?? 'hours'];
  }
  delete p.TokenValidityUnits;
  return JSON.stringify(p, Object.keys(p).sort());
}

/** Synthesizes 3 clients per implementation and scenario and checks that they render the same properties. */
async function checkEquivalence(s: Stage): Promise<string[]> {
  const lines: string[] = [];
  for (const scenario of ['best-practice', 'default-props', 'secret', 'whole-app'] as const) {
    const rendered = await Promise.all(IMPLEMENTATIONS.map((impl) => runChild<RunResult>(s.dir, 'run-one.js', [impl, scenario, '3', 'off'])));
    const differing = IMPLEMENTATIONS.filter((_, i) => normalize(rendered[i].firstClient) !== normalize(rendered[0].firstClient));
    if (differing.length > 0) {
      throw new Error(`${scenario}: ${differing.join(', ')} render other properties than the minimal L2:\n${rendered.map((r) => JSON.stringify(r.firstClient)).join('\n')}`);
    }
    lines.push(`${scenario}: the same properties (resources for 3 clients: ${IMPLEMENTATIONS.map((impl, i) => `${impl} ${rendered[i].resources}`).join(', ')})`);
  }
  return lines;
}

/** The hand-written ANALYSIS section of the RESULTS.md being replaced (or of bench/RESULTS.md). */
function keptAnalysis(files: readonly string[]): string | undefined {
  for (const file of files.filter((f) => fs.existsSync(f))) {
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf(ANALYSIS_START);
    const end = text.indexOf(ANALYSIS_END);
    if (start !== -1 && end > start) {
      return text.slice(start + ANALYSIS_START.length, end);
    }
  }
  return undefined;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = findRoot();
  const started = Date.now();
  const loadBefore = os.loadavg();
  const devVersion = installedVersion(root, 'aws-cdk-lib');
  const versions = options.smoke ? [devVersion] : [devVersion, currentAwsCdkLib(root)];
  const stages = versions.map((v) => stage(root, v));
  console.log(`bench: ${options.rounds} round(s), aws-cdk-lib ${versions.join(' and ')}`);
  const equivalence = await checkEquivalence(stages[0]);
  equivalence.forEach((line) => console.log(`equivalence: ${line}`));

  const runs: Run[] = [];
  const typicalApp: TypicalAppRun[] = [];
  const endToEnd: EndToEndRun[] = [];
  const imports: ImportRun[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (const [v, s] of stages.entries()) {
      // The validator came with the current release; the devDependency has none. Budgets read its
      // default synth, so it runs in every round.
      const slow = round < options.slowRounds;
      for (const config of roundPlan(s.awsCdkLib, options, round, v > 0, v === 0 && slow)) {
        const result = await runChild<RunResult>(s.dir, 'run-one.js', [config.impl, config.scenario, String(config.n), config.validation ? 'on' : 'off']);
        runs.push({ ...config, ...result, round });
        console.log(`round ${round + 1} ${s.awsCdkLib} ${config.scenario} N=${config.n} ${config.validation ? 'validation ' : ''}${config.impl}: ${result.totalMs.toFixed(0)} ms`);
      }
      for (const validation of v > 0 ? [false, true] : [false]) {
        typicalApp.push(...typicalAppRound(s, validation, round, options.typicalAppPairs));
      }
      for (const app of slow ? rotate(END_TO_END_APPS, round) : []) {
        endToEnd.push({ awsCdkLib: s.awsCdkLib, app, round, ...synthApp(root, s, app) });
        console.log(`round ${round + 1} ${s.awsCdkLib} cdk synth ${app}: ${endToEnd[endToEnd.length - 1].wallMs.toFixed(0)} ms`);
      }
      for (let i = 0; i < 2; i++) {
        imports.push({ awsCdkLib: s.awsCdkLib, ...await runChild<ImportResult>(s.dir, 'import-cost.js') });
      }
    }
  }

  const measurements: Measurements = { runs, typicalApp, endToEnd, imports };
  const env: Environment = {
    date: new Date(started).toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; ${os.type()} ${os.release()} ${os.arch()}; Node.js ${process.version}`,
    versions,
    constructs: installedVersion(root, 'constructs'),
    cli: installedVersion(root, 'aws-cdk'),
    command: options.smoke ? 'npm run bench -- --smoke' : 'npm run bench',
    rounds: options.rounds,
    slowRounds: options.slowRounds,
    typicalAppPairs: options.typicalAppPairs,
    scaleNs: options.smoke ? [5] : SCALE_NS,
    load: [loadBefore[0], os.loadavg()[0]],
    durationMinutes: (Date.now() - started) / 60_000,
    equivalence,
  };
  const outDir = path.resolve(root, options.out);
  fs.mkdirSync(outDir, { recursive: true });
  const resultsFile = path.join(outDir, 'RESULTS.md');
  const analysis = keptAnalysis([resultsFile, path.join(root, 'bench', 'RESULTS.md')]);
  fs.writeFileSync(path.join(outDir, 'results.svg'), renderChart(measurements, devVersion, env.scaleNs));
  fs.writeFileSync(resultsFile, renderMarkdown(measurements, env, analysis));
  const rawDir = path.join(root, 'bench', 'out');
  fs.mkdirSync(rawDir, { recursive: true });
  fs.writeFileSync(path.join(rawDir, options.smoke ? 'raw-smoke.json' : 'raw.json'), JSON.stringify({ env, ...measurements }));
  console.log(`\nwrote ${path.relative(root, resultsFile)} (${env.durationMinutes.toFixed(1)} min)`);
  for (const v of versions) {
    budgets(measurements, v).forEach((b) => console.log(`${b.pass ? 'pass' : 'FAIL'}  aws-cdk-lib ${v}, ${budgetLine(b)}`));
  }
}

/** A budget in one line: its name, the median, the CPU-time ratio and the ratio beside it. */
function budgetLine(b: Budget): string {
  const value = (s: Budget['cpu']) => s?.median.toFixed(3) ?? '–';
  const measured = typeof b.measured === 'number' ? String(b.measured) : b.unit === 'ms' ? `${b.measured.median.toFixed(1)} ms` : value(b.measured);
  return `${b.name}: ${measured} (limit ${b.limit}${b.cpu ? `; CPU time ${value(b.cpu)}` : ''})${b.beside ? `; beside it, not judged: ${b.beside.name} ${value(b.beside.measured)}` : ''}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
