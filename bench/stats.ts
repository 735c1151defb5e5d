/**
 * The measurements and their summaries: medians per configuration, ratios of ours to the others
 * pair by pair (runs of the same round, made one after the other), and the budgets.
 */
import type { Implementation, Scenario } from './fixtures';
import type { ImportResult } from './import-cost';
import type { RunResult } from './run-one';
import type { EndToEndApp } from './stage';

/** What a run builds and how it synthesizes. */
export interface Config {
  readonly awsCdkLib: string;
  readonly impl: Implementation;
  readonly scenario: Scenario;
  readonly n: number;
  /** aws-cdk-lib's built-in CloudFormation validation in `app.synth()` (2.27x). */
  readonly validation: boolean;
}

export interface Run extends Config, RunResult {
  readonly round: number;
}

/** One `cdk synth` of an end-to-end app. */
export interface EndToEndRun {
  readonly awsCdkLib: string;
  readonly app: EndToEndApp;
  readonly round: number;
  readonly wallMs: number;
  readonly resources: number;
  readonly bytes: number;
}

export interface ImportRun extends ImportResult {
  readonly awsCdkLib: string;
}

export interface Measurements {
  readonly runs: readonly Run[];
  readonly endToEnd: readonly EndToEndRun[];
  readonly imports: readonly ImportRun[];
}

/** The N the budgets are stated at, and the scenario they read. */
export const BUDGET_NS = [100, 1000];
export const BUDGET_SCENARIO: Scenario = 'best-practice';
/** The N the other scenarios are measured at. */
export const OTHER_N = 1000;
/** The checks' budget: `UserPoolClientChecks` on this many aws-cdk-lib clients, over the same app without it. */
export const CHECKS_BUDGET_N = 1000;
export const CHECKS_LIMIT = 1.1;

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) {
    return undefined;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], count: sorted.length };
}

function same(a: Config, b: Config): boolean {
  return a.awsCdkLib === b.awsCdkLib && a.impl === b.impl && a.scenario === b.scenario && a.n === b.n && a.validation === b.validation;
}

export function runsOf(m: Measurements, c: Config): Run[] {
  return m.runs.filter((r) => same(r, c));
}

export function median(m: Measurements, c: Config, field: 'totalMs' | 'cpuMs' | 'constructMs' | 'synthMs' | 'maxRssMiB' | 'resources' | 'warnings' = 'totalMs'): number | undefined {
  return spread(runsOf(m, c).map((r) => r[field]))?.median;
}

/** `a` over `b`, round by round. */
export function pairedRatio(m: Measurements, a: Config, b: Config, field: 'totalMs' | 'cpuMs' | 'constructMs' | 'synthMs' = 'totalMs'): Spread | undefined {
  const bRuns = new Map(runsOf(m, b).map((r) => [r.round, r]));
  return spread(runsOf(m, a).filter((r) => bRuns.has(r.round)).map((r) => r[field] / bRuns.get(r.round)![field]));
}

/** `a` minus `b`, round by round. */
export function pairedDifference(m: Measurements, a: Config, b: Config, field: 'totalMs' | 'cpuMs' = 'cpuMs'): Spread | undefined {
  const bRuns = new Map(runsOf(m, b).map((r) => [r.round, r]));
  return spread(runsOf(m, a).filter((r) => bRuns.has(r.round)).map((r) => r[field] - bRuns.get(r.round)![field]));
}

export interface Budget {
  readonly name: string;
  readonly limit: number;
  readonly measured: Spread | number | undefined;
  /** The same ratio of CPU time (less sensitive to other processes than wall time). */
  readonly cpu?: Spread;
  readonly pass: boolean | undefined;
}

/** The budgets for one aws-cdk-lib version, with CloudFormation validation off and (where measured) on. */
export function budgets(m: Measurements, awsCdkLib: string): Budget[] {
  const list: Budget[] = [];
  const cfg = (impl: Implementation, scenario: Scenario, n: number, validation: boolean): Config => ({ awsCdkLib, impl, scenario, n, validation });
  const ratioBudget = (name: string, limit: number, a: Config, b: Config) => {
    const measured = pairedRatio(m, a, b);
    if (measured) {
      list.push({ name, limit, measured, cpu: pairedRatio(m, a, b, 'cpuMs'), pass: measured.median <= limit });
    }
  };
  for (const validation of [false, true]) {
    const where = validation ? 'default synth (CloudFormation validation on)' : 'CloudFormation validation off';
    for (const n of BUDGET_NS) {
      ratioBudget(`best-practice props, N = ${n}, ${where}: ours / minimal L2`, 1.02, cfg('ours', BUDGET_SCENARIO, n, validation), cfg('minimal', BUDGET_SCENARIO, n, validation));
      ratioBudget(`best-practice props, N = ${n}, ${where}: ours / aws-cdk-lib`, 1.00, cfg('ours', BUDGET_SCENARIO, n, validation), cfg('cdk', BUDGET_SCENARIO, n, validation));
    }
    const resources = median(m, cfg('ours', 'secret', OTHER_N, validation), 'resources');
    if (resources !== undefined && !validation) {
      list.push({ name: `consumed secrets, N = ${OTHER_N}: resources in the template (ours), at most`, limit: OTHER_N + 1, measured: resources, pass: resources === OTHER_N + 1 });
    }
    ratioBudget(`consumed secrets, N = ${OTHER_N}, ${where}: ours / aws-cdk-lib`, 0.5, cfg('ours', 'secret', OTHER_N, validation), cfg('cdk', 'secret', OTHER_N, validation));
    ratioBudget(`checks on ${CHECKS_BUDGET_N} aws-cdk-lib clients, ${where}: at most ${CHECKS_LIMIT.toFixed(2)} times the same app without them`, CHECKS_LIMIT,
      cfg('cdk-checks', BUDGET_SCENARIO, CHECKS_BUDGET_N, validation), cfg('cdk', BUDGET_SCENARIO, CHECKS_BUDGET_N, validation));
  }
  return list;
}

/**
 * The whole-app case: construct + synth per client, in µs, beyond the same app without clients
 * (its pool, resource servers and providers), from the medians; CPU time unless `field` says otherwise.
 */
export function perClientMicros(m: Measurements, awsCdkLib: string, impl: Implementation, n: number, field: 'cpuMs' | 'totalMs' = 'cpuMs'): number | undefined {
  const app = median(m, { awsCdkLib, impl: 'minimal', scenario: 'whole-app', n: 0, validation: false }, field);
  const total = median(m, { awsCdkLib, impl, scenario: 'whole-app', n, validation: false }, field);
  return app === undefined || total === undefined || n === 0 ? undefined : 1000 * (total - app) / n;
}
