/**
 * Snapshots of representative stacks, beside assertions on what matters in each. A change to a
 * snapshot is a change to what users deploy: review it as such.
 */
import { App, CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { UserPoolClient } from '../src';

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

function webClientStack(): Stack {
  const stack = newStack();
  const userPool = new cognito.UserPool(stack, 'UserPool');
  // The sign-in pages the code grant sends users to.
  userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-app-auth' } });
  new UserPoolClient(stack, 'WebClient', {
    userPool,
    userPoolClientName: 'web',
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
      callbackUrls: ['https://app.example.com/auth/callback', 'http://localhost:3000/auth/callback'],
      logoutUrls: ['https://app.example.com/'],
      defaultRedirectUri: 'https://app.example.com/auth/callback',
    },
    preventUserExistenceErrors: true,
  });
  return stack;
}

function machineClientStack(): Stack {
  const stack = newStack();
  const userPool = new cognito.UserPool(stack, 'UserPool');
  const read = new cognito.ResourceServerScope({ scopeName: 'orders.read', scopeDescription: 'Read orders' });
  const api = userPool.addResourceServer('OrdersApi', { identifier: 'orders', scopes: [read] });
  const client = new UserPoolClient(stack, 'MachineClient', {
    userPool,
    userPoolClientName: 'reporting-job',
    generateSecret: true,
    oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(api, read)] },
    preventUserExistenceErrors: true,
  });
  new secretsmanager.Secret(stack, 'MachineClientSecret', { secretStringValue: client.userPoolClientSecret });
  new CfnOutput(stack, 'MachineClientId', { value: client.userPoolClientId });
  return stack;
}

function tokenValidityStack(): Stack {
  const stack = newStack();
  const userPool = new cognito.UserPool(stack, 'UserPool');
  new UserPoolClient(stack, 'MobileClient', {
    userPool,
    disableOAuth: true,
    authFlows: { userSrp: true },
    preventUserExistenceErrors: true,
    idTokenValidity: Duration.minutes(60),
    accessTokenValidity: Duration.seconds(330),
    refreshTokenValidity: Duration.days(30),
    authSessionValidity: Duration.minutes(5),
    refreshTokenRotationGracePeriod: Duration.seconds(20),
  });
  return stack;
}

describe('web client with the authorization code grant', () => {
  const stack = webClientStack();
  const template = Template.fromStack(stack);

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('code grant only, the URLs given, openid scopes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://app.example.com/auth/callback', 'http://localhost:3000/auth/callback'],
      LogoutURLs: ['https://app.example.com/'],
      DefaultRedirectURI: 'https://app.example.com/auth/callback',
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
      GenerateSecret: Match.absent(),
    });
  });

  test('no warnings: no implicit grant, no placeholder URL, user existence errors prevented', () => {
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('cdk-cognito-user-pool-client'))).toEqual([]);
  });
});

describe('machine client with client credentials and a resource-server scope', () => {
  const stack = machineClientStack();
  const template = Template.fromStack(stack);

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('client credentials, the resource-server scope, a secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: Match.stringLikeRegexp('^UserPoolOrdersApi') }, '/orders.read']] }],
      CallbackURLs: Match.absent(),
    });
  });

  test('the secret goes into Secrets Manager through Fn::GetAtt, with no custom resource', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      SecretString: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MachineClient'), 'ClientSecret'] },
    });
    template.resourceCountIs('AWS::Lambda::Function', 0);
    expect(Object.values<any>(template.toJSON().Resources).filter((r) => r.Type.startsWith('Custom::'))).toEqual([]);
  });
});

describe('client with token validities', () => {
  const template = Template.fromStack(tokenValidityStack());

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });

  test('each validity in minutes, or in seconds when not whole minutes; rotation instead of ALLOW_REFRESH_TOKEN_AUTH', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      IdTokenValidity: 60,
      AccessTokenValidity: 330,
      RefreshTokenValidity: 43_200,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'seconds', RefreshToken: 'minutes' },
      AuthSessionValidity: 5,
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 20 },
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
      AllowedOAuthFlowsUserPoolClient: false,
      AllowedOAuthFlows: Match.absent(),
      AllowedOAuthScopes: Match.absent(),
      CallbackURLs: Match.absent(),
    });
  });
});
