/**
 * One measurement, in a process of its own: `node run-one.js <impl> <scenario> <n> <validation on|off> <quiet 0|1> <package dir>`.
 * Loads every module first (import cost is measured apart), then times construct and
 * `app.synth()`, and sends the figures to the parent (or prints them without one).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as cdk from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as customResources from 'aws-cdk-lib/custom-resources';
import * as constructs from 'constructs';
import { buildStack, IMPLEMENTATIONS, newApp, SCENARIOS, STACK_NAME } from './fixtures';
import type { Implementation, OurPackage, Scenario } from './fixtures';

/** What one run measures. */
export interface RunResult {
  readonly impl: Implementation;
  readonly scenario: Scenario;
  readonly n: number;
  /** Whether aws-cdk-lib's built-in CloudFormation template validation ran in synth. */
  readonly validation: boolean;
  /** Whether the clients set `preventUserExistenceErrors: true`, which our construct does not warn about. */
  readonly quiet: boolean;
  /** Constructing the app, stack, pool and clients, in milliseconds. */
  readonly constructMs: number;
  /** `app.synth()`, in milliseconds. */
  readonly synthMs: number;
  /** Both. */
  readonly totalMs: number;
  /** High-water mark of the resident set of the process, in MiB (`process.resourceUsage().maxRSS`). */
  readonly maxRssMiB: number;
  /** V8 heap in use right after synth, the app still alive, in MiB. */
  readonly heapUsedMiB: number;
  /** Resources in the synthesized template. */
  readonly resources: number;
  /** Stack outputs in the synthesized template. */
  readonly outputs: number;
  /** Warnings attached to the stack's constructs. */
  readonly warnings: number;
  /** The properties of the first client's `AWS::Cognito::UserPoolClient`, to check that the implementations agree. */
  readonly firstClient: unknown;
}

function main(): void {
  const [impl, scenario, nText, validation, quiet, packageDir] = process.argv.slice(2);
  if (!IMPLEMENTATIONS.includes(impl as Implementation) || !SCENARIOS.includes(scenario as Scenario) || !['on', 'off'].includes(validation) || !['0', '1'].includes(quiet) || !packageDir) {
    throw new Error(`usage: run-one <${IMPLEMENTATIONS.join('|')}> <${SCENARIOS.join('|')}> <n> <on|off> <0|1> <package dir>`);
  }
  const n = Number(nText);
  // Every implementation loads the same modules before the clock starts; aws-cdk-lib's
  // userPoolClientSecret would otherwise load custom-resources inside the timed part.
  const ours = require(path.resolve(packageDir)) as OurPackage; // eslint-disable-line @typescript-eslint/no-require-imports
  void [cdk, cognito, customResources, constructs];

  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ucp-bench-'));
  try {
    const t0 = performance.now();
    const app = newApp(outdir, validation === 'on');
    buildStack(app, impl as Implementation, scenario as Scenario, n, ours, quiet === '1');
    const t1 = performance.now();
    const assembly = app.synth();
    const t2 = performance.now();
    const heapUsed = process.memoryUsage().heapUsed;
    const maxRss = process.resourceUsage().maxRSS; // KiB

    const artifact = assembly.getStackByName(STACK_NAME);
    const template = artifact.template as { Resources?: Record<string, { Type: string; Properties?: unknown }>; Outputs?: Record<string, unknown> };
    const resources = Object.values(template.Resources ?? {});
    const result: RunResult = {
      impl: impl as Implementation,
      scenario: scenario as Scenario,
      n,
      validation: validation === 'on',
      quiet: quiet === '1',
      constructMs: t1 - t0,
      synthMs: t2 - t1,
      totalMs: t2 - t0,
      maxRssMiB: maxRss / 1024,
      heapUsedMiB: heapUsed / (1024 * 1024),
      resources: resources.length,
      outputs: Object.keys(template.Outputs ?? {}).length,
      warnings: artifact.messages.filter((m) => m.level === 'warning').length,
      firstClient: resources.find((r) => r.Type === 'AWS::Cognito::UserPoolClient')?.Properties,
    };
    if (process.send) {
      process.send(result, () => process.disconnect());
    } else {
      console.log(JSON.stringify(result, undefined, 2));
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main();
}
