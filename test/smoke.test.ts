import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../src';

test('a client on a pool synthesizes one AWS::Cognito::UserPoolClient', () => {
  const stack = new Stack(new App(), 'Stack');
  new UserPoolClient(stack, 'Client', { userPool: new UserPool(stack, 'Pool') });
  Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 1);
});
