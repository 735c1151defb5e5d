/**
 * Runs only against the current aws-cdk-lib (`npm run test:cdk-current`): the devDependency is the
 * lowest version the peer dependency allows, which has no synth-time CloudFormation validation.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { UserPoolClient } from '../../src';
import { materialize, validSpec } from '../property-spec';
import { declareNamedAsOutsideApp } from '../util/outside-app';

/** The seed of the property tests (FC_SEED overrides it). */
const SEED = Number(process.env.FC_SEED ?? 20261123);

test('aws-cdk-lib\'s own CloudFormation validation, as errors, finds nothing in valid templates', () => {
  // The CloudFormation Validate plugin runs at synth unless turned off; this flag makes its findings errors.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-validate-'));
  const app = new App({ outdir, context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  fc.sample(validSpec, { seed: SEED, numRuns: 40 }).forEach((spec, i) => {
    const stack = new Stack(app, `Valid${i}`);
    const props = materialize(stack, spec);
    // the random props name providers, scopes and attributes their pool may have outside the app
    declareNamedAsOutsideApp(new UserPoolClient(stack, 'Client', props), props);
  });
  // the plugin prints its findings; the report file has them all
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(() => app.synth()).not.toThrow();
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const violations: Array<{ ruleName: string; severity: string; description: string }> = report.pluginReports.flatMap((r: any) => r.violations);
    expect(violations.filter((v) => v.severity === 'error')).toEqual([]);
    // the one warning: AWS::Pinpoint::App is from a service that will be shut down (our pinpoint-analytics warning says so too)
    expect(new Set(violations.map((v) => v.ruleName))).toEqual(new Set(violations.length > 0 ? ['W3696'] : []));
  } finally {
    quiet.mockRestore();
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
