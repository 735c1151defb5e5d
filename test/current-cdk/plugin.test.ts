/**
 * Runs only against the current aws-cdk-lib (`npm run test:cdk-current`): UserPoolClientChecks as
 * a validation plugin (`Validations.of(app).addPlugins`, aws-cdk-lib 2.251 and later; the app's
 * constructs reach plugins from 2.258.1 on), its findings in `validation-report.json`, and
 * `Validations.acknowledge` on them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import type { IConstruct } from 'constructs';
import { UserPoolClientChecks } from '../../src';

/** aws-cdk-lib's `Validations` (2.251 and later), which the devDependency's types do not have. */
const { Validations } = cdk as unknown as {
  Validations: { of(scope: IConstruct): { addPlugins(...plugins: unknown[]): void; acknowledge(...acks: Array<{ id: string; reason: string }>): void } };
};

const HTTP_CLIENT = { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['http://app.example.com/cb'] }, preventUserExistenceErrors: true };

/** The pool, with a domain for its sign-in pages (a browser flow on a pool without one is warned of). */
function withDomain(pool: UserPool): UserPool {
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } });
  return pool;
}

function appWithPlugin(): { app: App; stack: Stack; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  const app = new App({ outdir });
  Validations.of(app).addPlugins(new UserPoolClientChecks());
  const stack = new Stack(app, 'Stack');
  return { app, stack, outdir };
}

function report(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
}

function ourViolations(outdir: string): any[] {
  return report(outdir).pluginReports.filter((r: any) => r.pluginName === 'cdk-cognito-user-pool-client').flatMap((r: any) => r.violations);
}

test('its findings fail the synthesis and go into validation-report.json, each with the client and the line', () => {
  const { app, stack, outdir } = appWithPlugin();
  withDomain(new UserPool(stack, 'Pool')).addClient('Client', HTTP_CLIENT);
  expect(() => app.synth()).toThrow(/must use https/);
  const [violation] = ourViolations(outdir);
  expect(violation).toMatchObject({
    ruleName: 'url-https',
    severity: 'error',
    violatingConstructs: [{
      constructPath: 'Stack/Pool/Client/Resource',
      cloudFormationResource: {
        templatePath: 'Stack.template.json',
        propertyPaths: ['oAuth.callbackUrls[0]: "http://app.example.com/cb" must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port) [url-https]'],
      },
    }],
  });
});

test('Validations.acknowledge takes an error of the report, by the id the report prints, at the scope given', () => {
  const { app, stack, outdir } = appWithPlugin();
  const pool = withDomain(new UserPool(stack, 'Pool'));
  pool.addClient('Client', HTTP_CLIENT);
  Validations.of(stack).acknowledge({ id: 'cdk-cognito-user-pool-client::url-https', reason: 'a test environment behind a proxy' });
  expect(() => app.synth()).not.toThrow();
  expect(ourViolations(outdir).filter((v) => v.ruleName === 'url-https')).toEqual([]);
});

test('the App prop policyValidationBeta1 (every jsii language) takes the checks too', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  const app = new App({ outdir, policyValidationBeta1: [new UserPoolClientChecks()] });
  withDomain(new UserPool(new Stack(app, 'Stack'), 'Pool')).addClient('Client', HTTP_CLIENT);
  expect(() => app.synth()).toThrow(/must use https/);
  expect(ourViolations(outdir).map((v) => v.ruleName)).toEqual(['url-https']);
});

test('a client the aspect checks is not reported again by the plugin', () => {
  const { app, stack, outdir } = appWithPlugin();
  Aspects.of(app).add(new UserPoolClientChecks());
  new UserPool(stack, 'Pool').addClient('Client', { ...HTTP_CLIENT, oAuth: { ...HTTP_CLIENT.oAuth, flows: { implicitCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] } });
  app.synth();
  expect(ourViolations(outdir)).toEqual([]);
});
