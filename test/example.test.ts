/**
 * The example app in `examples/` synthesizes with the real `cdk` CLI, offline, with its own
 * `cdk.json`: no error, no template validation finding, no warning. The library is this
 * checkout's `src/` (transpiled) in place of the built `lib/` that `npm run example` uses.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REPO, runCdk, transpile } from './util/cdk-cli';
import { CLIENT_TYPE, clientLogicalIds } from './util/compat';

describe('examples/ synthesized by the cdk CLI', () => {
  let dir: string;
  let synth: { status: number; output: string };
  let outdir: string;

  beforeAll(() => {
    // The same layout as a build: examples/build/*.js next to examples/cdk.json, and lib/ at the top.
    dir = transpile([{ from: 'examples', to: path.join('examples', 'build') }]);
    // The app imports the library by its package name, which Node resolves to the package that
    // holds the app (package self-reference through `exports`), as in this repository.
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cdk-cognito-user-pool-client', exports: { '.': './src/index.js' } }));
    fs.copyFileSync(path.join(REPO, 'examples', 'cdk.json'), path.join(dir, 'examples', 'cdk.json'));
    synth = runCdk(['synth', '--quiet'], path.join(dir, 'examples'));
    outdir = path.join(dir, 'examples', 'cdk.out');
  }, 300_000);

  afterAll(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('synth succeeds', () => {
    expect(synth.output).not.toMatch(/error/i);
    expect(synth.status).toBe(0);
  });

  test('cdk.json writes to cdk.out and turns template validation findings into errors', () => {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(REPO, 'examples', 'cdk.json'), 'utf8'));
    expect(cdkJson.output).toBe('cdk.out');
    expect(cdkJson.context['@aws-cdk/core:validateAgainstDefaultRules']).toBe(true);
  });

  test('no template validation finding', () => {
    const reportFile = path.join(outdir, 'validation-report.json');
    if (fs.existsSync(reportFile)) {
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
      expect(report.pluginReports.flatMap((r: any) => r.violations ?? [])).toEqual([]);
    }
    expect(synth.output).not.toMatch(/Template validation found issues/);
  });

  test('no error or warning annotation (ours included)', () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(outdir, 'ShopAuthStack.metadata.json'), 'utf8'));
    const entries = Object.values<any[]>(metadata).flat().filter((e) => e.type === 'aws:cdk:error' || e.type === 'aws:cdk:warning');
    expect(entries).toEqual([]);
  });

  test('four app clients: web with its branding style and terms documents, machine with its secret in Secrets Manager, mobile with token validities, back office checked', () => {
    const template = JSON.parse(fs.readFileSync(path.join(outdir, 'ShopAuthStack.template.json'), 'utf8'));
    const clients = Object.fromEntries(clientLogicalIds(template).map((id) => [id.replace(/[0-9A-F]{8}$/, ''), template.Resources[id]]));
    expect(Object.keys(clients).sort()).toEqual(['MobileClient', 'ReportingClient', 'UserPoolAdminClient', 'WebClient']);
    const logicalId = (name: string) => clientLogicalIds(template).find((id) => id.replace(/[0-9A-F]{8}$/, '') === name)!;
    expect(Object.values(clients).every((c: any) => c.Type === CLIENT_TYPE)).toBe(true);

    expect(clients.WebClient.Properties).toMatchObject({ AllowedOAuthFlows: ['code'], CallbackURLs: expect.arrayContaining(['https://shop.example.com/auth/callback']) });
    expect(clients.ReportingClient.Properties).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], GenerateSecret: true });
    expect(clients.MobileClient.Properties).toMatchObject({
      IdTokenValidity: 30, RefreshTokenValidity: 86_400, TokenValidityUnits: { IdToken: 'minutes', RefreshToken: 'minutes' },
    });

    const webClientRef = { Ref: logicalId('WebClient') };
    const ofWebClient = (type: string) => Object.values<any>(template.Resources).filter((r) => r.Type === type && JSON.stringify(r.Properties.ClientId) === JSON.stringify(webClientRef));
    expect(ofWebClient('AWS::Cognito::ManagedLoginBranding').map((r) => r.Properties.UseCognitoProvidedValues)).toEqual([true]);
    expect(ofWebClient('AWS::Cognito::Terms').map((r) => [r.Properties.TermsName, r.Properties.Links['cognito:default']])).toEqual([
      ['terms-of-use', 'https://shop.example.com/terms'],
      ['privacy-policy', 'https://shop.example.com/privacy'],
    ]);

    // aws-cdk-lib's client, checked: deployed after the resource server whose scope it names.
    const server = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::Cognito::UserPoolResourceServer');
    expect(clients.UserPoolAdminClient.DependsOn).toEqual([server]);

    const types = Object.values<any>(template.Resources).map((r) => r.Type);
    expect(types.filter((t) => t.startsWith('Custom::') || t === 'AWS::Lambda::Function')).toEqual([]);
    const secret = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::SecretsManager::Secret');
    expect(JSON.stringify(secret.Properties.SecretString)).toContain(JSON.stringify({ 'Fn::GetAtt': [logicalId('ReportingClient'), 'ClientSecret'] }));
  });
});
