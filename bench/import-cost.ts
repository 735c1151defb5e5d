/**
 * What loading our package costs beyond what a Cognito app loads anyway, in a process of its own
 * (`node import-cost.js`, run from a stage): the aws-cdk-lib exports an app with a user pool and a
 * client uses are touched first (aws-cdk-lib loads a module on first access of one of its exports),
 * then the `require` of our package is timed, and the modules it loaded are listed.
 */
import * as path from 'path';

/** The exports touched before the clock starts. */
export const APP_EXPORTS = {
  'aws-cdk-lib': ['App', 'Stack', 'Resource', 'Duration', 'Token', 'SecretValue', 'Annotations'],
  'aws-cdk-lib/aws-cognito': ['UserPool', 'UserPoolClient', 'OAuthScope'],
};

export interface ImportResult {
  readonly ms: number;
  /** The modules the `require` loaded, relative to the node_modules they are in. */
  readonly modules: string[];
}

/* eslint-disable @typescript-eslint/no-require-imports */
function main(): void {
  for (const [module, names] of Object.entries(APP_EXPORTS)) {
    const exports = require(module) as Record<string, unknown>;
    names.forEach((name) => void exports[name]);
  }
  const before = new Set(Object.keys(require.cache));
  const t0 = process.hrtime.bigint();
  require('cdk-cognito-user-pool-client');
  const t1 = process.hrtime.bigint();
  const modules = Object.keys(require.cache).filter((m) => !before.has(m)).map((m) => m.slice(m.lastIndexOf(`node_modules${path.sep}`) + 13));
  const result: ImportResult = { ms: Number(t1 - t0) / 1e6, modules };
  if (process.send) {
    process.send(result, () => process.disconnect());
  } else {
    console.log(JSON.stringify(result, undefined, 2));
  }
}
/* eslint-enable @typescript-eslint/no-require-imports */

if (require.main === module) {
  main();
}
