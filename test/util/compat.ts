import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../../src';
import { declareNamedAsOutsideApp } from './outside-app';

/** The CloudFormation type both constructs create. */
export const CLIENT_TYPE = 'AWS::Cognito::UserPoolClient';

/** Which construct builds the client. */
export type Library = 'aws-cdk-lib' | 'ours';

/** The logical IDs of the user pool clients in a template. */
export function clientLogicalIds(template: Record<string, any>): string[] {
  return Object.entries<any>(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === CLIENT_TYPE)
    .map(([logicalId]) => logicalId);
}

/** Builds the pool and whatever else the client needs in `stack`, and returns the client's props. */
export type BuildProps = (stack: Stack) => cognito.UserPoolClientProps;

/** The result of building the same client with one library. */
export interface Built {
  readonly stack: Stack;
  readonly client: cognito.IUserPoolClient & { readonly oAuthFlows: cognito.OAuthFlows };
  readonly template: Record<string, any>;
  readonly props: cognito.UserPoolClientProps;
}

/**
 * Builds a client with the construct id `Client` in a stack `Stack` of a fresh app, with
 * aws-cdk-lib's construct or ours. `after` runs after the client is created.
 */
export function buildWith(library: Library, build: BuildProps, after?: (stack: Stack) => void): Built {
  const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const props = build(stack);
  const client = library === 'aws-cdk-lib'
    ? new cognito.UserPoolClient(stack, 'Client', props)
    : new UserPoolClient(stack, 'Client', props);
  if (client instanceof UserPoolClient) {
    // The pool's providers, resource servers and attributes are the whole-app tests' concern.
    declareNamedAsOutsideApp(client, props as never);
  }
  after?.(stack);
  return { stack, client, props, template: Template.fromStack(stack).toJSON() };
}

/** The properties of the one user pool client of a template. */
export function clientProperties(template: Record<string, any>): Record<string, any> {
  const ids = clientLogicalIds(template);
  if (ids.length !== 1) {
    throw new Error(`expected one ${CLIENT_TYPE}, found ${ids.length}`);
  }
  return template.Resources[ids[0]].Properties;
}

/** A user pool with the construct id `Pool`. */
export function pool(stack: Stack): cognito.UserPool {
  return new cognito.UserPool(stack, 'Pool');
}
