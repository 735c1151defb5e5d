/**
 * Preloaded by `cdk.json` (`node --require ./build/package-name.js`): makes
 * `require('cdk-cognito-user-pool-client')` load this repository's built library (`lib/`), as it
 * would load the installed package in an application. `tsconfig.json` maps the name for the
 * compiler the same way.
 */
import { Module } from 'module';
import * as path from 'path';

const PACKAGE_NAME = 'cdk-cognito-user-pool-client';
/** `lib/` of the repository: this file runs from `examples/build/`. */
const LIBRARY = path.resolve(__dirname, '..', '..', 'lib', 'index.js');

// Module._resolveFilename is how Node resolves every require; tsconfig-paths hooks it the same way.
const loader = Module as unknown as { _resolveFilename: (this: unknown, request: string, ...rest: unknown[]) => string };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return resolve.call(this, request === PACKAGE_NAME ? LIBRARY : request, ...rest);
};
