/**
 * A typical app as a whole process: `node typical-app.js <cdk|ours> <on|off>` (CloudFormation
 * validation on or off), run from a stage (bench/stage.ts). It loads aws-cdk-lib, then the client
 * construct (ours only for `ours`), builds one stack with one user pool and three best-practice
 * clients and synthesizes it, as a small app does on every `cdk synth`. Nothing is loaded before
 * the clock: the parent times the process from spawn to exit; the process reports its CPU time and
 * where its time went, as a line of JSON on stdout.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type * as Cdk from 'aws-cdk-lib';
import type * as Cognito from 'aws-cdk-lib/aws-cognito';
import type * as Fixtures from './fixtures';
import type { OurPackage } from './fixtures';

/** aws-cdk-lib's client, and ours. */
export const TYPICAL_APP_IMPLEMENTATIONS = ['cdk', 'ours'] as const;
export type TypicalAppImplementation = typeof TYPICAL_APP_IMPLEMENTATIONS[number];

/** The clients of the typical app. */
export const TYPICAL_APP_CLIENTS = 3;

/** What the process reports of itself, in milliseconds. */
export interface TypicalAppResult {
  /** From the process's start until this script runs: Node.js's own start-up. */
  readonly startupMs: number;
  /** `require` of aws-cdk-lib, aws-cdk-lib/aws-cognito (and the benchmark's fixtures), and the first access of the exports the app uses besides the client. */
  readonly loadMs: number;
  /** Getting the client construct: `require` of our package, or aws-cdk-lib's export (loaded with the pool's). */
  readonly requireClientMs: number;
  /** The app, stack, pool and clients, with the aws-cdk-lib modules they load on first use. */
  readonly constructMs: number;
  /** `app.synth()`. */
  readonly synthMs: number;
  /** CPU time of the whole process (user + system, all its threads) until it reports. */
  readonly cpuMs: number;
}

/** Builds the app in a temporary directory (removed afterwards, as the process's own work) and synthesizes it. */
function synthesize(fixtures: typeof Fixtures, cdk: typeof Cdk, UserPoolClient: OurPackage['UserPoolClient'], cfnValidation: boolean): { constructMs: number; synthMs: number } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ucp-typical-'));
  try {
    const t0 = performance.now();
    const app = fixtures.newApp(outdir, cfnValidation);
    const stack = new cdk.Stack(app, fixtures.STACK_NAME);
    const pool = fixtures.newPool(stack);
    for (let i = 0; i < TYPICAL_APP_CLIENTS; i++) {
      new UserPoolClient(stack, `Client${i}`, fixtures.l2Props(pool, i, 'best-practice'));
    }
    const t1 = performance.now();
    app.synth();
    return { constructMs: t1 - t0, synthMs: performance.now() - t1 };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/* eslint-disable @typescript-eslint/no-require-imports */
function main(): void {
  const startupMs = performance.now();
  const [impl, validation] = process.argv.slice(2);
  if (!TYPICAL_APP_IMPLEMENTATIONS.includes(impl as TypicalAppImplementation) || !['on', 'off'].includes(validation)) {
    throw new Error(`usage: typical-app <${TYPICAL_APP_IMPLEMENTATIONS.join('|')}> <on|off>`);
  }
  // aws-cdk-lib loads a module on first access of one of its exports: the app's own exports are
  // touched here, so that the next phase holds only what getting the client construct adds.
  const cdk = require('aws-cdk-lib') as typeof Cdk;
  const cognito = require('aws-cdk-lib/aws-cognito') as typeof Cognito;
  const fixtures = require('./fixtures') as typeof Fixtures;
  void [cdk.App, cdk.Stack, cognito.UserPool];
  const t1 = performance.now();
  const UserPoolClient = impl === 'ours' ? (require('cdk-cognito-user-pool-client') as OurPackage).UserPoolClient : cognito.UserPoolClient;
  const t2 = performance.now();
  const { constructMs, synthMs } = synthesize(fixtures, cdk, UserPoolClient, validation === 'on');
  const usage = process.resourceUsage();
  const result: TypicalAppResult = {
    startupMs, loadMs: t1 - startupMs, requireClientMs: t2 - t1, constructMs, synthMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  };
  console.log(JSON.stringify(result));
}
/* eslint-enable @typescript-eslint/no-require-imports */

if (require.main === module) {
  main();
}
