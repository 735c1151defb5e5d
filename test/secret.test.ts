/**
 * `userPoolClientSecret` is `Fn::GetAtt [client, ClientSecret]`: no custom resource, no Lambda
 * function, no IAM policy.
 */
import { App, CfnOutput, SecretValue, Stack, ValidationError } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { UserPoolClient } from '../src';

const LOGICAL_ID = 'Client4A7F64DF';
const GET_ATT = { 'Fn::GetAtt': [LOGICAL_ID, 'ClientSecret'] };

function setup(props: Partial<cognito.UserPoolClientProps> = { generateSecret: true }) {
  const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  userPool.addResourceServer('Api', { identifier: 'https://api.example.com', scopes: [{ scopeName: 'read', scopeDescription: 'Read' }] });
  const client = new UserPoolClient(stack, 'Client', {
    userPool,
    oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('https://api.example.com/read')] },
    ...props,
  });
  return { stack, userPool, client };
}

/** The resource types of a template, sorted, with repeats. */
function resourceTypes(stack: Stack): string[] {
  return Object.values<any>(Template.fromStack(stack).toJSON().Resources).map((r) => r.Type).sort();
}

test('resolves to Fn::GetAtt [client, ClientSecret]', () => {
  const { stack, client } = setup();
  expect(client.userPoolClientSecret).toBeInstanceOf(SecretValue);
  expect(stack.resolve(client.userPoolClientSecret)).toEqual(GET_ATT);
  expect(stack.resolve(client.userPoolClientSecret.unsafeUnwrap())).toEqual(GET_ATT);
});

test('reading it twice gives the same value and adds nothing', () => {
  const { stack, client } = setup();
  const childrenBefore = client.node.children.length;
  expect(stack.resolve(client.userPoolClientSecret)).toEqual(stack.resolve(client.userPoolClientSecret));
  expect(client.node.children.length).toBe(childrenBefore);
  expect(client.node.children.map((c) => c.node.id)).toEqual(['Resource']);
});

test('in a CfnOutput', () => {
  const { stack, client } = setup();
  new CfnOutput(stack, 'ClientSecret', { value: client.userPoolClientSecret.unsafeUnwrap() });
  Template.fromStack(stack).hasOutput('ClientSecret', { Value: GET_ATT });
});

test('as a Secrets Manager secretStringValue', () => {
  const { stack, client } = setup();
  new secretsmanager.Secret(stack, 'Secret', { secretStringValue: client.userPoolClientSecret });
  Template.fromStack(stack).hasResourceProperties('AWS::SecretsManager::Secret', { SecretString: GET_ATT });
});

test('in a Secrets Manager secretObjectValue', () => {
  const { stack, client } = setup();
  new secretsmanager.Secret(stack, 'Secret', {
    secretObjectValue: {
      clientId: SecretValue.unsafePlainText(client.userPoolClientId),
      clientSecret: client.userPoolClientSecret,
    },
  });
  Template.fromStack(stack).hasResourceProperties('AWS::SecretsManager::Secret', {
    SecretString: { 'Fn::Join': ['', ['{"clientId":"', { Ref: LOGICAL_ID }, '","clientSecret":"', GET_ATT, '"}']] },
  });
});

test('no custom resource, Lambda function or IAM policy beyond what the pool has', () => {
  const withSecret = setup();
  new secretsmanager.Secret(withSecret.stack, 'Secret', { secretStringValue: withSecret.client.userPoolClientSecret });
  new CfnOutput(withSecret.stack, 'ClientSecret', { value: withSecret.client.userPoolClientSecret.unsafeUnwrap() });

  const poolOnly = new Stack(new App(), 'Stack');
  new cognito.UserPool(poolOnly, 'Pool');

  const types = resourceTypes(withSecret.stack);
  expect(types.filter((t) => t.startsWith('Custom::') || t === 'AWS::CloudFormation::CustomResource')).toEqual([]);
  expect(types).not.toContain('AWS::Lambda::Function');
  expect(types.filter((t) => t.startsWith('AWS::IAM::'))).toEqual(resourceTypes(poolOnly).filter((t) => t.startsWith('AWS::IAM::')));
  expect(types).toEqual(['AWS::Cognito::UserPool', 'AWS::Cognito::UserPoolClient', 'AWS::Cognito::UserPoolResourceServer', 'AWS::SecretsManager::Secret']);
});

test('aws-cdk-lib, by contrast, reads it with a custom resource, a Lambda function and a policy', () => {
  const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  const theirs = new cognito.UserPoolClient(stack, 'Client', { userPool, generateSecret: true });
  new secretsmanager.Secret(stack, 'Secret', { secretStringValue: theirs.userPoolClientSecret });
  const types = resourceTypes(stack);
  expect(types).toContain('Custom::DescribeCognitoUserPoolClient');
  expect(types).toContain('AWS::Lambda::Function');
  expect(types).toContain('AWS::IAM::Policy');
});

test('without generateSecret, reading it throws a ValidationError', () => {
  const { client } = setup({ generateSecret: undefined, oAuth: undefined });
  expect(() => client.userPoolClientSecret).toThrow(ValidationError);
  expect(() => client.userPoolClientSecret).toThrow('userPoolClientSecret is available only if generateSecret is set to true.');
});

test('with generateSecret: false, reading it throws a ValidationError', () => {
  const { client } = setup({ generateSecret: false, oAuth: undefined });
  expect(() => client.userPoolClientSecret).toThrow(ValidationError);
});

test('a client with a secret but OAuth off still has it', () => {
  const { stack, client } = setup({ generateSecret: true, oAuth: undefined, disableOAuth: true });
  expect(stack.resolve(client.userPoolClientSecret)).toEqual(GET_ATT);
});

test('a generated secret is rendered as GenerateSecret: true', () => {
  const { stack } = setup();
  Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { GenerateSecret: true });
});
