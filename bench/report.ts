/**
 * RESULTS.md, written from the measurements. The hand-written section between the ANALYSIS
 * markers of the RESULTS.md being replaced is kept.
 */
import { IDENTITY_PROVIDERS, IMPLEMENTATION_NAMES, RESOURCE_SERVERS } from './fixtures';
import type { Implementation, Scenario } from './fixtures';
import { APP_EXPORTS } from './import-cost';
import { END_TO_END_APPS } from './stage';
import { budgets, endToEndRatio, median, pairedDifference, pairedRatio, perClientMicros, spread, typicalAppRatio, typicalAppRuns } from './stats';
import type { Budget, Config, Measurements, Spread } from './stats';
import { TYPICAL_APP_CLIENTS, TYPICAL_APP_IMPLEMENTATIONS } from './typical-app';
import type { TypicalAppResult } from './typical-app';

export interface Environment {
  readonly date: string;
  readonly machine: string;
  /** aws-cdk-lib versions measured, the devDependency first. */
  readonly versions: readonly string[];
  readonly constructs: string;
  readonly cli: string;
  readonly command: string;
  readonly rounds: number;
  readonly slowRounds: number;
  /** Pairs of typical-app runs per round and configuration. */
  readonly typicalAppPairs: number;
  readonly scaleNs: readonly number[];
  /** 1-minute load average at start and at end. */
  readonly load: readonly number[];
  readonly durationMinutes: number;
  readonly equivalence: readonly string[];
}

export const ANALYSIS_START = '<!-- ANALYSIS:START (hand-written; kept when the script rewrites this file) -->';
export const ANALYSIS_END = '<!-- ANALYSIS:END -->';

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = headers.map((h) => /^(N|ms|µs|MiB|ratio|resources|warnings|KiB|runs|modules)\b/.test(h) ? '---:' : '---');
  return [headers, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ms = (v: number | undefined) => v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
const ratio = (s: Spread | undefined) => s ? `${s.median.toFixed(3)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '–';
const withRange = (s: Spread | undefined) => s ? `**${ms(s.median)}** (${ms(s.min)}–${ms(s.max)})` : '–';

/** The typical app for one version: each implementation's processes, and ours over aws-cdk-lib pair by pair. */
function typicalAppTable(m: Measurements, awsCdkLib: string): string {
  const rows = [false, true].flatMap((validation) => TYPICAL_APP_IMPLEMENTATIONS.flatMap((impl) => {
    const runs = typicalAppRuns(m, awsCdkLib, impl, validation);
    const med = (field: keyof TypicalAppResult) => ms(spread(runs.map((r) => r[field]))?.median);
    const ratioOf = (field: 'wallMs' | 'cpuMs') => impl === 'ours' ? ratio(typicalAppRatio(m, awsCdkLib, validation, field)) : '–';
    return runs.length === 0 ? [] : [[validation ? 'on' : 'off', IMPLEMENTATION_NAMES[impl], withRange(spread(runs.map((r) => r.wallMs))), med('cpuMs'),
      med('startupMs'), med('loadMs'), med('requireClientMs'), med('constructMs'), med('synthMs'), String(runs.length), ratioOf('wallMs'), ratioOf('cpuMs')]];
  }));
  return table(['CloudFormation validation', 'implementation', 'ms wall time, spawn to exit, median (min–max)', 'ms CPU', 'ms Node.js start-up', 'ms loading aws-cdk-lib',
    'ms getting the client construct', 'ms construct', 'ms synth', 'runs', 'ratio ours / aws-cdk-lib, paired (min–max)', 'ratio in CPU time'], rows);
}

/** A budget's row: the ratio beside it goes with its name, a time is in ms. */
function budgetRow(awsCdkLib: string, b: Budget): string[] {
  const name = b.beside ? `${b.name} (beside it, not judged: ${b.beside.name} ${ratio(b.beside.measured)}, in CPU time ${ratio(b.beside.cpu)})` : b.name;
  const measured = typeof b.measured === 'number' ? String(b.measured)
    : b.unit === 'ms' ? `${ms(b.measured.median)} ms (${ms(b.measured.min)}–${ms(b.measured.max)})` : ratio(b.measured);
  const result = b.pass ? '**pass**' : `**FAIL** (by ${typeof b.measured === 'object' ? (100 * (b.measured.median / b.limit - 1)).toFixed(1) : '?'} %)`;
  return [awsCdkLib, name, `${b.limit}`, measured, b.cpu ? ratio(b.cpu) : '', typeof b.measured === 'object' ? String(b.measured.count) : '', result];
}

function versionTable(m: Measurements, awsCdkLib: string): string {
  const configs = m.runs.filter((r) => r.awsCdkLib === awsCdkLib && r.scenario !== 'whole-app');
  const keys = [...new Map(configs.map((r) => [`${r.scenario}/${r.n}/${r.validation}/${r.impl}`, r as Config])).values()];
  const rows = keys.map((c) => {
    const runs = m.runs.filter((r) => r.awsCdkLib === awsCdkLib && r.scenario === c.scenario && r.n === c.n && r.validation === c.validation && r.impl === c.impl);
    const total = spread(runs.map((r) => r.totalMs));
    return [c.scenario, String(c.n), c.validation ? 'on' : 'off', IMPLEMENTATION_NAMES[c.impl],
      ms(median(m, c, 'constructMs')), ms(median(m, c, 'synthMs')), withRange(total), ms(median(m, c, 'maxRssMiB')),
      String(median(m, c, 'resources')), String(median(m, c, 'warnings')),
      c.impl === 'ours' ? '–' : ratio(pairedRatio(m, { ...c, impl: 'ours' }, c)),
      c.impl === 'ours' ? '–' : ratio(pairedRatio(m, { ...c, impl: 'ours' }, c, 'cpuMs'))];
  });
  return table(['scenario', 'N', 'CloudFormation validation', 'implementation', 'ms construct', 'ms synth', 'ms construct + synth, median (min–max)', 'MiB max RSS', 'resources', 'warnings', 'ratio ours / this, paired (min–max)', 'ratio in CPU time'], rows);
}

function scaleTable(m: Measurements, awsCdkLib: string, ns: readonly number[]): string {
  const app = median(m, { awsCdkLib, impl: 'minimal', scenario: 'whole-app', n: 0, validation: false });
  const impls: Implementation[] = ['cdk', 'ours'];
  const cpu = (impl: Implementation, n: number) => median(m, { awsCdkLib, impl, scenario: 'whole-app', n, validation: false }, 'cpuMs');
  const rows = ns.map((n, k) => [String(n), ...impls.flatMap((impl) => {
    const [now, before] = [cpu(impl, n), k > 0 ? cpu(impl, ns[k - 1]) : undefined];
    const marginal = now !== undefined && before !== undefined ? (1000 * (now - before) / (n - ns[k - 1])).toFixed(0) : '–';
    return [ms(median(m, { awsCdkLib, impl, scenario: 'whole-app', n, validation: false })), ms(now), perClientMicros(m, awsCdkLib, impl, n)?.toFixed(0) ?? '–', marginal];
  }), ratio(pairedRatio(m, { awsCdkLib, impl: 'ours', scenario: 'whole-app', n, validation: false }, { awsCdkLib, impl: 'cdk', scenario: 'whole-app', n, validation: false }, 'cpuMs'))]);
  return `The app without clients (pool, ${RESOURCE_SERVERS} resource servers, ${IDENTITY_PROVIDERS} providers): ${ms(app)} ms wall, ${ms(median(m, { awsCdkLib, impl: 'minimal', scenario: 'whole-app', n: 0, validation: false }, 'cpuMs'))} ms CPU, median.\n\n`
    + table(['N', ...impls.flatMap((impl) => [`ms ${IMPLEMENTATION_NAMES[impl]}`, `ms CPU, ${IMPLEMENTATION_NAMES[impl]}`, `µs CPU per client, ${IMPLEMENTATION_NAMES[impl]}`, `µs CPU per added client, ${IMPLEMENTATION_NAMES[impl]}`]), 'ratio ours / aws-cdk-lib, CPU time, paired'], rows);
}

/**
 * What `UserPoolClientChecks` adds to aws-cdk-lib's clients, pair by pair: in the budget scenario
 * at each N measured, and in the whole app at scale (the devDependency).
 */
function checksTables(m: Measurements, versions: readonly string[], dev: string, ns: readonly number[]): string {
  const pair = (awsCdkLib: string, scenario: Scenario, n: number, validation: boolean) => {
    const base: Config = { awsCdkLib, impl: 'cdk', scenario, n, validation };
    return { base, checked: { ...base, impl: 'cdk-checks' } as Config };
  };
  const perClient = (s: Spread | undefined, n: number) => s ? `${(1000 * s.median / n).toFixed(0)} (${(1000 * s.min / n).toFixed(0)}–${(1000 * s.max / n).toFixed(0)})` : '–';
  const budgetRows = versions.flatMap((awsCdkLib) => {
    const configs = m.runs.filter((r) => r.awsCdkLib === awsCdkLib && r.impl === 'cdk-checks' && r.scenario !== 'whole-app');
    const keys = [...new Map(configs.map((r) => [`${r.scenario}/${r.n}/${r.validation}`, r as Config])).values()];
    return keys.map((c) => {
      const { base, checked } = pair(awsCdkLib, c.scenario, c.n, c.validation);
      return [awsCdkLib, c.scenario, String(c.n), c.validation ? 'on' : 'off', ms(median(m, base)), ms(median(m, checked)),
        ratio(pairedRatio(m, checked, base)), ratio(pairedRatio(m, checked, base, 'cpuMs')), perClient(pairedDifference(m, checked, base), c.n),
        String(median(m, checked, 'warnings'))];
    });
  });
  const scaleRows = ns.map((n, k) => {
    const { base, checked } = pair(dev, 'whole-app', n, false);
    const added = pairedDifference(m, checked, base);
    const before = k > 0 ? pairedDifference(m, pair(dev, 'whole-app', ns[k - 1], false).checked, pair(dev, 'whole-app', ns[k - 1], false).base) : undefined;
    const marginal = added !== undefined && before !== undefined ? (1000 * (added.median - before.median) / (n - ns[k - 1])).toFixed(0) : '–';
    return [String(n), ms(median(m, base, 'cpuMs')), ms(median(m, checked, 'cpuMs')), ms(added?.median), perClient(added, n), marginal,
      ratio(pairedRatio(m, checked, base, 'cpuMs')), String(median(m, checked, 'resources'))];
  });
  return [
    table(['aws-cdk-lib', 'scenario', 'N', 'CloudFormation validation', 'ms aws-cdk-lib', 'ms with the checks', 'ratio with / without, paired (min–max)', 'ratio in CPU time', 'µs CPU per client the checks add, paired (min–max)', 'warnings'], budgetRows),
    '',
    `The whole app at scale (aws-cdk-lib ${dev}; the pool with ${RESOURCE_SERVERS} resource servers and ${IDENTITY_PROVIDERS} providers, each client naming one of each, so the checks also add each client's two \`DependsOn\`), in CPU time: what the checks add, the same app with and without them, pair by pair (medians of the rounds that measure the whole app; per added client: the growth of the added time from the previous N, divided by the clients added).`,
    '',
    table(['N', 'ms CPU, aws-cdk-lib', 'ms CPU, with the checks', 'ms CPU the checks add, paired', 'µs CPU per client the checks add (min–max)', 'µs CPU per added client', 'ratio with / without, CPU time, paired', 'resources'], scaleRows),
  ].join('\n');
}

function endToEndTable(m: Measurements, versions: readonly string[]): string {
  const rows = versions.flatMap((awsCdkLib) => END_TO_END_APPS.map((app) => {
    const runs = m.endToEnd.filter((r) => r.awsCdkLib === awsCdkLib && r.app === app);
    return [awsCdkLib, app === 'ours' ? 'the example (ours)' : 'the same app, aws-cdk-lib\'s UserPoolClient', withRange(spread(runs.map((r) => r.wallMs))),
      String(spread(runs.map((r) => r.resources))?.median), (spread(runs.map((r) => r.bytes))!.median / 1024).toFixed(0),
      app === 'ours' ? ratio(endToEndRatio(m, awsCdkLib)) : '–'];
  }));
  return table(['aws-cdk-lib', 'app', 'ms `cdk synth` wall time, median (min–max)', 'resources', 'KiB cdk.out', 'ratio ours / aws-cdk-lib, paired'], rows);
}

function importTable(m: Measurements, versions: readonly string[]): string {
  return table(['aws-cdk-lib', 'ms `require`, median (min–max)', 'runs', 'modules loaded: ours', 'modules loaded: others'], versions.map((awsCdkLib) => {
    const runs = m.imports.filter((r) => r.awsCdkLib === awsCdkLib);
    const modules = runs[0]?.modules ?? [];
    const others = modules.filter((p) => !p.startsWith('cdk-cognito-user-pool-client'));
    return [awsCdkLib, withRange(spread(runs.map((r) => r.ms))), String(runs.length), String(modules.length - others.length), others.length === 0 ? 'none' : others.join(', ')];
  }));
}

export function renderMarkdown(m: Measurements, env: Environment, analysis: string | undefined): string {
  const [dev, current] = env.versions;
  const share = (v: string) => ratio(pairedRatio(m, { awsCdkLib: v, impl: 'ours', scenario: 'default-props' as Scenario, n: 1000, validation: false }, { awsCdkLib: v, impl: 'ours', scenario: 'best-practice', n: 1000, validation: false }));
  const budgetRows = env.versions.flatMap((v) => budgets(m, v).map((b) => budgetRow(v, b)));
  const out = [
    '# Benchmark: the cost of a client',
    '',
    '<!-- Written by bench/bench.ts (`npm run bench`). Edit only the ANALYSIS section; the rest is regenerated. -->',
    '',
    `Measured ${env.date}, ${env.durationMinutes.toFixed(0)} minutes, with \`${env.command}\` (CI runs \`npm run bench -- --smoke\`).`,
    '',
    '- **Implementations** (bench/fixtures.ts): the *minimal L2* (a `Resource` holding a `CfnUserPoolClient` whose properties are computed beforehand: the floor for any L2), aws-cdk-lib\'s `UserPoolClient`, the same with `UserPoolClientChecks` applied at the app (*aws-cdk-lib + UserPoolClientChecks*), and ours (a copy of the built lib/). All render the same client properties (see the equivalence check below).',
    '- **Scenarios**: one stack, one `UserPool` with a Cognito domain (a client with a browser flow needs one for its sign-in pages), N clients. *best-practice*: authorization code grant only, real callback and logout URLs, scopes openid/email/profile, SRP sign-in, exact token validities, `preventUserExistenceErrors: true`: nothing warns; the budgets read it. *default-props*: the same with `preventUserExistenceErrors` at its default, which ours warns about (reported, not judged). *secret*: best-practice with `generateSecret: true`, each secret read into a stack output (aws-cdk-lib reads it through its `AwsCustomResource`). *whole-app*: best-practice on a pool with 50 resource servers and 20 OIDC providers, each client naming one provider and one resource-server scope.',
    `- **Measure** (${plural(env.rounds, 'round')}): figures are medians; **ratios are paired**: ours over the other's run of the same round (of the same pair for the typical app), median (and range) over the rounds or pairs. CPU time (user + system of the process) is shown beside wall time: on a shared machine it is less disturbed by other processes.`,
    `  - *A typical app, as a whole process* (bench/typical-app.ts): one stack, one \`UserPool\`, ${TYPICAL_APP_CLIENTS} best-practice clients and \`app.synth()\` in a new Node.js process, timed from spawn to exit, start-up and module loading included, as every \`cdk synth\` of a small app pays them. ${plural(env.typicalAppPairs, 'pair')} of aws-cdk-lib's client and ours per round, each pair in the order opposite to the pair before.`,
    '  - *Loading the library* (bench/import-cost.ts): the `require` of our package after the modules a Cognito app loads anyway, in a fresh process, twice per round.',
    '  - *Construct + synth* (bench/run-one.ts): N clients in a fresh process per run (`child_process.fork`, modules loaded before the clock), with the process\'s peak RSS; in each round the implementations of a configuration run one after the other, in an order that rotates from round to round, and the runs of a round are paired. The minimal L2 runs where the ratio beside a budget reads it. `@aws-cdk/core:stackResourceLimit` lifted, version reporting off.',
    `  - *The example app end to end* (bench/end-to-end.ts): \`cdk synth\` of examples/app.ts against the same app with aws-cdk-lib's client, paired by round. It and the whole app at scale run in the first ${plural(env.slowRounds, 'round')} only (they are slow).`,
    `- **aws-cdk-lib ${dev}** (the devDependency, the lowest supported)${current ? ` and **${current}** (the current release; its \`app.synth()\` also runs the built-in CloudFormation template validation, on by default, measured on and off)` : ''}.`,
    '',
    '## Conditions',
    '',
    table(['', ''], [
      ['machine', env.machine],
      ['aws-cdk-lib', env.versions.join(', ')],
      ['constructs, cdk CLI', `${env.constructs}, ${env.cli}`],
      ['load average (1 min) at start, at end', env.load.map((v) => v.toFixed(2)).join(', ')],
    ]),
    '',
    'The machine is shared (2 cores, other builds and tests running), so single runs scatter: see the min–max ranges. Paired ratios of runs made one after the other are what the budgets read.',
    '',
    '## Budgets',
    '',
    table(['aws-cdk-lib', 'budget', 'limit', 'measured: wall time, median (range)', 'the same in CPU time', 'runs (pairs)', 'result (wall time)'], budgetRows),
    '',
    ANALYSIS_START,
    analysis?.trim() ?? '## Analysis\n\n(Not written yet.)',
    ANALYSIS_END,
    '',
    '## A typical app, as a whole process',
    '',
    `One stack, one \`UserPool\` and ${TYPICAL_APP_CLIENTS} clients with the best-practice props, then \`app.synth()\` (bench/typical-app.ts), each run a new Node.js process (\`child_process.spawnSync\` of \`node typical-app.js\`, the same for both) that loads aws-cdk-lib and then the client construct (our package only in ours). Wall time from spawn to exit, measured by the parent; CPU time of the whole process (\`process.resourceUsage()\`, as it reports at its end). The phases, as the process times them: Node.js start-up (until the script runs); loading aws-cdk-lib (its \`require\` and the first access of \`App\`, \`Stack\` and \`UserPool\`: aws-cdk-lib loads a module on first access of one of its exports, and its client comes with the pool's module); getting the client construct; construct (which also loads the aws-cdk-lib modules the constructs use first); synth. ${plural(env.typicalAppPairs, 'pair')} per round, each in the order opposite to the pair before; the ratios are of the two runs of a pair.`,
    '',
    ...env.versions.flatMap((v) => [`### aws-cdk-lib ${v}`, '', typicalAppTable(m, v), '']),
  ];
  for (const v of env.versions) {
    out.push(`## All configurations, aws-cdk-lib ${v}`, '', versionTable(m, v), '',
      `The warning's share (default-props over best-practice, ours, N = 1000, paired): ${share(v)}.`, '');
  }
  out.push('## The checks on aws-cdk-lib\'s clients', '',
    'aws-cdk-lib\'s `UserPoolClient` with `Aspects.of(app).add(new UserPoolClientChecks())` against the same app without it, construct + synth, run one after the other in each round (the order alternating). The checks read each client\'s L1 at synth, run the rules any client can break and the whole-app rules, and add the deploy order; with best-practice props nothing warns or fails.', '',
    checksTables(m, env.versions, dev, env.scaleNs), '');
  out.push(`## The whole app at scale, aws-cdk-lib ${dev}`, '',
    `Construct + synth in CPU time (on the shared machine wall time scattered by a factor of 2 between rounds, CPU time by about 3 %). Per client: beyond the app without clients, divided by N; per added client: the growth from the previous N, divided by the clients added (medians of ${env.slowRounds} rounds). Time is linear in N when the cost per added client does not grow; the cost per client falls with N as the first clients, which run cold code, weigh less.`, '',
    scaleTable(m, dev, env.scaleNs), '', '![Time per client against N](results.svg)', '',
    '## A real app end to end', '',
    `\`cdk synth\` with the cdk CLI ${env.cli} (offline) of examples/app.ts (three clients, one of whose secret goes into Secrets Manager), against the same app with aws-cdk-lib's \`UserPoolClient\` (the same props; its secret read through aws-cdk-lib's custom resource). Wall time of the CLI process.`, '',
    endToEndTable(m, env.versions), '',
    '## Import cost', '',
    `Time of \`require('cdk-cognito-user-pool-client')\` in a fresh process after the exports a Cognito app uses are loaded (${Object.entries(APP_EXPORTS).map(([mod, names]) => `\`${mod}\`: ${names.join(', ')}`).join('; ')}), and the modules it loads beyond them.`, '',
    importTable(m, env.versions), '',
    '## Equivalence check', '',
    `Before measuring, 3 clients of each implementation and scenario are synthesized (aws-cdk-lib ${dev}) and their properties compared (token validities in seconds: aws-cdk-lib renders minutes):`, '',
    ...env.equivalence.map((line) => `- ${line}`), '');
  return out.join('\n');
}
