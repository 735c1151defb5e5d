/**
 * Switching an existing stack from aws-cdk-lib's `UserPoolClient` to ours must not replace an app
 * client (a replaced client gets a new client id and secret, and signs every user out). The real
 * `cdk` CLI synthesizes the app as it was (aws-cdk-lib's construct) and diffs the app with ours
 * against that template, offline, with no AWS credentials.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCdk, transpile } from './util/cdk-cli';
import { CLIENT_TYPE, clientLogicalIds } from './util/compat';

const APPS = path.join('test', 'fixtures', 'replacement');

/** The lines of the diff's resource block that starts with `header`, up to the next resource. */
function resourceBlock(lines: string[], header: number): string[] {
  const block = [lines[header]];
  for (const line of lines.slice(header + 1)) {
    if (!/^\s+\S/.test(line) || /^\[[-+~ ]\]/.test(line)) {
      break;
    }
    block.push(line);
  }
  return block;
}

describe('cdk diff: aws-cdk-lib\'s UserPoolClient -> ours', () => {
  let dir: string;
  let oldTemplate: Record<string, any>;
  let newTemplate: Record<string, any>;
  let diff: string;
  let lines: string[];

  beforeAll(() => {
    dir = transpile([APPS]);
    const synth = runCdk(['synth', '--app', `node ${path.join(APPS, 'app-aws-cdk-lib.js')}`, '--output', 'before.out', '--quiet'], dir);
    expect(synth).toMatchObject({ status: 0 });
    oldTemplate = JSON.parse(fs.readFileSync(path.join(dir, 'before.out', 'AuthStack.template.json'), 'utf8'));

    const result = runCdk(['diff', 'AuthStack', '--app', `node ${path.join(APPS, 'app-ours.js')}`, '--output', 'after.out',
      '--template', path.join('before.out', 'AuthStack.template.json'), '--fail-on', 'never'], dir);
    expect(result).toMatchObject({ status: 0 });
    diff = result.output;
    lines = diff.split('\n');
    newTemplate = JSON.parse(fs.readFileSync(path.join(dir, 'after.out', 'AuthStack.template.json'), 'utf8'));
  }, 300_000);

  afterAll(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the old app is aws-cdk-lib\'s construct (its secret comes from a custom resource)', () => {
    const types = Object.values<any>(oldTemplate.Resources).map((r) => r.Type);
    expect(types).toContain('Custom::DescribeCognitoUserPoolClient');
    expect(clientLogicalIds(oldTemplate)).toHaveLength(3);
  });

  test('the diff ran against the template, with differences', () => {
    expect(diff).toContain('Stack AuthStack');
    expect(diff).toMatch(/Number of stacks with differences: 1/);
  });

  test('every client keeps its logical ID', () => {
    expect(clientLogicalIds(newTemplate)).toEqual(clientLogicalIds(oldTemplate));
  });

  test('no client is added, removed or replaced', () => {
    expect(lines.filter((line) => line.startsWith(`[+] ${CLIENT_TYPE}`) || line.startsWith(`[-] ${CLIENT_TYPE}`))).toEqual([]);
    const headers = lines.flatMap((line, i) => (line.startsWith(`[~] ${CLIENT_TYPE}`) ? [i] : []));
    for (const header of headers) {
      const block = resourceBlock(lines, header).join('\n');
      expect(block).not.toMatch(/replace/i);
    }
  });

  test('nothing at all is replaced', () => {
    expect(diff).not.toMatch(/replace/i);
  });

  test('the client with token validities is modified in place: only the units change', () => {
    const header = lines.findIndex((line) => line.startsWith(`[~] ${CLIENT_TYPE} MobileClient `));
    expect(header).toBeGreaterThanOrEqual(0);
    const changed = resourceBlock(lines, header).flatMap((line) => {
      const match = /[├└]─ \[~\] (\w+)$/.exec(line);
      return match ? [match[1]] : [];
    });
    expect(changed).toEqual(['AccessTokenValidity', 'IdTokenValidity', 'RefreshTokenValidity', 'TokenValidityUnits']);
  });

  test('the web and machine clients do not change at all', () => {
    expect(diff).not.toMatch(new RegExp(`${CLIENT_TYPE} WebClient `));
    expect(diff).not.toMatch(new RegExp(`${CLIENT_TYPE} MachineClient `));
  });

  test('the custom resource that read the secret goes, the secret now reads Fn::GetAtt ClientSecret', () => {
    expect(diff).toMatch(/\[-\] Custom::DescribeCognitoUserPoolClient /);
    expect(diff).toMatch(/\[~\] AWS::SecretsManager::Secret MachineClientSecret /);
    const machine = clientLogicalIds(newTemplate).find((id) => id.startsWith('MachineClient'));
    expect(JSON.stringify(newTemplate.Resources.MachineClientSecret68064239.Properties.SecretString))
      .toContain(JSON.stringify({ 'Fn::GetAtt': [machine, 'ClientSecret'] }));
  });

  test('control: the same diff does report a replacement when there is one', () => {
    // A template in which the mobile client had a secret: GenerateSecret cannot change in place.
    const withSecret = JSON.parse(JSON.stringify(oldTemplate));
    const mobile = clientLogicalIds(withSecret).find((id) => id.startsWith('MobileClient'))!;
    withSecret.Resources[mobile].Properties.GenerateSecret = true;
    fs.writeFileSync(path.join(dir, 'control.template.json'), JSON.stringify(withSecret));
    const result = runCdk(['diff', 'AuthStack', '--app', path.join(dir, 'after.out'), '--template', 'control.template.json', '--fail-on', 'never'], dir);
    expect(result.output).toMatch(new RegExp(`\\[~\\] ${CLIENT_TYPE} MobileClient ${mobile} (may be )?replace`));
  }, 120_000);
});
