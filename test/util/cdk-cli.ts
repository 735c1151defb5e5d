/**
 * Runs TypeScript CDK apps with the real `cdk` CLI, offline: the app and the library sources are
 * transpiled (no type check: `tsc` in `npm run lint` does that) into a temporary directory, and the
 * CLI runs there with no credentials, no version check and no notices.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/** The repository root. */
export const REPO = path.resolve(__dirname, '..', '..');

/** The `cdk` CLI installed as a dev dependency. */
export const CDK_BIN = path.join(REPO, 'node_modules', 'aws-cdk', 'bin', 'cdk');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return tsFiles(full);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A directory of the repository to transpile, and where its files go in the output. */
export interface Sources {
  readonly from: string;
  readonly to: string;
}

/**
 * Transpiles `src/` and the given directories (relative to the repository) into a new temporary
 * directory, keeping their relative layout unless a `{ from, to }` moves them, and returns it.
 */
export function transpile(dirs: Array<string | Sources>): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-cognito-upc-'));
  const sources = ['src', ...dirs].map((dir) => (typeof dir === 'string' ? { from: dir, to: dir } : dir));
  for (const { from, to } of sources) {
    for (const file of tsFiles(path.join(REPO, from))) {
      const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      });
      const target = path.join(out, to, path.relative(path.join(REPO, from), file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, outputText);
    }
  }
  return out;
}

/** The environment the CLI runs in: a region, no credentials, nothing that calls home. */
export function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AWS_') && !key.startsWith('CDK_')) {
      env[key] = value;
    }
  }
  return {
    ...env,
    // The transpiled files live outside the repository: resolve aws-cdk-lib and constructs from
    // it, or from the aws-cdk-lib under test with `npm run test:cdk-current`.
    NODE_PATH: [
      ...(process.env.CDK_VERSION_DIR ? [path.resolve(REPO, process.env.CDK_VERSION_DIR, 'node_modules')] : []),
      path.join(REPO, 'node_modules'),
    ].join(path.delimiter),
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1',
    CDK_DEFAULT_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(os.tmpdir(), 'cdk-cognito-upc-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'cdk-cognito-upc-no-aws-credentials'),
    CDK_DISABLE_VERSION_CHECK: '1',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CI: 'true',
    FORCE_COLOR: '0',
  };
}

/** The result of one CLI run. */
export interface CliResult {
  readonly status: number;
  /** stdout and stderr together. */
  readonly output: string;
}

/** Runs `cdk <args>` in `cwd` with the offline environment; never throws on a non-zero status. */
export function runCdk(args: string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [CDK_BIN, ...args, '--no-notices', '--no-version-reporting', '--no-color'], {
    cwd,
    env: offlineEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 240_000,
  });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}
