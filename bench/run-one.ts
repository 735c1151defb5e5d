/**
 * One measurement in a process of its own: `node run-one.js <impl> <scenario> <n> <on|off>`
 * (CloudFormation validation on or off). Our package and aws-cdk-lib are resolved from where this
 * file is staged (bench/stage.ts). Every module is loaded before the clock starts; construct and
 * `app.synth()` are timed; the figures go to the parent process (or stdout without one).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as cdk from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as customResources from 'aws-cdk-lib/custom-resources';
import { buildStack, IMPLEMENTATIONS, newApp, SCENARIOS, STACK_NAME } from './fixtures';
import type { Implementation, OurPackage, Scenario } from './fixtures';

/** What one run measures. */
export interface RunResult {
  /** Constructing the app, stack, pool and clients, in milliseconds. */
  readonly constructMs: number;
  /** `app.synth()`, in milliseconds. */
  readonly synthMs: number;
  readonly totalMs: number;
  /** CPU time of the process (user + system, all its threads) during construct and synth, in milliseconds. */
  readonly cpuMs: number;
  /** High-water mark of the process's resident set, in MiB. */
  readonly maxRssMiB: number;
  /** Resources in the synthesized template. */
  readonly resources: number;
  /** Warnings in the stack's messages. */
  readonly warnings: number;
  /** The first client's `AWS::Cognito::UserPoolClient` properties, to check that the implementations agree. */
  readonly firstClient: unknown;
}

function main(): void {
  const [impl, scenario, nText, validation] = process.argv.slice(2);
  if (!IMPLEMENTATIONS.includes(impl as Implementation) || !SCENARIOS.includes(scenario as Scenario) || !['on', 'off'].includes(validation)) {
    throw new Error(`usage: run-one <${IMPLEMENTATIONS.join('|')}> <${SCENARIOS.join('|')}> <n> <on|off>`);
  }
  // aws-cdk-lib loads a module on first access of one of its exports: load what the fixtures use
  // beforehand (custom-resources: aws-cdk-lib's userPoolClientSecret), the same for every implementation.
  void [cdk.App, cdk.Stack, cdk.Resource, cdk.CfnOutput, cdk.Duration, cdk.SecretValue, cognito.UserPool, customResources.AwsCustomResource];
  const ours = require('cdk-cognito-user-pool-client') as OurPackage; // eslint-disable-line @typescript-eslint/no-require-imports
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ucp-bench-'));
  try {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const app = newApp(outdir, validation === 'on');
    buildStack(app, impl as Implementation, scenario as Scenario, Number(nText), ours);
    const t1 = performance.now();
    const assembly = app.synth();
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const artifact = assembly.getStackByName(STACK_NAME);
    const resources = Object.values((artifact.template as { Resources?: Record<string, { Type: string; Properties?: unknown }> }).Resources ?? {});
    const result: RunResult = {
      constructMs: t1 - t0,
      synthMs: t2 - t1,
      totalMs: t2 - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      resources: resources.length,
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

main();
