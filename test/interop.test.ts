/**
 * Our client is an aws-cdk-lib `IUserPoolClient`: the constructs of aws-cdk-lib that take one take
 * ours, and its construct tree, escape hatches and attributes are those of aws-cdk-lib's.
 */
import { App, Duration, RemovalPolicy, Stack, ValidationError } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as identitypool from 'aws-cdk-lib/aws-cognito-identitypool';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as actions from 'aws-cdk-lib/aws-elasticloadbalancingv2-actions';
import { UserPoolClient } from '../src';

function setup() {
  const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const userPool = new cognito.UserPool(stack, 'Pool');
  return { stack, userPool };
}

function webClient(stack: Stack, userPool: cognito.IUserPool, props: Partial<cognito.UserPoolClientProps> = {}) {
  return new UserPoolClient(stack, 'Client', {
    userPool,
    generateSecret: true,
    oAuth: { flows: { authorizationCodeGrant: true }, scopes: [cognito.OAuthScope.OPENID], callbackUrls: ['https://app.example.com/oauth2/idpresponse'] },
    ...props,
  });
}

function clientLogicalId(stack: Stack, client: UserPoolClient): string {
  return stack.getLogicalId(client.node.defaultChild as cognito.CfnUserPoolClient);
}

describe('elbv2_actions.AuthenticateCognitoAction', () => {
  test('an ALB listener authenticates with our client and references its Ref', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const domain = userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app-auth' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc, internetFacing: true });
    const listener = alb.addListener('Https', {
      port: 443,
      certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555')],
      defaultAction: new actions.AuthenticateCognitoAction({
        userPool,
        userPoolClient: client,
        userPoolDomain: domain,
        sessionTimeout: Duration.hours(8),
        next: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'signed in' }),
      }),
    });
    expect(listener).toBeDefined();

    const template = Template.fromStack(stack);
    const clientId = clientLogicalId(stack, client);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Protocol: 'HTTPS',
      DefaultActions: [
        {
          Type: 'authenticate-cognito',
          Order: 1,
          AuthenticateCognitoConfig: {
            UserPoolArn: { 'Fn::GetAtt': [stack.getLogicalId(userPool.node.defaultChild as cognito.CfnUserPool), 'Arn'] },
            UserPoolClientId: { Ref: clientId },
            UserPoolDomain: { Ref: stack.getLogicalId(domain.node.defaultChild as cognito.CfnUserPoolDomain) },
            SessionTimeout: '28800',
          },
        },
        { Type: 'fixed-response', Order: 2 },
      ],
    });
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  });
});

describe('other aws-cdk-lib constructs that take an IUserPoolClient', () => {
  test('identity pool: UserPoolAuthenticationProvider', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    new identitypool.IdentityPool(stack, 'Identities', {
      authenticationProviders: { userPools: [new identitypool.UserPoolAuthenticationProvider({ userPool, userPoolClient: client })] },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::IdentityPool', {
      CognitoIdentityProviders: [{ ClientId: { Ref: clientLogicalId(stack, client) } }],
    });
  });

  test('API Gateway v2: HttpUserPoolAuthorizer', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const authorizer = new authorizers.HttpUserPoolAuthorizer('Auth', userPool, { userPoolClients: [client] });
    const api = new apigwv2.HttpApi(stack, 'Api');
    api.addRoutes({
      path: '/hello',
      authorizer,
      integration: new (class extends apigwv2.HttpRouteIntegration {
        bind(): apigwv2.HttpRouteIntegrationConfig {
          return { type: apigwv2.HttpIntegrationType.HTTP_PROXY, uri: 'https://example.com', method: apigwv2.HttpMethod.ANY, payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_1_0 };
        }
      })('Backend'),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Audience: [{ Ref: clientLogicalId(stack, client) }] },
    });
  });

  test('UserPoolDomain.signInUrl takes aws-cdk-lib\'s class: ours works at run time, not at compile time', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const domain = userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app-auth' } });
    // signInUrl is typed with the class cognito.UserPoolClient (not IUserPoolClient); its private
    // members make ours a different type, so a cast is needed. At run time it reads only
    // userPoolClientId and oAuthFlows, which ours has.
    // @ts-expect-error `UserPoolClient` (ours) is not aws-cdk-lib's class `UserPoolClient`
    const url = domain.signInUrl(client, { redirectUri: 'https://app.example.com/oauth2/idpresponse' });
    expect(stack.resolve(url)).toEqual({
      'Fn::Join': ['', [
        'https://', { Ref: stack.getLogicalId(domain.node.defaultChild as cognito.CfnUserPoolDomain) },
        '.auth.eu-west-1.amazoncognito.com/login?client_id=', { Ref: clientLogicalId(stack, client) },
        '&response_type=code&redirect_uri=https://app.example.com/oauth2/idpresponse',
      ]],
    });
  });
});

describe('construct tree and escape hatches', () => {
  test('node.defaultChild is the CfnUserPoolClient with the id Resource', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const cfn = client.node.defaultChild;
    expect(cfn).toBeInstanceOf(cognito.CfnUserPoolClient);
    expect(cfn!.node.id).toBe('Resource');
    expect(client.node.findChild('Resource')).toBe(cfn);
    // The same logical ID as aws-cdk-lib's construct with the same id gives.
    expect(clientLogicalId(stack, client)).toBe('Client4A7F64DF');
  });

  test('addPropertyOverride and addOverride work', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const cfn = client.node.defaultChild as cognito.CfnUserPoolClient;
    cfn.addPropertyOverride('AccessTokenValidity', 15);
    cfn.addPropertyOverride('TokenValidityUnits.AccessToken', 'minutes');
    cfn.addOverride('DeletionPolicy', 'Retain');
    cfn.addOverride('UpdateReplacePolicy', 'Retain');
    const resource = Template.fromStack(stack).toJSON().Resources[clientLogicalId(stack, client)];
    expect(resource.Properties).toMatchObject({ AccessTokenValidity: 15, TokenValidityUnits: { AccessToken: 'minutes' } });
    expect(resource.DeletionPolicy).toBe('Retain');
  });

  test('the L1\'s properties can be changed through the escape hatch', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const cfn = client.node.defaultChild as cognito.CfnUserPoolClient;
    cfn.clientName = 'renamed';
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { ClientName: 'renamed' });
  });

  test('applyRemovalPolicy reaches the L1', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    client.applyRemovalPolicy(RemovalPolicy.RETAIN);
    Template.fromStack(stack).hasResource('AWS::Cognito::UserPoolClient', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('a dependency on the client is a dependency on the L1', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const other = new cognito.CfnUserPoolGroup(stack, 'Group', { userPoolId: userPool.userPoolId });
    other.node.addDependency(client);
    Template.fromStack(stack).hasResource('AWS::Cognito::UserPoolGroup', { DependsOn: [clientLogicalId(stack, client)] });
  });

  test('env, stack and the pool\'s region come from the scope', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    expect(client.stack).toBe(stack);
    expect(client.env).toEqual({ account: '123456789012', region: 'eu-west-1' });
  });
});

describe('attributes', () => {
  test('userPoolClientId is the Ref of the L1', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    expect(stack.resolve(client.userPoolClientId)).toEqual({ Ref: 'Client4A7F64DF' });
  });

  test('userPoolClientRef gives the pool id and the client id', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    expect(stack.resolve(client.userPoolClientRef)).toEqual({
      userPoolId: { Ref: stack.getLogicalId(userPool.node.defaultChild as cognito.CfnUserPool) },
      clientId: { Ref: 'Client4A7F64DF' },
    });
  });

  test('userPoolClientRef with a CfnUserPool', () => {
    const stack = new Stack(new App(), 'Stack');
    const cfnPool = new cognito.CfnUserPool(stack, 'Pool');
    const client = new UserPoolClient(stack, 'Client', { userPool: cfnPool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO] });
    expect(stack.resolve(client.userPoolClientRef)).toEqual({ userPoolId: { Ref: 'Pool' }, clientId: { Ref: 'Client4A7F64DF' } });
  });

  test('userPoolClientName throws without a name, as aws-cdk-lib\'s does', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool);
    const theirs = new cognito.UserPoolClient(stack, 'Theirs', { userPool });
    expect(() => client.userPoolClientName).toThrow(ValidationError);
    expect(() => client.userPoolClientName).toThrow('userPoolClientName is available only if specified on the UserPoolClient during initialization');
    expect(() => theirs.userPoolClientName).toThrow('userPoolClientName is available only if specified on the UserPoolClient during initialization');
  });

  test('userPoolClientName returns the name given', () => {
    const { stack, userPool } = setup();
    const client = webClient(stack, userPool, { userPoolClientName: 'web-app' });
    expect(client.userPoolClientName).toBe('web-app');
  });

  test('oAuthFlows: the flows given, the default ones, or {} with OAuth off', () => {
    const { stack, userPool } = setup();
    expect(webClient(stack, userPool).oAuthFlows).toEqual({ authorizationCodeGrant: true });
    expect(new UserPoolClient(stack, 'Default', { userPool }).oAuthFlows).toEqual({ implicitCodeGrant: true, authorizationCodeGrant: true });
    expect(new UserPoolClient(stack, 'Off', { userPool, disableOAuth: true }).oAuthFlows).toEqual({});
    // aws-cdk-lib reports its default flows even with OAuth off (the difference is deliberate).
    expect(new cognito.UserPoolClient(stack, 'TheirsOff', { userPool, disableOAuth: true }).oAuthFlows).toEqual({ implicitCodeGrant: true, authorizationCodeGrant: true });
  });
});

describe('UserPoolClient.fromUserPoolClientId', () => {
  test('imports a client by id, as aws-cdk-lib does', () => {
    const { stack } = setup();
    const imported = UserPoolClient.fromUserPoolClientId(stack, 'Imported', '1example23456789');
    expect(imported.userPoolClientId).toBe('1example23456789');
    expect(imported.userPoolClientRef.clientId).toBe('1example23456789');
    expect(imported.node.id).toBe('Imported');
    expect(imported.stack).toBe(stack);
    expect(() => imported.userPoolClientSecret).toThrow('UserPool Client Secret is not available for imported Clients');
    expect(() => imported.userPoolClientRef.userPoolId).toThrow('userPoolId is not available on UserPoolClient.fromUserPoolClientId().');
  });

  test('an imported client works in AuthenticateCognitoAction', () => {
    const { stack, userPool } = setup();
    const imported = UserPoolClient.fromUserPoolClientId(stack, 'Imported', '1example23456789');
    const domain = userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-app-auth' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc });
    alb.addListener('Https', {
      port: 443,
      certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555')],
      defaultAction: new actions.AuthenticateCognitoAction({
        userPool, userPoolClient: imported, userPoolDomain: domain, next: elbv2.ListenerAction.fixedResponse(200),
      }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      DefaultActions: [{ AuthenticateCognitoConfig: { UserPoolClientId: '1example23456789' } }, { Type: 'fixed-response' }],
    });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 0);
  });
});
