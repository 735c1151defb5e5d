/**
 * The README as its readers get it (it is the npm page, and jsii-rosetta translates its
 * TypeScript examples for the PyPI, Maven and Go pages): it says what the library is before the
 * commands for working from a clone, its links resolve from any page, its headings and blocks are
 * language-neutral but for TypeScript examples, and every TypeScript example runs as pasted,
 * synthesizing its app without an error or a warning. The translated pages themselves are
 * checked after `npm run package` (scripts/check-package-readmes.js).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { offlineEnv, REPO, transpile } from './util/cdk-cli';
import { CLIENT_TYPE } from './util/compat';
import { codeBlocks, headings, isAbsoluteLink, linkTargets } from './util/markdown';

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const EXAMPLES = codeBlocks(README).filter((block) => block.language === 'ts').map((block) => block.code);

describe('README layout', () => {
  test('opens with the title and a paragraph saying what the library is', () => {
    const [title, intro] = README.split(/\n\s*\n/);
    expect(title).toBe('# cdk-cognito-user-pool-client');
    expect(intro).toMatch(/^A drop-in replacement for `aws-cdk-lib`'s Amazon Cognito/);
    expect(intro).not.toMatch(/^(#|```|\||- )/m);
  });

  test('the first section after the intro is "Working from a clone", with the two set-up commands', () => {
    const sections = README.split(/^## /m);
    expect(sections[1].split('\n')[0]).toBe('Working from a clone');
    const commands = codeBlocks(sections[1]).filter((block) => block.language === 'sh').flatMap((block) => block.code.split('\n'));
    expect(commands.map((line) => line.replace(/\s*#.*$/, '')).filter(Boolean)).toEqual(['npm ci && npm run example', 'npm ci && npm test']);
  });

  test('every link and image is absolute, so that it resolves on npm and PyPI', () => {
    const targets = linkTargets(README);
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((target) => !isAbsoluteLink(target))).toEqual([]);
  });

  test('no heading names a language: each package page shows its own language', () => {
    expect(headings(README).filter((heading) => /\b(TypeScript|JavaScript|Python|Java|Go|C#|\.NET)\b/.test(heading))).toEqual([]);
  });

  test('code blocks are TypeScript (translated for each language) or language-neutral (sh, text, the Maven dependency in xml)', () => {
    expect(codeBlocks(README).map((block) => block.language).filter((language) => !['ts', 'sh', 'text', 'xml'].includes(language))).toEqual([]);
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  test('every TypeScript example is a complete app: it imports what it uses and synthesizes', () => {
    for (const example of EXAMPLES) {
      expect(example).not.toMatch(/^\s*declare /m);
      expect(example).toMatch(/^import .* from 'cdk-cognito-user-pool-client';$/m);
      expect(example).toMatch(/^app\.synth\(\);$/m);
    }
  });
});

describe('README TypeScript examples, as pasted', () => {
  // Their types are checked by jsii-rosetta in strict mode when they are translated (npm run package).
  let dir: string;

  beforeAll(() => {
    // The library by its package name, resolved to this checkout's src/ (package self-reference).
    dir = transpile([]);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cdk-cognito-user-pool-client', exports: { '.': './src/index.js' } }));
  });

  afterAll(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const named = EXAMPLES.map((code, i) => [/new UserPoolClient\(\w+, '(\w+)'/.exec(code)?.[1] ?? '', i] as const);
  test.each(named)('the %s example synthesizes its client with no error and no warning', (_name, i) => {
    const { outputText } = ts.transpileModule(EXAMPLES[i], { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    fs.writeFileSync(path.join(dir, `app${i}.js`), outputText);
    const outdir = path.join(dir, `cdk.out.${i}`);
    const run = spawnSync(process.execPath, [`app${i}.js`], { cwd: dir, env: { ...offlineEnv(), CDK_OUTDIR: outdir }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const stacks = Object.values<any>(manifest.artifacts).filter((artifact) => artifact.type === 'aws:cloudformation:stack');
    const templates = stacks.map((stack) => JSON.parse(fs.readFileSync(path.join(outdir, stack.properties.templateFile), 'utf8')));
    expect(templates.flatMap((t) => Object.values<any>(t.Resources)).filter((r) => r.Type === CLIENT_TYPE)).toHaveLength(1);
    // A stack's metadata is in the manifest, or (aws-cdk-lib 2.2xx) in a file of its own beside it.
    const metadataOf = (stack: any): Record<string, any[]> => stack.additionalMetadataFile
      ? JSON.parse(fs.readFileSync(path.join(outdir, stack.additionalMetadataFile), 'utf8'))
      : stack.metadata ?? {};
    const findings = stacks.flatMap((stack) => Object.values(metadataOf(stack)).flat())
      .filter((entry) => entry.type === 'aws:cdk:warning' || entry.type === 'aws:cdk:error');
    expect(findings.map((entry) => entry.data)).toEqual([]);
  }, 120_000);

  test('the examples have distinct client ids', () => {
    expect(new Set(named.map(([name]) => name)).size).toBe(EXAMPLES.length);
  });
});

describe('README on Node.js', () => {
  test('names the Node.js lines CI tests (scripts/with-node.sh) and package.json\'s engines allow', () => {
    const script = fs.readFileSync(path.join(REPO, 'scripts', 'with-node.sh'), 'utf8');
    const lines = [.../NODE_RELEASES=\(([^)]*)\)/.exec(script)![1].matchAll(/\[(\d+)\]=\1\.\d+\.\d+/g)].map((m) => m[1]);
    expect(lines).toEqual(['22', '24']);
    expect(README).toContain(`**Node.js ${lines.join(' or ')}.**`);
    expect(README).toContain(`The supported versions are the Node.js LTS lines\n${lines.join(' and ')}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe(`>= ${lines[0]}.0.0`);
  });
});
