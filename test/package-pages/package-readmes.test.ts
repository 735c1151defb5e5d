/**
 * The README on each package page, as `npm run package` wrote it into dist/: the npm tarball's
 * README.md, the wheel's description (the PyPI page), the Go module's README.md and the Java
 * translation of the assembly's README (jsii-rosetta transliterate, what Construct Hub shows for
 * Maven; the Maven artifacts carry no README). Each page shows its own language's examples, once,
 * under no heading naming another language, with the TypeScript's string literals (JSON keys such
 * as `clientId`) unchanged, and links that resolve from the page. Runs after `npm run package`:
 * `npm run test:package-readmes`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../util/cdk-cli';
import type { CodeBlock } from '../util/markdown';
import { codeBlocks, headings, isAbsoluteLink, linkTargets } from '../util/markdown';

const DIST = path.join(REPO, 'dist');

/** The single file in `dir` whose name ends with `suffix`. */
function single(dir: string, suffix: string): string {
  const matches = fs.readdirSync(dir).filter((name) => name.endsWith(suffix));
  if (matches.length !== 1) {
    throw new Error(`expected one *${suffix} in ${dir} (run npm run package first), found ${matches.length}`);
  }
  return path.join(dir, matches[0]);
}

/** The long description of a wheel: the METADATA body after its headers. */
function wheelDescription(wheel: string): string {
  const names = execFileSync('unzip', ['-Z1', wheel], { encoding: 'utf8' }).split('\n');
  const metadata = names.find((name) => /\.dist-info\/METADATA$/.test(name))!;
  const text = execFileSync('unzip', ['-p', wheel, metadata], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  expect(text).toMatch(/^Description-Content-Type: text\/markdown$/m);
  return text.slice(text.indexOf('\n\n') + 2);
}

interface Page {
  readonly language: string;
  /** The info strings its code examples carry. */
  readonly fences: string[];
  /** Names of the language in headings. */
  readonly names: RegExp;
  readonly read: () => string;
}

const PAGES: Page[] = [
  {
    language: 'TypeScript (npm)',
    fences: ['ts'],
    names: /\b(TypeScript|JavaScript)\b/,
    read: () => execFileSync('tar', ['-xzOf', single(path.join(DIST, 'js'), '.tgz'), 'package/README.md'], { encoding: 'utf8' }),
  },
  { language: 'Python (PyPI)', fences: ['python'], names: /\bPython\b/, read: () => wheelDescription(single(path.join(DIST, 'python'), '.whl')) },
  {
    language: 'Java (Maven)',
    fences: ['java'],
    names: /\bJava\b/,
    read: () => JSON.parse(fs.readFileSync(path.join(DIST, 'readme', '.jsii.java'), 'utf8')).readme.markdown,
  },
  { language: 'Go', fences: ['go'], names: /\bGo\b/, read: () => fs.readFileSync(path.join(DIST, 'go', 'cdkcognitouserpoolclient', 'README.md'), 'utf8') },
];

/** TypeScript that no other language's example may contain. */
const TYPESCRIPT_SYNTAX: Array<[string, RegExp]> = [
  ['an ES import', /^\s*import\s*(\{|\*\s+as\b|type\b)|\bfrom\s+'[^']+';/m],
  ['const/let declarations', /^\s*(export\s+)?(const|let|declare)\s+\w+/m],
  ['an arrow function', /\)\s*=>/],
  ['a type annotation', /\b\w+\s*:\s*(string|number|boolean|cognito\.\w+|Stack|App)\b\s*[;,)=]/],
  ['a TypeScript object literal key', /^\s*[a-z]\w*:\s/m],
];

const SOURCE = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const SOURCE_EXAMPLES = codeBlocks(SOURCE).filter((block) => block.language === 'ts');
const NEUTRAL = ['sh', 'text', 'xml', ''];

/**
 * The string literals of a TypeScript example (single-quoted, as the README writes them), outside
 * its comments (a comment may name a call as each language spells it).
 */
function stringLiterals(code: string): string[] {
  return [...code.replace(/^\s*\/\/.*$/gm, '').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1]).filter((literal) => !/^(aws-cdk-lib|cdk-cognito-user-pool-client)/.test(literal));
}

describe.each(PAGES)('the $language page', ({ language, fences, names, read }) => {
  let readme: string;
  let examples: CodeBlock[];

  beforeAll(() => {
    readme = read();
    examples = codeBlocks(readme).filter((block) => !NEUTRAL.includes(block.language));
  });

  test('opens with what the library is, then the commands for working from a clone', () => {
    expect(readme.startsWith('# cdk-cognito-user-pool-client\n')).toBe(true);
    expect(readme.split(/^## /m)[1].split('\n')[0]).toBe('Working from a clone');
  });

  test('every example is in its own language, one per TypeScript example', () => {
    expect(examples.map((block) => block.language).filter((fence) => !fences.includes(fence))).toEqual([]);
    expect(examples).toHaveLength(SOURCE_EXAMPLES.length);
  });

  if (!language.startsWith('TypeScript')) {
    test.each(TYPESCRIPT_SYNTAX)('no example contains TypeScript syntax: %s', (_name, pattern) => {
      const offending = examples.flatMap((block) => block.code.split('\n').filter((line) => pattern.test(line)));
      expect(offending).toEqual([]);
    });
  }

  test('every string literal of each TypeScript example is unchanged (JSON keys, ids, URLs)', () => {
    SOURCE_EXAMPLES.forEach((source, i) => {
      const missing = stringLiterals(source.code).filter((literal) => !examples[i].code.includes(`"${literal}"`) && !examples[i].code.includes(`'${literal}'`));
      expect(missing).toEqual([]);
    });
  });

  test('no heading names another language', () => {
    const other = /\b(TypeScript|JavaScript|Python|Java|Go|C#|\.NET)\b/;
    expect(headings(readme).filter((heading) => other.test(heading) && !names.test(heading))).toEqual([]);
  });

  test('every link and image is absolute', () => {
    expect(linkTargets(readme).filter((target) => !isAbsoluteLink(target))).toEqual([]);
  });
});

/** What each package in dist/ declares, and what the README says it declares. */
describe('the README states what the packages declare', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const version: string = pkg.version;

  test('npm: the peer dependencies', () => {
    const packed = JSON.parse(execFileSync('tar', ['-xzOf', single(path.join(DIST, 'js'), '.tgz'), 'package/package.json'], { encoding: 'utf8' }));
    expect(SOURCE).toContain(`peer dependency \`${packed.peerDependencies['aws-cdk-lib']}\` (and \`constructs\` \`${packed.peerDependencies.constructs}\`)`);
    expect(SOURCE).toContain(`dist/js/${path.basename(single(path.join(DIST, 'js'), '.tgz'))}`);
  });

  test('Python: the wheel\'s Requires-Dist', () => {
    const wheel = single(path.join(DIST, 'python'), '.whl');
    const names = execFileSync('unzip', ['-Z1', wheel], { encoding: 'utf8' }).split('\n');
    const metadata = execFileSync('unzip', ['-p', wheel, names.find((name) => /\.dist-info\/METADATA$/.test(name))!], { encoding: 'utf8' });
    const requirement = (dist: string) => {
      const spec = new RegExp(`^Requires-Dist: ${dist} (.*)$`, 'm').exec(metadata)![1];
      return spec.split(',').sort().reverse().join(','); // >=low,<high
    };
    expect(SOURCE).toContain(`\`aws-cdk-lib${requirement('aws-cdk-lib')}\` (and \`constructs${requirement('constructs')}\`)`);
    expect(SOURCE).toContain(`dist/python/${path.basename(wheel)}`);
  });

  test('Java: the POM names one aws-cdk-lib 2.x release from 2.244.0 on, and the dependency shown is this version', () => {
    const pom = fs.readFileSync(path.join(DIST, 'java', 'io', 'github', 'cdk-cognito-user-pool-client', 'cdk-cognito-user-pool-client', version,
      `cdk-cognito-user-pool-client-${version}.pom`), 'utf8');
    const cdk = /<artifactId>aws-cdk-lib<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)![1];
    expect(cdk).toMatch(/^2\.\d+\.\d+$/);
    expect(Number(cdk.split('.')[1])).toBeGreaterThanOrEqual(244);
    expect(SOURCE).toContain('one release, the newest 2.x when the package was built (jsii-pacmak resolves the range 2.244.0 to 3.0.0 to it)');
    expect(SOURCE).toContain(`<artifactId>cdk-cognito-user-pool-client</artifactId>\n  <version>${version}</version>`);
  });

  test('Go: the module\'s go.mod', () => {
    const goMod = fs.readFileSync(path.join(DIST, 'go', 'cdkcognitouserpoolclient', 'go.mod'), 'utf8');
    const cdk = /^\s*github\.com\/aws\/aws-cdk-go\/awscdk\/v2 (v[\d.]+)$/m.exec(goMod)![1];
    expect(SOURCE).toContain(`\`github.com/aws/aws-cdk-go/awscdk/v2\` ${cdk} or later`);
  });
});
