/**
 * Features of aws-cdk-lib that came after the lowest version this library supports (the
 * devDependency): the tests use them where they exist, so that the same tests run against the
 * lowest and the current aws-cdk-lib (`npm run test:cdk-current`).
 */
import * as cdk from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * App props that turn off the CloudFormation template validation aws-cdk-lib 2.27x runs at synth
 * (its engine's start-up costs seconds per test file); older versions have none to turn off.
 */
export const NO_CFN_VALIDATION: cdk.AppProps = { builtinCloudFormationValidation: false } as Record<string, unknown>;

/** Acknowledges a finding of that validation, where aws-cdk-lib has it (`Validations`). */
export function acknowledgeValidation(scope: IConstruct, id: string, reason: string): void {
  const validations = (cdk as Record<string, any>).Validations;
  validations?.of(scope).acknowledge({ id, reason });
}
