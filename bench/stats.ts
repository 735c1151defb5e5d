/**
 * The measurements and their summaries: medians per configuration, ratios of ours to the others
 * pair by pair (runs of the same round, or of the same pair for the typical app, made one after
 * the other), and the budgets.
 */
import { APP_RESOURCES } from './fixtures';
import type { Implementation, Scenario } from './fixtures';
import type { ImportResult } from './import-cost';
import type { RunResult } from './run-one';
import type { EndToEndApp } from './stage';
import { TYPICAL_APP_CLIENTS } from './typical-app';
import type { TypicalAppImplementation, TypicalAppResult } from './typical-app';

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

/** One whole process of the typical app. */
export interface TypicalAppRun extends TypicalAppResult {
  readonly awsCdkLib: string;
  readonly impl: TypicalAppImplementation;
  /** aws-cdk-lib's built-in CloudFormation validation in `app.synth()` (2.27x). */
  readonly validation: boolean;
  readonly round: number;
  /** The pair's number, counted over the rounds: the two runs of a pair were made one after the other. */
  readonly pair: number;
  /** From spawn to exit, measured by the parent process. */
  readonly wallMs: number;
}

export interface Measurements {
  readonly runs: readonly Run[];
  readonly typicalApp: readonly TypicalAppRun[];
  readonly endToEnd: readonly EndToEndRun[];
  readonly imports: readonly ImportRun[];
}

/** The typical app's budget, and the pairs it takes to judge it (the plan makes at least as many, but for the smoke run's one). */
const TYPICAL_APP_LIMIT = 1.02;
export const TYPICAL_APP_MIN_PAIRS = 7;
/** The library's `require` time, in ms. */
const IMPORT_LIMIT_MS = 15;
/** 1000 clients, ours over aws-cdk-lib's. */
const CLIENTS_LIMIT = 1.05;
/** Consumed secrets, ours over aws-cdk-lib's (which reads each through a custom resource). */
const SECRETS_LIMIT = 0.5;
/** The example app end to end, ours over its aws-cdk-lib version: faster. */
const END_TO_END_LIMIT = 1;
/** The N the budgets are stated at, and the scenario they read. */
export const BUDGET_NS = [1000];
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

export function typicalAppRuns(m: Measurements, awsCdkLib: string, impl: TypicalAppImplementation, validation: boolean): TypicalAppRun[] {
  return m.typicalApp.filter((r) => r.awsCdkLib === awsCdkLib && r.impl === impl && r.validation === validation);
}

/** The typical app's ours over aws-cdk-lib, pair by pair. */
export function typicalAppRatio(m: Measurements, awsCdkLib: string, validation: boolean, field: 'wallMs' | 'cpuMs' = 'wallMs'): Spread | undefined {
  const cdkRuns = new Map(typicalAppRuns(m, awsCdkLib, 'cdk', validation).map((r) => [r.pair, r]));
  return spread(typicalAppRuns(m, awsCdkLib, 'ours', validation).filter((r) => cdkRuns.has(r.pair)).map((r) => r[field] / cdkRuns.get(r.pair)![field]));
}

/** `cdk synth` of the example over the same app with aws-cdk-lib's client, round by round. */
export function endToEndRatio(m: Measurements, awsCdkLib: string): Spread | undefined {
  const runs = m.endToEnd.filter((r) => r.awsCdkLib === awsCdkLib);
  const cdkRuns = new Map(runs.filter((r) => r.app === 'cdk').map((r) => [r.round, r.wallMs]));
  return spread(runs.filter((r) => r.app === 'ours' && cdkRuns.has(r.round)).map((r) => r.wallMs / cdkRuns.get(r.round)!));
}

/** `a` minus `b`, round by round. */
export function pairedDifference(m: Measurements, a: Config, b: Config, field: 'totalMs' | 'cpuMs' = 'cpuMs'): Spread | undefined {
  const bRuns = new Map(runsOf(m, b).map((r) => [r.round, r]));
  return spread(runsOf(m, a).filter((r) => bRuns.has(r.round)).map((r) => r[field] - bRuns.get(r.round)![field]));
}

export interface Budget {
  readonly name: string;
  readonly limit: number;
  readonly measured: Spread | number;
  /** Set when the measured figure is a time, not a ratio or a count. */
  readonly unit?: 'ms';
  /** The same ratio of CPU time (less sensitive to other processes than wall time). */
  readonly cpu?: Spread;
  /** A ratio shown beside the budget, for reading it, not judged. */
  readonly beside?: { readonly name: string; readonly measured: Spread | undefined; readonly cpu: Spread | undefined };
  readonly pass: boolean;
}

/**
 * The budgets for one aws-cdk-lib version, in the order they are stated, each with CloudFormation
 * validation off and (where measured) on.
 */
export function budgets(m: Measurements, awsCdkLib: string): Budget[] {
  const list: Budget[] = [];
  const cfg = (impl: Implementation, scenario: Scenario, n: number, validation: boolean): Config => ({ awsCdkLib, impl, scenario, n, validation });
  const where = (validation: boolean) => validation ? 'default synth (CloudFormation validation on)' : 'CloudFormation validation off';
  const judge = ({ measured, ...budget }: Omit<Budget, 'measured' | 'pass'> & { readonly measured: Spread | undefined }) => {
    if (measured) {
      list.push({ ...budget, measured, pass: measured.median <= budget.limit });
    }
  };
  const ratioBudget = (name: string, limit: number, a: Config, b: Config, beside?: Budget['beside']) =>
    judge({ name, limit, measured: pairedRatio(m, a, b), cpu: pairedRatio(m, a, b, 'cpuMs'), beside });
  const validations = [false, true];
  for (const validation of validations) {
    judge({ name: `typical app (one pool, ${TYPICAL_APP_CLIENTS} clients), whole process, ${where(validation)}: ours / aws-cdk-lib`, limit: TYPICAL_APP_LIMIT,
      measured: typicalAppRatio(m, awsCdkLib, validation), cpu: typicalAppRatio(m, awsCdkLib, validation, 'cpuMs') });
  }
  const imports = m.imports.filter((r) => r.awsCdkLib === awsCdkLib);
  judge({ name: `loading the library: \`require\` time in ms (it loads ${imports[0]?.modules.length === 1 ? '1 file' : `${imports[0]?.modules.length} files`})`, limit: IMPORT_LIMIT_MS, unit: 'ms', measured: spread(imports.map((r) => r.ms)) });
  for (const validation of validations) {
    for (const n of BUDGET_NS) {
      const [ours, cdk, minimal] = (['ours', 'cdk', 'minimal'] as const).map((impl) => cfg(impl, BUDGET_SCENARIO, n, validation));
      ratioBudget(`best-practice props, N = ${n}, ${where(validation)}: ours / aws-cdk-lib`, CLIENTS_LIMIT, ours, cdk,
        { name: 'ours / minimal L2', measured: pairedRatio(m, ours, minimal), cpu: pairedRatio(m, ours, minimal, 'cpuMs') });
    }
  }
  for (const validation of validations) {
    ratioBudget(`checks on ${CHECKS_BUDGET_N} aws-cdk-lib clients, ${where(validation)}: at most ${CHECKS_LIMIT.toFixed(2)} times the same app without them`, CHECKS_LIMIT,
      cfg('cdk-checks', BUDGET_SCENARIO, CHECKS_BUDGET_N, validation), cfg('cdk', BUDGET_SCENARIO, CHECKS_BUDGET_N, validation));
  }
  const resources = median(m, cfg('ours', 'secret', OTHER_N, false), 'resources');
  if (resources !== undefined) {
    list.push({ name: `consumed secrets, N = ${OTHER_N}: resources in the template (ours), at most`, limit: OTHER_N + APP_RESOURCES, measured: resources, pass: resources <= OTHER_N + APP_RESOURCES });
  }
  for (const validation of validations) {
    ratioBudget(`consumed secrets, N = ${OTHER_N}, ${where(validation)}: ours / aws-cdk-lib`, SECRETS_LIMIT, cfg('ours', 'secret', OTHER_N, validation), cfg('cdk', 'secret', OTHER_N, validation));
  }
  judge({ name: 'the example app end to end (`cdk synth`, its default synth): ours / the same app with aws-cdk-lib\'s client', limit: END_TO_END_LIMIT, measured: endToEndRatio(m, awsCdkLib) });
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
