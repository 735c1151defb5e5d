/**
 * Runs only against the current aws-cdk-lib (`npm run test:cdk-current`): `Validations.of(scope)
 * .acknowledge({ id, reason })`, aws-cdk-lib's newer acknowledgement API, is not in the lowest
 * version the peer dependency allows.
 */
import * as cdk from 'aws-cdk-lib';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient, UserPoolClientChecks } from '../../src';

const ID = 'cdk-cognito-user-pool-client::user-existence-errors';

/** aws-cdk-lib's `Validations` (2.276 and later), which the devDependency's types do not have. */
const { Validations } = cdk as unknown as { Validations: { of(scope: IConstruct): { acknowledge(...acks: Array<{ id: string; reason: string }>): void } } };

function stackWithClients(app: App, name: string): Stack {
  const stack = new Stack(app, name);
  const userPool = new UserPool(stack, 'Pool');
  new UserPoolClient(stack, 'Web', { userPool });
  new UserPoolClient(stack, 'Mobile', { userPool });
  return stack;
}

const acknowledged = (stack: Stack) => Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(`\\[ack: ${ID}\\]`)).length;

test('without an acknowledgement both clients warn', () => {
  expect(acknowledged(stackWithClients(new App(), 'One'))).toBe(2);
});

test('Validations.of(app).acknowledge({ id, reason }) removes the warning from every client', () => {
  const app = new App();
  const stacks = [stackWithClients(app, 'One'), stackWithClients(app, 'Two')];
  Validations.of(app).acknowledge({ id: ID, reason: 'internal tool: errors may reveal users' });
  expect(stacks.map(acknowledged)).toEqual([0, 0]);
});

test('Validations.of(stack).acknowledge, before the clients exist, keeps the warning from being added', () => {
  const app = new App();
  const stack = new Stack(app, 'One');
  Validations.of(stack).acknowledge({ id: ID, reason: 'internal tool' });
  const userPool = new UserPool(stack, 'Pool');
  new UserPoolClient(stack, 'Web', { userPool });
  expect(acknowledged(stack)).toBe(0);
  // another warning of the same client stays
  Annotations.fromStack(stack).hasWarning('/One/Web', Match.stringLikeRegexp('\\[ack: cdk-cognito-user-pool-client::implicit-grant\\]'));
});

test('Validations.of(client).acknowledge removes it from that client only', () => {
  const app = new App();
  const stack = stackWithClients(app, 'One');
  Validations.of(stack.node.findChild('Web')).acknowledge({ id: ID, reason: 'this one only' });
  expect(acknowledged(stack)).toBe(1);
});

test('a warning of a client UserPoolClientChecks checks is acknowledged with Validations the same way, at the app', () => {
  const app = new App();
  const stack = new Stack(app, 'One');
  Aspects.of(app).add(new UserPoolClientChecks());
  new UserPool(stack, 'Pool').addClient('Web', { disableOAuth: true });
  Validations.of(app).acknowledge({ id: ID, reason: 'internal tool' });
  expect(acknowledged(stack)).toBe(0);
  Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(ID));
});
