/**
 * RESULTS.md, written from the measurements. A hand-written section between the ANALYSIS
 * markers of an existing RESULTS.md is kept as it is.
 */
import { IMPLEMENTATIONS, IMPLEMENTATION_NAMES, SCENARIOS, SCENARIO_NAMES } from './fixtures';
import type { Implementation, Scenario } from './fixtures';
import { WARM_EXPORTS } from './import-cost';
import { budgets, BUDGET_N } from './stats';
import type { Config, Results, Spread } from './stats';

/** Where the run happened and how it was invoked. */
export interface Environment {
  readonly date: string;
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly awsCdkLib: string;
  readonly constructs: string;
  readonly commit: string;
  readonly packageState: string;
  readonly command: string;
  readonly rounds: number;
  readonly importRuns: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  readonly durationMinutes: number;
  readonly equivalence: readonly string[];
  readonly chartFile: string;
}

export const ANALYSIS_START = '<!-- ANALYSIS:START (hand-written; kept when the script rewrites this file) -->';
export const ANALYSIS_END = '<!-- ANALYSIS:END -->';

const SHORT: Record<Implementation, string> = {
  l1: 'L1',
  minimal: 'minimal L2',
  cdk: 'aws-cdk-lib',
  ours: 'ours',
};

function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = headers.map((_, i) => (align?.[i] ?? 'l') === 'r' ? '---:' : '---');
  return [headers, sep, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function ms(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function ratio(s: Spread | undefined): string {
  return s ? `${s.median.toFixed(3)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : '–';
}

function cfg(impl: Implementation, scenario: Scenario, n: number, validation: boolean, quiet = false): Config {
  return { impl, scenario, n, validation, quiet };
}

function resultTable(results: Results, scenario: Scenario, validation: boolean, ns: readonly number[]): string {
  const rows: string[][] = [];
  for (const n of ns) {
    for (const impl of IMPLEMENTATIONS) {
      const s = results.summary(cfg(impl, scenario, n, validation));
      if (!s) {
        continue;
      }
      const vs = impl === 'ours' ? undefined : results.pairedRatio(cfg('ours', scenario, n, validation), cfg(impl, scenario, n, validation));
      rows.push([
        String(n),
        SHORT[impl],
        String(s.resources),
        String(s.outputs),
        String(s.warnings),
        ms(s.constructMs),
        ms(s.synthMs),
        `**${ms(s.total.median)}** (${ms(s.total.min)}–${ms(s.total.max)})`,
        (1000 * s.total.median / n).toFixed(0),
        s.maxRssMiB.toFixed(0),
        s.heapUsedMiB.toFixed(0),
        impl === 'ours' ? '–' : ratio(vs),
      ]);
    }
  }
  return table(
    ['N', 'implementation', 'resources', 'outputs', 'warnings', 'construct ms', 'synth ms', 'construct + synth ms, median (min–max)', 'µs per client', 'max RSS MiB', 'heap MiB', 'ours / this, paired'],
    rows,
    ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function ratioTable(results: Results, validation: boolean, ns: readonly number[]): string {
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    for (const n of ns) {
      const ours = cfg('ours', scenario, n, validation);
      if (!results.has(ours)) {
        continue;
      }
      rows.push([
        SCENARIO_NAMES[scenario],
        String(n),
        ratio(results.pairedRatio(ours, cfg('l1', scenario, n, validation))),
        ratio(results.pairedRatio(ours, cfg('minimal', scenario, n, validation))),
        ratio(results.pairedRatio(ours, cfg('cdk', scenario, n, validation))),
        ratio(results.pairedRatio(ours, cfg('minimal', scenario, n, validation), 'constructMs')),
        ratio(results.pairedRatio(ours, cfg('minimal', scenario, n, validation), 'synthMs')),
      ]);
    }
  }
  return table(
    ['scenario', 'N', 'ours / L1', 'ours / minimal L2', 'ours / aws-cdk-lib', 'ours / minimal L2, construct only', 'ours / minimal L2, synth only'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** Least squares of the medians: ms = a + b N. */
function fit(points: readonly { n: number; ms: number }[]): { a: number; b: number; r2: number } | undefined {
  if (points.length < 2) {
    return undefined;
  }
  const k = points.length;
  const mx = points.reduce((s, p) => s + p.n, 0) / k;
  const my = points.reduce((s, p) => s + p.ms, 0) / k;
  const sxx = points.reduce((s, p) => s + (p.n - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.n - mx) * (p.ms - my), 0);
  const b = sxy / sxx;
  const a = my - b * mx;
  const ssTot = points.reduce((s, p) => s + (p.ms - my) ** 2, 0);
  const ssRes = points.reduce((s, p) => s + (p.ms - (a + b * p.n)) ** 2, 0);
  return { a, b, r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot };
}

function scalingTable(results: Results, ns: readonly number[]): string {
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    for (const impl of IMPLEMENTATIONS) {
      const points = ns.flatMap((n) => {
        const s = results.summary(cfg(impl, scenario, n, false));
        return s ? [{ n, ms: s.total.median }] : [];
      });
      if (points.length === 0) {
        continue;
      }
      const marginal = points.slice(1).map((p, i) => (1000 * (p.ms - points[i].ms) / (p.n - points[i].n)).toFixed(0));
      const line = fit(points);
      rows.push([
        SCENARIO_NAMES[scenario],
        SHORT[impl],
        ...points.map((p) => (1000 * p.ms / p.n).toFixed(0)),
        ...marginal,
        line ? `${line.a.toFixed(0)} ms + ${(1000 * line.b).toFixed(0)} µs × N (R² ${line.r2.toFixed(4)})` : '–',
      ]);
    }
  }
  const marginalHeaders = ns.slice(1).map((n, i) => `marginal µs per client, N ${ns[i]} → ${n}`);
  return table(
    ['scenario', 'implementation', ...ns.map((n) => `µs per client, N = ${n}`), ...marginalHeaders, 'least-squares line through the medians'],
    rows,
    ['l', 'l', ...ns.map(() => 'r' as const), ...marginalHeaders.map(() => 'r' as const), 'l'],
  );
}

function importTable(results: Results): string {
  const rows: string[][] = [];
  for (const baseline of ['cold', 'warm'] as const) {
    for (const variant of ['shipped', 'no-inline-maps'] as const) {
      const s = results.importSpread(baseline, variant);
      if (!s) {
        continue;
      }
      rows.push([
        baseline === 'cold' ? 'cold: after `require` of aws-cdk-lib, aws-cdk-lib/aws-cognito, constructs' : 'warm: also after touching the exports a Cognito client app uses',
        variant === 'shipped' ? 'lib/ as built (inline source maps)' : 'lib/ without its inline source maps (diagnostic)',
        `**${s.median.toFixed(2)}**`,
        `${s.min.toFixed(2)}–${s.max.toFixed(2)}`,
        String(s.count),
        variant === 'shipped' ? String(results.importModules(baseline)) : '',
      ]);
    }
  }
  return table(['baseline loaded before the clock starts', 'package files', 'require ms, median', 'min–max', 'runs', 'modules the require loads'], rows, ['l', 'l', 'r', 'r', 'r', 'r']);
}

function warningTable(results: Results): string | undefined {
  const n = BUDGET_N;
  const ours = cfg('ours', 'plain', n, false, false);
  const quiet = cfg('ours', 'plain', n, false, true);
  const minimalQuiet = cfg('minimal', 'plain', n, false, true);
  const sQuiet = results.summary(quiet);
  const sMinQuiet = results.summary(minimalQuiet);
  if (!sQuiet || !sMinQuiet) {
    return undefined;
  }
  // In each round the quiet configurations run right after the plain N = 1000 group, so pairs by round are close in time.
  return table(
    ['pair (plain clients, N = 1000, validation off)', 'ratio, paired (min–max)'],
    [
      ['ours with its warning / ours without (`preventUserExistenceErrors: true`)', ratio(results.pairedRatio(ours, quiet))],
      ['ours without the warning / minimal L2 (same props)', ratio(results.pairedRatio(quiet, minimalQuiet))],
      ['ours without the warning / minimal L2, construct only', ratio(results.pairedRatio(quiet, minimalQuiet, 'constructMs'))],
    ],
    ['l', 'r'],
  ) + `\n\nMedians: ours without the warning ${ms(sQuiet.total.median)} ms (construct ${ms(sQuiet.constructMs)}, synth ${ms(sQuiet.synthMs)}); minimal L2 with the same props ${ms(sMinQuiet.total.median)} ms (construct ${ms(sMinQuiet.constructMs)}, synth ${ms(sMinQuiet.synthMs)}).`;
}

/** What the built-in CloudFormation validation adds to the L1's plain synth, where both settings were measured. */
function validationCost(results: Results): string {
  for (const n of results.ns(true).reverse()) {
    const on = results.summary(cfg('l1', 'plain', n, true));
    const off = results.summary(cfg('l1', 'plain', n, false));
    if (on && off) {
      const added = on.synthMs - off.synthMs;
      if (added < 0.05 * off.synthMs) {
        return `The aws-cdk-lib measured here has no such validator (or a negligible one): at N = ${n} turning it on changes the L1's synth by ${ms(added)} ms, within the noise, so the two sets of tables measure the same. `;
      }
      return `At N = ${n} it adds ${ms(added)} ms to the L1's synth (${(100 * added / on.total.median).toFixed(0)} % of its default construct + synth) and ${(on.maxRssMiB - off.maxRssMiB).toFixed(0)} MiB of RSS. `;
    }
  }
  return '';
}

export function renderMarkdown(results: Results, env: Environment, analysis: string | undefined): string {
  const offNs = results.ns(false);
  const onNs = results.ns(true);
  const budgetRows = budgets(results).map((b) => [b.name, b.limit, b.measured, b.pass === undefined ? 'not measured' : b.pass ? '**pass**' : '**FAIL**']);
  const out: string[] = [];
  out.push('# Benchmark: the cost of a client');
  out.push('');
  out.push('<!-- Written by bench/bench.ts (`npm run bench`). Edit only the ANALYSIS section; the rest is regenerated. -->');
  out.push('');
  out.push(`Measured ${env.date}, ${env.durationMinutes.toFixed(1)} minutes. Reproduce with \`${env.command}\` (a quick smoke run: \`npm run bench -- --smoke\`).`);
  out.push('');
  out.push('What a `UserPoolClient` costs at synth, against the raw L1 floor, a minimal L2 and aws-cdk-lib\'s own construct: one stack, one `UserPool`, N clients, resource limit lifted (`@aws-cdk/core:stackResourceLimit`), version reporting off (no `CDKMetadata` resource).');
  out.push('');
  out.push(`- **(a) L1**: \`CfnUserPoolClient\` with the CloudFormation properties our construct renders. **(b) minimal L2**: a \`Resource\` holding that \`CfnUserPoolClient\` as child \`Resource\`, properties computed beforehand (bench/fixtures.ts). **(c) aws-cdk-lib**: \`aws_cognito.UserPoolClient\`. **(d) ours**: \`UserPoolClient\` from a copy of the built lib/ (${env.packageState}).`);
  out.push('- **Props** (bench/fixtures.ts, the same for all): authorization code grant only, two callback URLs and one logout URL, scopes openid/email/profile, SRP sign-in, COGNITO provider, token validities (ID and access 1 hour, refresh 30 days, auth session 5 minutes), token revocation on. `preventUserExistenceErrors` is left at its default, as most apps do, so our construct adds one warning (`user-existence-errors`) per client through `Annotations`; its cost is counted. aws-cdk-lib renders the same validities in minutes.');
  out.push('- **Scenarios**: *plain* (no secret); *generated secret, consumed*: `generateSecret: true` and one `CfnOutput` per client of `userPoolClientSecret.unsafeUnwrap()` (L1: `attrClientSecret`; minimal L2: `SecretValue.resourceAttribute(attrClientSecret)`, the same `Fn::GetAtt [<client>, ClientSecret]` as ours; aws-cdk-lib: its `AwsCustomResource`).');
  out.push(`- **Measure**: wall time of constructing the app and \`app.synth()\` (modules loaded before the clock starts), the process's resident-set high-water mark (\`process.resourceUsage().maxRSS\`, including the loaded modules) and the V8 heap in use right after synth. Each run is a fresh process (\`child_process.fork\`); ${env.rounds} rounds; in each round every configuration runs once, the implementations of a configuration one after the other in an order that rotates from round to round. Figures are medians; **ratios are paired**: ours over the other implementation's run of the same round, median (and range) over the rounds.`);
  out.push(`- **CloudFormation validation**: recent aws-cdk-lib releases (2.27x) run a built-in CloudFormation template validator (WebAssembly) in every \`app.synth()\`, on by default; it reads only the template. ${validationCost(results)}The main tables measure with it off (\`builtinCloudFormationValidation: false\`), which leaves the costs the implementations differ in; the default synth is measured at N = ${onNs.join(', ') || '(none in this run)'} as well.`);
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(table(['', ''], [
    ['CPU', `${env.cpuModel}, ${env.cores} cores`],
    ['memory', `${env.memoryGiB.toFixed(1)} GiB`],
    ['OS', env.os],
    ['Node.js', env.node],
    ['aws-cdk-lib', env.awsCdkLib],
    ['constructs', env.constructs],
    ['commit', env.commit],
    ['load average (1, 5, 15 min) at start', env.loadBefore.map((v) => v.toFixed(2)).join(', ')],
    ['load average at end', env.loadAfter.map((v) => v.toFixed(2)).join(', ')],
  ]));
  out.push('');
  out.push('The machine is shared: other builds and tests ran during the measurement, so single runs scatter (see the min–max ranges); medians and paired ratios are what the budgets read.');
  out.push('');
  out.push('## Budgets');
  out.push('');
  out.push(table(['budget', 'limit', 'measured: median (range over rounds)', 'result'], budgetRows));
  out.push('');
  out.push(ANALYSIS_START);
  out.push(analysis?.trim() || '## Analysis\n\n(Not written yet: findings from profiling go here.)');
  out.push(ANALYSIS_END);
  out.push('');
  out.push('## Ratios of ours to the others (construct + synth, CloudFormation validation off)');
  out.push('');
  out.push(ratioTable(results, false, offNs));
  out.push('');
  if (onNs.length > 0) {
    out.push('## Ratios with the default synth (CloudFormation validation on)');
    out.push('');
    out.push(ratioTable(results, true, onNs));
    out.push('');
  }
  out.push(`![Construct + synth time against N](${env.chartFile})`);
  out.push('');
  out.push(`*${env.chartFile}: median construct + synth time against N, CloudFormation validation off; whiskers from the fastest to the slowest run.*`);
  out.push('');
  for (const scenario of SCENARIOS) {
    out.push(`## ${SCENARIO_NAMES[scenario][0].toUpperCase()}${SCENARIO_NAMES[scenario].slice(1)}: CloudFormation validation off`);
    out.push('');
    out.push(resultTable(results, scenario, false, offNs));
    out.push('');
  }
  if (onNs.length > 0) {
    for (const scenario of SCENARIOS) {
      out.push(`## ${SCENARIO_NAMES[scenario][0].toUpperCase()}${SCENARIO_NAMES[scenario].slice(1)}: default synth (CloudFormation validation on)`);
      out.push('');
      out.push(resultTable(results, scenario, true, onNs));
      out.push('');
    }
  }
  out.push('## Scaling');
  out.push('');
  out.push('Construct + synth per client at each N, the marginal cost of the clients added between successive N, and a least-squares line through the medians (CloudFormation validation off). Time is linear in N when the marginal costs agree with each other and R² is close to 1; µs per client falls with N only because the fixed cost (app, stack, pool, first-use module loads) is shared by more clients.');
  out.push('');
  out.push(scalingTable(results, offNs));
  out.push('');
  out.push('## Import cost');
  out.push('');
  out.push(`Time of \`require\` of our package in a fresh process, ${env.importRuns} runs per row, alternating. aws-cdk-lib's entry points load their modules lazily, on first access of an export, so after the *cold* baseline (the three \`require\`s only) our \`require\` also pays for loading aws-cdk-lib's core and Cognito modules, which any app with a Cognito L2 loads anyway. The *warm* baseline first touches ${Object.entries(WARM_EXPORTS).map(([m, names]) => `\`${m}\`: ${names.join(', ')}`).join('; ')}; what remains is our package. The budget reads the warm baseline.`);
  out.push('');
  out.push(importTable(results));
  out.push('');
  const warning = warningTable(results);
  if (warning) {
    out.push('## What the warning costs');
    out.push('');
    out.push('In each round, right after the plain N = 1000 runs (validation off): ours with `preventUserExistenceErrors: true` (no warning), and the minimal L2 with the same property (`PreventUserExistenceErrors: ENABLED`).');
    out.push('');
    out.push(warning);
    out.push('');
  }
  out.push('## Equivalence check');
  out.push('');
  out.push('Before measuring, the script synthesizes 3 clients with each implementation and compares the first client\'s properties (token validities compared in seconds, as aws-cdk-lib renders them in minutes):');
  out.push('');
  for (const line of env.equivalence) {
    out.push(`- ${line}`);
  }
  out.push('');
  out.push('## Implementations');
  out.push('');
  for (const impl of IMPLEMENTATIONS) {
    out.push(`- ${SHORT[impl]}: ${IMPLEMENTATION_NAMES[impl]}`);
  }
  out.push('');
  return out.join('\n');
}
