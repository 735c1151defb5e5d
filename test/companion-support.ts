// Helpers for the tests of a client's branding style and terms documents: a client in a fresh
// stack, the lines of the ValidationError a companion construct throws.
import { Errors } from 'aws-cdk-lib';
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { newStack, violationLines } from './rules-support';
import { ManagedLoginBranding, TermsDocuments, UserPoolClient } from '../src';
import type { ManagedLoginBrandingOptions, TermsDocumentsOptions } from '../src';

/** A stack with a pool and a client that signs users in with the authorization code grant. */
export function stackWithClient(): { stack: Stack; pool: UserPool; client: UserPoolClient } {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool');
  const client = new UserPoolClient(stack, 'Client', {
    userPool: pool,
    oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] },
    preventUserExistenceErrors: true,
  });
  return { stack, pool, client };
}

/** What constructing a companion did: the template, or the lines of the ValidationError it threw. */
export interface CompanionOutcome {
  readonly template?: Template;
  readonly lines?: string[];
}

function outcome(make: (client: UserPoolClient) => unknown): CompanionOutcome & { stack: Stack } {
  const { stack, client } = stackWithClient();
  try {
    make(client);
  } catch (error) {
    if (!Errors.isValidationError(error)) {
      throw error;
    }
    return { stack, lines: violationLines(error) };
  }
  return { stack, template: Template.fromStack(stack) };
}

/** A branding style for the test client, made with the construct (options untyped, as from JavaScript). */
export function branding(options: ManagedLoginBrandingOptions | Record<string, unknown>): CompanionOutcome {
  return outcome((client) => new ManagedLoginBranding(client.stack, 'Branding', { client, ...options } as never));
}

/** Terms documents for the test client, made with the construct (options untyped, as from JavaScript). */
export function terms(options: TermsDocumentsOptions | Record<string, unknown>): CompanionOutcome {
  return outcome((client) => new TermsDocuments(client.stack, 'Terms', { client, ...options } as never));
}

/** The error lines of an outcome; fails the test when the construct was created. */
export function linesOf(result: CompanionOutcome): string[] {
  if (result.lines === undefined) {
    throw new Error('expected a ValidationError, but the construct was created');
  }
  return result.lines;
}

/** The template of an outcome; fails the test with the error when the construct threw one. */
export function templateOf(result: CompanionOutcome): Template {
  if (result.template === undefined) {
    throw new Error(`expected no error, got: ${result.lines?.join('\n')}`);
  }
  return result.template;
}
