/**
 * Summaries of the runs: medians per configuration, ratios of ours to the others pair by pair
 * (runs of the same round, made one after the other), and the budgets.
 */
import type { Implementation, Scenario } from './fixtures';
import type { ImportBaseline } from './import-cost';
import type { RunResult } from './run-one';

/** One configuration: what a run builds and how it synthesizes. */
export interface Config {
  readonly impl: Implementation;
  readonly scenario: Scenario;
  readonly n: number;
  readonly validation: boolean;
  readonly quiet: boolean;
}

/** A run, with the round it belongs to. */
export interface Run extends RunResult {
  readonly round: number;
}

/** An import measurement, with the package copy it loaded. */
export interface ImportRun {
  readonly baseline: ImportBaseline;
  /** `shipped`: lib/ as built; `no-inline-maps`: the same files without their inline source maps. */
  readonly variant: 'shipped' | 'no-inline-maps';
  readonly ms: number;
  readonly modules: number;
}

export function configKey(c: Config): string {
  return `${c.impl}/${c.scenario}/${c.n}/${c.validation ? 'validation' : 'no-validation'}${c.quiet ? '/quiet' : ''}`;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median and range of a sample. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), count: values.length };
}

/** The medians of one configuration's runs. */
export interface Summary {
  readonly config: Config;
  readonly total: Spread;
  readonly constructMs: number;
  readonly synthMs: number;
  readonly maxRssMiB: number;
  readonly heapUsedMiB: number;
  readonly resources: number;
  readonly outputs: number;
  readonly warnings: number;
}

export class Results {
  private readonly byKey = new Map<string, Run[]>();

  constructor(public readonly runs: readonly Run[], public readonly imports: readonly ImportRun[]) {
    for (const run of runs) {
      const key = configKey(run);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), run]);
    }
  }

  public has(c: Config): boolean {
    return this.byKey.has(configKey(c));
  }

  public summary(c: Config): Summary | undefined {
    const runs = this.byKey.get(configKey(c));
    if (!runs) {
      return undefined;
    }
    const med = (f: (r: Run) => number) => median(runs.map(f));
    return {
      config: c,
      total: spread(runs.map((r) => r.totalMs)),
      constructMs: med((r) => r.constructMs),
      synthMs: med((r) => r.synthMs),
      maxRssMiB: med((r) => r.maxRssMiB),
      heapUsedMiB: med((r) => r.heapUsedMiB),
      resources: med((r) => r.resources),
      outputs: med((r) => r.outputs),
      warnings: med((r) => r.warnings),
    };
  }

  /** `a` over `b`, round by round (the runs of a round are made one after the other), as a spread. */
  public pairedRatio(a: Config, b: Config, field: 'totalMs' | 'constructMs' | 'synthMs' = 'totalMs'): Spread | undefined {
    const bRuns = new Map((this.byKey.get(configKey(b)) ?? []).map((r) => [r.round, r]));
    const ratios = (this.byKey.get(configKey(a)) ?? [])
      .filter((r) => bRuns.has(r.round))
      .map((r) => r[field] / bRuns.get(r.round)![field]);
    return ratios.length > 0 ? spread(ratios) : undefined;
  }

  public importSpread(baseline: ImportBaseline, variant: ImportRun['variant']): Spread | undefined {
    const values = this.imports.filter((r) => r.baseline === baseline && r.variant === variant).map((r) => r.ms);
    return values.length > 0 ? spread(values) : undefined;
  }

  public importModules(baseline: ImportBaseline): number {
    return median(this.imports.filter((r) => r.baseline === baseline && r.variant === 'shipped').map((r) => r.modules));
  }

  /** The N measured for a scenario and validation setting, ascending. */
  public ns(validation: boolean): number[] {
    return [...new Set(this.runs.filter((r) => r.validation === validation && !r.quiet).map((r) => r.n))].sort((a, b) => a - b);
  }
}

/** A budget and whether the measurements meet it. */
export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  /** Undefined when not measured (e.g. in a smoke run, which measures no N = 1000). */
  readonly pass: boolean | undefined;
}

/** The N the budgets are stated at. */
export const BUDGET_N = 1000;

export function budgets(results: Results): Budget[] {
  const list: Budget[] = [];
  const cfg = (impl: Implementation, scenario: Scenario, validation: boolean): Config => ({ impl, scenario, n: BUDGET_N, validation, quiet: false });
  const fmt = (s: Spread) => `${s.median.toFixed(3)} (${s.min.toFixed(3)} to ${s.max.toFixed(3)})`;
  for (const validation of [false, true]) {
    const where = validation ? 'default synth (CloudFormation validation on)' : 'CloudFormation validation off';
    const vsMinimal = results.pairedRatio(cfg('ours', 'plain', validation), cfg('minimal', 'plain', validation));
    const vsCdkPlain = results.pairedRatio(cfg('ours', 'plain', validation), cfg('cdk', 'plain', validation));
    const vsCdkSecret = results.pairedRatio(cfg('ours', 'secret', validation), cfg('cdk', 'secret', validation));
    if (!validation || vsMinimal) {
      list.push({
        name: `Plain clients, N = ${BUDGET_N}, ${where}: ours / minimal L2`,
        limit: '<= 1.02',
        measured: vsMinimal ? fmt(vsMinimal) : 'not measured',
        pass: vsMinimal && vsMinimal.median <= 1.02,
      });
      list.push({
        name: `Plain clients, N = ${BUDGET_N}, ${where}: ours / aws-cdk-lib`,
        limit: '<= 1.00',
        measured: vsCdkPlain ? fmt(vsCdkPlain) : 'not measured',
        pass: vsCdkPlain && vsCdkPlain.median <= 1,
      });
    }
    if (!validation) {
      const secret = results.summary(cfg('ours', 'secret', validation));
      list.push({
        name: `Consumed secrets, N = ${BUDGET_N}: resources in the template (ours)`,
        limit: `= N + 1 = ${BUDGET_N + 1}`,
        measured: secret ? String(secret.resources) : 'not measured',
        pass: secret && secret.resources === BUDGET_N + 1,
      });
    }
    if (!validation || vsCdkSecret) {
      list.push({
        name: `Consumed secrets, N = ${BUDGET_N}, ${where}: ours / aws-cdk-lib`,
        limit: '<= 0.50',
        measured: vsCdkSecret ? fmt(vsCdkSecret) : 'not measured',
        pass: vsCdkSecret && vsCdkSecret.median <= 0.5,
      });
    }
  }
  const warm = results.importSpread('warm', 'shipped');
  list.push({
    name: 'Import cost of our package beyond the aws-cdk-lib modules a Cognito client app loads (warm baseline), median',
    limit: '< 5 ms',
    measured: warm ? `${warm.median.toFixed(2)} ms (${warm.min.toFixed(2)} to ${warm.max.toFixed(2)})` : 'not measured',
    pass: warm && warm.median < 5,
  });
  return list;
}
