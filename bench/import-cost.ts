/**
 * What loading our package costs beyond aws-cdk-lib, in a process of its own:
 * `node import-cost.js <cold|warm> <package dir>`.
 *
 * - `cold`: require `aws-cdk-lib`, `aws-cdk-lib/aws-cognito` and `constructs`, then time the
 *   `require` of the package. aws-cdk-lib's entry points load their modules lazily, on first
 *   access of an export, so this also times aws-cdk-lib modules that any Cognito app loads.
 * - `warm`: first touch the aws-cdk-lib exports that an app with a user pool and a client L2
 *   uses (`WARM_EXPORTS`), which loads their modules; what remains is the cost of our package.
 */
import * as path from 'path';

export const IMPORT_BASELINES = ['cold', 'warm'] as const;
export type ImportBaseline = typeof IMPORT_BASELINES[number];

/** The exports touched before the clock starts in the `warm` baseline. */
export const WARM_EXPORTS = {
  'aws-cdk-lib': ['App', 'Stack', 'Resource', 'Duration', 'Token', 'SecretValue'],
  'aws-cdk-lib/aws-cognito': ['UserPool', 'CfnUserPoolClient', 'OAuthScope'],
};

/** What one import measurement sends back. */
export interface ImportResult {
  readonly baseline: ImportBaseline;
  readonly ms: number;
  /** Modules the `require` loaded, ours and aws-cdk-lib's. */
  readonly modules: number;
}

/* eslint-disable @typescript-eslint/no-require-imports */
function main(): void {
  const [baseline, packageDir] = process.argv.slice(2);
  if (!IMPORT_BASELINES.includes(baseline as ImportBaseline) || !packageDir) {
    throw new Error(`usage: import-cost <${IMPORT_BASELINES.join('|')}> <package dir>`);
  }
  const modules: Record<string, Record<string, unknown>> = {
    'aws-cdk-lib': require('aws-cdk-lib'),
    'aws-cdk-lib/aws-cognito': require('aws-cdk-lib/aws-cognito'),
  };
  require('constructs');
  if (baseline === 'warm') {
    for (const [module, names] of Object.entries(WARM_EXPORTS)) {
      for (const name of names) {
        void modules[module][name];
      }
    }
  }
  const before = Object.keys(require.cache).length;
  const t0 = process.hrtime.bigint();
  require(path.resolve(packageDir));
  const t1 = process.hrtime.bigint();
  const result: ImportResult = { baseline: baseline as ImportBaseline, ms: Number(t1 - t0) / 1e6, modules: Object.keys(require.cache).length - before };
  if (process.send) {
    process.send(result, () => process.disconnect());
  } else {
    console.log(JSON.stringify(result));
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

if (require.main === module) {
  main();
}
