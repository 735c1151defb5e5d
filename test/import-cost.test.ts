/**
 * What importing the library costs an app: the modules that define its classes, and nothing else.
 * The rules, their tables, the rendering and the whole-app checks load with the first construct
 * that needs them (a client, a branding style, terms documents, the checks), so an app pays only
 * for what it makes; the import does no locale formatting (the first `toLocaleString` sets up ICU,
 * 10 to 30 ms); and it loads no module of aws-cdk-lib, least of all its 4 MB module of deprecation
 * warnings, which aws-cdk-lib loads on the first conversion of a Duration (about 160 ms): a client
 * loads it when it converts its token validities.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { offlineEnv, REPO, transpile } from './util/cdk-cli';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundle } = require('../scripts/bundle') as { bundle: (dir: string) => void };

/**
 * Touches what an app with a pool loads anyway, imports the library (counting the calls that set up
 * locale formatting meanwhile), runs the construction given in argv[2], and prints the files each
 * step loaded.
 */
const PROBE = `
const cdk = require('aws-cdk-lib');
const cognito = require('aws-cdk-lib/aws-cognito');
void [cdk.App, cdk.Stack, cdk.Resource, cdk.Duration, cdk.Token, cdk.SecretValue, cdk.Annotations, cognito.UserPool, cognito.UserPoolClient, cognito.OAuthScope];
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const userPool = new cognito.UserPool(stack, 'Pool');
const loadedSince = (before) => Object.keys(require.cache).filter((file) => !before.has(file));

let localeCalls = 0;
const counted = (owner, name) => {
  const original = owner[name];
  owner[name] = function (...args) { localeCalls++; return new.target ? new original(...args) : original.apply(this, args); };
  return () => { owner[name] = original; };
};
const restore = [
  counted(Number.prototype, 'toLocaleString'), counted(Date.prototype, 'toLocaleString'), counted(String.prototype, 'localeCompare'),
  counted(Intl, 'NumberFormat'), counted(Intl, 'DateTimeFormat'), counted(Intl, 'Collator'), counted(Intl, 'PluralRules'),
];
const beforeImport = new Set(Object.keys(require.cache));
const lib = require(process.argv[3]);
const atImport = loadedSince(beforeImport);
restore.forEach((undo) => undo());

const beforeConstruction = new Set(Object.keys(require.cache));
const constructions = {
  none: () => {},
  client: () => void new lib.UserPoolClient(stack, 'Client', { userPool, oAuth: { callbackUrls: ['https://app.example.com/cb'] } }),
};
constructions[process.argv[2]]();
process.stdout.write(JSON.stringify({ atImport, localeCalls, atConstruction: loadedSince(beforeConstruction), exports: Object.fromEntries(Object.entries(lib).map(([key, value]) => [key, typeof value === 'function' ? value.name : typeof value])) }));
`;

interface Loaded {
  /** The files the import loaded. */
  readonly atImport: string[];
  /** Calls that format or compare by locale during the import. */
  readonly localeCalls: number;
  /** The files the construction loaded after the import. */
  readonly atConstruction: string[];
  /** The names the library exports, each with the name of its function or class (or its type). */
  readonly exports: Record<string, string>;
}

describe('importing the library', () => {
  let dir: string;

  beforeAll(() => {
    dir = transpile([]);
    bundle(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'probe.js'), PROBE);
  });

  afterAll(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** Runs the probe on the modules (`src/index.js`) or, as the package ships it, their bundle. */
  function probe(construction: 'none' | 'client', entry = './src/index.js'): Loaded {
    const run = spawnSync(process.execPath, ['probe.js', construction, entry], { cwd: dir, env: offlineEnv(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  }

  /** The files of the library among `files`, relative to its root (`src/...`). */
  function ours(files: string[]): string[] {
    return files.filter((file) => file.startsWith(dir)).map((file) => path.relative(dir, file).split(path.sep).join('/')).sort();
  }

  test('loads the modules that define its classes, and nothing else', () => {
    const { atImport } = probe('none');
    expect(ours(atImport)).toEqual([
      'src/branding/managed-login-branding.js',
      'src/branding/props.js',
      'src/branding/values.js',
      'src/client/user-pool-client.js',
      'src/index.js',
      'src/rules/checks/user-pool-client-checks.js',
      'src/terms/props.js',
      'src/terms/terms-documents.js',
      'src/terms/values.js',
    ]);
    // nor any module of aws-cdk-lib (its deprecation warnings least of all)
    expect(atImport.filter((file) => !file.startsWith(dir))).toEqual([]);
  }, 60_000);

  test('does no locale formatting', () => {
    expect(probe('none').localeCalls).toBe(0);
  }, 60_000);

  test('a client loads its rules, its rendering and the whole-app checks, not the companions\' or the checks\' of other clients', () => {
    const loaded = ours(probe('client').atConstruction);
    expect(loaded).toEqual(expect.arrayContaining(['src/client/construction.js', 'src/rules/table.js', 'src/client/render/client.js', 'src/rules/app/app-checks.js']));
    expect(loaded.filter((file) => /^src\/(branding|terms)\/|^src\/rules\/checks\//.test(file))).toEqual([]);
  }, 60_000);

  describe('as the package ships it, bundled (scripts/bundle.js)', () => {
    const BUNDLE = './src/bundle.js';

    test('exports what the modules export', () => {
      expect(probe('none', BUNDLE).exports).toEqual(probe('none').exports);
    }, 60_000);

    test('loads one file of the library and no module of aws-cdk-lib, and a client loads no further file', () => {
      const { atImport, localeCalls } = probe('none', BUNDLE);
      expect(ours(atImport)).toEqual(['src/bundle.js']);
      expect(atImport.filter((file) => !file.startsWith(dir))).toEqual([]);
      expect(localeCalls).toBe(0);
      expect(ours(probe('client', BUNDLE).atConstruction)).toEqual([]);
    }, 60_000);

    test('keeps the names of classes and functions as in the sources, so that stack traces and messages read as they do', () => {
      const { exports } = probe('none', BUNDLE);
      for (const [name, value] of Object.entries(exports)) {
        expect([name, value]).toEqual([name, /^[A-Z]/.test(name) ? name : value]);
      }
      const bundled = fs.readFileSync(path.join(dir, 'src', 'bundle.js'), 'utf8');
      const declared = fs.readdirSync(path.join(REPO, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
        .flatMap((file) => [...fs.readFileSync(path.join(REPO, 'src', file), 'utf8').matchAll(/^export function (\w+)/gm)].map((m) => m[1]));
      expect(declared.length).toBeGreaterThan(50);
      expect(declared.filter((name) => !bundled.includes(`function ${name}(`))).toEqual([]);
    }, 60_000);
  });
});
