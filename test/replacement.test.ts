/**
 * Switching an existing stack from aws-cdk-lib's `UserPoolClient` to ours must not change an app
 * client at all (a replaced client gets a new client id and secret, and signs every user out; a
 * changed one surprises every review). The real `cdk` CLI synthesizes the app as it was
 * (aws-cdk-lib's construct, and clients made with `userPool.addClient`) and diffs the app with
 * ours against that template, offline, with no AWS credentials.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCdk, transpile } from './util/cdk-cli';
import { CLIENT_TYPE, clientLogicalIds } from './util/compat';

const APPS = path.join('test', 'fixtures', 'replacement');

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

  test('the old app is aws-cdk-lib\'s construct (its secret comes from a custom resource), with clients made by addClient', () => {
    const types = Object.values<any>(oldTemplate.Resources).map((r) => r.Type);
    expect(types).toContain('Custom::DescribeCognitoUserPoolClient');
    expect(clientLogicalIds(oldTemplate)).toHaveLength(5);
    expect(clientLogicalIds(oldTemplate).filter((id) => id.startsWith('UserPool'))).toHaveLength(2);
  });

  test('the diff ran against the template, with differences', () => {
    expect(diff).toContain('Stack AuthStack');
    expect(diff).toMatch(/Number of stacks with differences: 1/);
  });

  test('every client keeps its logical ID, those made by addClient too', () => {
    expect(clientLogicalIds(newTemplate)).toEqual(clientLogicalIds(oldTemplate));
  });

  test('no client is added, removed, replaced or modified: the diff does not name one', () => {
    expect(lines.filter((line) => line.includes(CLIENT_TYPE))).toEqual([]);
  });

  test('every client\'s properties are byte for byte the old ones', () => {
    for (const id of clientLogicalIds(oldTemplate)) {
      expect(JSON.stringify(newTemplate.Resources[id].Properties)).toEqual(JSON.stringify(oldTemplate.Resources[id].Properties));
    }
  });

  test('nothing at all is replaced', () => {
    expect(diff).not.toMatch(/replace/i);
  });

  test('what the switch changes: the custom resource that read the secret, its role and policy go; the secret reads Fn::GetAtt ClientSecret', () => {
    const removed = lines.flatMap((line) => {
      const match = /^\[-\] (\S+) (\S+) /.exec(line);
      return match ? [`${match[1]} ${match[2]}`] : [];
    });
    expect(removed.map((r) => r.split(' ')[0]).sort()).toEqual(['AWS::IAM::Policy', 'AWS::IAM::Role', 'AWS::Lambda::Function', 'Custom::DescribeCognitoUserPoolClient']);
    expect(lines.filter((line) => line.startsWith('[+]'))).toEqual([]);
    const modified = lines.flatMap((line) => {
      const match = /^\[~\] (\S+) (\S+) /.exec(line);
      return match ? [`${match[1]} ${match[2]}`] : [];
    });
    expect(modified).toEqual(['AWS::SecretsManager::Secret MachineClientSecret']);
    const machine = clientLogicalIds(newTemplate).find((id) => id.startsWith('MachineClient'));
    expect(JSON.stringify(newTemplate.Resources.MachineClientSecret68064239.Properties.SecretString))
      .toContain(JSON.stringify({ 'Fn::GetAtt': [machine, 'ClientSecret'] }));
  });

  test('the removed function\'s log group is not in the template: it stays in the account', () => {
    // aws-cdk-lib's AwsCustomResource function logs to the default group /aws/lambda/<name>, which
    // Lambda creates at run time; CloudFormation never owned it, so it is not deleted with the function.
    const types = Object.values<any>(oldTemplate.Resources).map((r) => r.Type);
    expect(types).toContain('AWS::Lambda::Function');
    expect(types).not.toContain('AWS::Logs::LogGroup');
  });

  test('rewriting an addClient client in the stack\'s scope instead would replace it', () => {
    const result = runCdk(['diff', 'AuthStack', '--app', `node ${path.join(APPS, 'app-ours-stack-scope.js')}`, '--output', 'wrong.out',
      '--template', path.join('before.out', 'AuthStack.template.json'), '--fail-on', 'never'], dir);
    expect(result).toMatchObject({ status: 0 });
    const wrong = result.output.split('\n');
    const added = wrong.filter((line) => line.startsWith(`[+] ${CLIENT_TYPE}`));
    const removed = wrong.filter((line) => line.startsWith(`[-] ${CLIENT_TYPE}`));
    expect(added.map((line) => line.split(' ')[2])).toEqual(['AppClient', 'DefaultClient']);
    expect(removed.map((line) => line.split(' ')[2])).toEqual(['UserPool/AppClient', 'UserPool/DefaultClient']);
  }, 180_000);

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
