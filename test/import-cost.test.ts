/**
 * What importing the library costs an app: it loads its own modules, not aws-cdk-lib's 4 MB module
 * of deprecation warnings, which aws-cdk-lib loads on the first conversion of a Duration (about
 * 160 ms). A client loads it when it converts its token validities; an app that imports the library
 * and defines no client pays nothing for it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { offlineEnv, transpile } from './util/cdk-cli';

const PROBE = `
const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
void [cdk.App, cdk.Stack, cdk.Duration, cognito.UserPool, cognito.UserPoolClient, cognito.OAuthScope];
const before = new Set(Object.keys(require.cache));
require('./src/index.js');
const loaded = Object.keys(require.cache).filter((file) => !before.has(file));
process.stdout.write(JSON.stringify(loaded));
`;

describe('importing the library', () => {
  let dir: string;

  beforeAll(() => {
    dir = transpile([]);
    fs.writeFileSync(path.join(dir, 'probe.js'), PROBE);
  });

  afterAll(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('loads no deprecation-warning module of aws-cdk-lib', () => {
    const run = spawnSync(process.execPath, ['probe.js'], { cwd: dir, env: offlineEnv(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const loaded: string[] = JSON.parse(run.stdout);
    expect(loaded.some((file) => file.startsWith(dir))).toBe(true); // the probe saw the library load
    expect(loaded.filter((file) => file.includes('.warnings.jsii'))).toEqual([]);
  }, 60_000);
});
