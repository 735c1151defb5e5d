/**
 * A place to measure one aws-cdk-lib version: a directory from which `aws-cdk-lib` resolves to that
 * version and `cdk-cognito-user-pool-client` to a copy of the built lib/ (so a rebuild during the
 * run changes nothing), holding the measurement scripts and the two end-to-end apps.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Stage {
  readonly awsCdkLib: string;
  readonly dir: string;
}

/** The scripts a stage runs (compiled beside this file). */
const SCRIPTS = ['run-one.js', 'typical-app.js', 'fixtures.js', 'import-cost.js'];

/** The two apps `cdk synth` runs: the example as written, and the same app with aws-cdk-lib's UserPoolClient. */
export const END_TO_END_APPS = ['ours', 'cdk'] as const;
export type EndToEndApp = typeof END_TO_END_APPS[number];

export function installedVersion(root: string, name: string): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** The aws-cdk-lib release `npm run test:cdk-current` tests against. */
export function currentAwsCdkLib(root: string): string {
  const script: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts['test:cdk-current'];
  return /test-cdk-version\.sh (\S+)/.exec(script)![1];
}

function copyJs(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      copyJs(path.join(from, entry.name), path.join(to, entry.name));
    } else if (entry.name.endsWith('.js')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(path.join(from, entry.name), path.join(to, entry.name));
    }
  }
}

/** Stages `version` (the devDependency's or another, installed in .tmp/cdk-<version>/ on first use). */
export function stage(root: string, version: string): Stage {
  if (!fs.existsSync(path.join(root, 'lib', 'index.js')) || !fs.existsSync(path.join(root, 'examples', 'build', 'app.js'))) {
    throw new Error('build the package and the example first (npm run build; npx tsc -p examples)');
  }
  const base = version === installedVersion(root, 'aws-cdk-lib')
    ? path.join(root, '.tmp')
    : path.join(root, execFileSync('bash', [path.join(root, 'scripts', 'install-cdk-version.sh'), version], { cwd: root, encoding: 'utf8' }).trim());
  const dir = path.join(base, `bench-stage-${version}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const pkg = path.join(dir, 'node_modules', 'cdk-cognito-user-pool-client');
  fs.mkdirSync(dir, { recursive: true });
  // Its own package scope: inside the repository, our package would otherwise resolve to itself (lib/).
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-stage", "private": true }\n');
  copyJs(path.join(root, 'lib'), path.join(pkg, 'lib'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'));
  for (const script of SCRIPTS) {
    fs.copyFileSync(path.join(__dirname, script), path.join(dir, script));
  }
  const example = fs.readFileSync(path.join(root, 'examples', 'build', 'app.js'), 'utf8');
  const ourImport = 'require("cdk-cognito-user-pool-client")';
  if (example.split(ourImport).length !== 2) {
    throw new Error(`examples/build/app.js: expected one ${ourImport}`);
  }
  const cdkJson = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'cdk.json'), 'utf8'));
  for (const app of END_TO_END_APPS) {
    fs.mkdirSync(path.join(dir, `app-${app}`));
    // aws-cdk-lib's UserPoolClient takes the same props: the same app, with its construct (the
    // branding style and terms documents, which aws-cdk-lib has only as L1s, stay this library's),
    // and without the checks of the clients our construct did not make (aws-cdk-lib has none).
    const withCdkClient = `({ ...${ourImport}, UserPoolClient: require("aws-cdk-lib/aws-cognito").UserPoolClient, UserPoolClientChecks: class { visit() {} } })`;
    fs.writeFileSync(path.join(dir, `app-${app}`, 'app.js'), app === 'ours' ? example : example.replace(ourImport, withCdkClient));
    fs.writeFileSync(path.join(dir, `app-${app}`, 'cdk.json'), JSON.stringify({ ...cdkJson, app: 'node app.js' }, undefined, 2));
  }
  return { awsCdkLib: version, dir };
}
