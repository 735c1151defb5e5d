// UserPoolClientChecks: the rules and the deploy order for app clients our construct did not make
// (aws-cdk-lib's UserPoolClient, pool.addClient, a raw CfnUserPoolClient), read as CloudFormation
// receives them.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Annotations, Aspects, CfnParameter, Duration, Lazy, NestedStack, SecretValue, Stack, Stage, Token } from 'aws-cdk-lib';
import type { IPolicyValidationContextBeta1 } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Annotations as Warnings, Match, Template } from 'aws-cdk-lib/assertions';
import {
  CfnManagedLoginBranding, CfnTerms, CfnUserPool, CfnUserPoolClient, CfnUserPoolIdentityProvider, CfnUserPoolResourceServer, ManagedLoginVersion, OAuthScope, ResourceServerScope, UserPool,
  UserPoolClient as CdkUserPoolClient, UserPoolClientIdentityProvider, UserPoolIdentityProviderGoogle,
} from 'aws-cdk-lib/aws-cognito';
import type { CfnUserPoolClientProps, UserPoolClientOptions } from 'aws-cdk-lib/aws-cognito';
import { Role } from 'aws-cdk-lib/aws-iam';
import { UserPoolClient, UserPoolClientChecks } from '../src';
import { APP_RULES, RULES } from '../src/rules/table';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { synthErrors } from './util/synth-errors';

function checkedApp(): { app: App; stack: Stack; pool: UserPool } {
  const app = new App(NO_CFN_VALIDATION);
  const stack = new Stack(app, 'Stack');
  Aspects.of(app).add(new UserPoolClientChecks());
  return { app, stack, pool: new UserPool(stack, 'Pool') };
}

/** The errors of one aws-cdk-lib client made with `pool.addClient`. */
function cdkClientErrors(options: UserPoolClientOptions): string[] {
  const { app, pool } = checkedApp();
  pool.addClient('Client', options);
  return synthErrors(app);
}

/** The errors of one raw L1 client on a new pool. */
function l1ClientErrors(props: Omit<CfnUserPoolClientProps, 'userPoolId'>): string[] {
  const { app, stack, pool } = checkedApp();
  new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, ...props });
  return synthErrors(app);
}

const HTTPS = 'must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port) [url-https]';

describe('aws-cdk-lib clients: each error named as the L2 prop', () => {
  test('a callback URL over http', () => {
    expect(cdkClientErrors({ oAuth: { callbackUrls: ['https://ok.example.com', 'http://app.example.com/cb'] } }))
      .toEqual([`[Stack/Pool/Client] oAuth.callbackUrls[1]: "http://app.example.com/cb" ${HTTPS}`]);
  });

  test('a provider name Cognito refuses, and a client name', () => {
    expect(cdkClientErrors({ userPoolClientName: 'web/app', supportedIdentityProviders: [UserPoolClientIdentityProvider.custom('ab')] })).toEqual([
      '[Stack/Pool/Client] supportedIdentityProviders[0]: "ab" must be COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon or the name of a provider that can be registered: 3 to 32 letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character [identity-provider-name]',
      '[Stack/Pool/Client] userPoolClientName: "web/app" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]',
      '[Stack/Pool/Client] supportedIdentityProviders[0]: "ab" must be an identity provider of the client\'s user pool: define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app (providers of this pool: none) [identity-provider-on-pool]',
    ]);
  });

  test('the client credentials grant without a secret, and with built-in scopes', () => {
    expect(cdkClientErrors({ oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.OPENID] } })).toEqual([
      '[Stack/Pool/Client] oAuth.flows.clientCredentials: true needs generateSecret turned on (the client credentials grant authenticates with the client secret) [client-credentials-needs-secret]',
      '[Stack/Pool/Client] oAuth.scopes: ["openid"] must hold only custom (resource server) scopes with the client credentials grant, not phone, email, openid, profile, aws.cognito.signin.user.admin (the default scopes are all of these) [client-credentials-custom-scopes-only]',
    ]);
  });

  test('an identity provider the pool does not have (a whole-app rule)', () => {
    expect(cdkClientErrors({ supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE] })).toEqual([
      '[Stack/Pool/Client] supportedIdentityProviders[0]: "Google" must be an identity provider of the client\'s user pool: define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app (providers of this pool: none) [identity-provider-on-pool]',
    ]);
  });

  test('a valid client synthesizes, and keeps every property', () => {
    const { app, stack, pool } = checkedApp();
    pool.addClient('Client', { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] }, preventUserExistenceErrors: true });
    expect(synthErrors(app)).toEqual([]);
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://app.example.com/cb'], AllowedOAuthFlows: ['code'], PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('raw L1 clients: each error named as the L1 property', () => {
  test('a callback URL over http, and an ID token validity in days', () => {
    expect(l1ClientErrors({
      allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
      callbackUrLs: ['http://app.example.com/cb'], idTokenValidity: 2, tokenValidityUnits: { idToken: 'days' },
    })).toEqual([
      '[Stack/Client] idTokenValidity: 2 days must be from 5 minutes to 1 day [idTokenValidity-range]',
      `[Stack/Client] callbackUrLs[0]: "http://app.example.com/cb" ${HTTPS}`,
    ]);
  });

  test('OAuth on without flows or scopes', () => {
    expect(l1ClientErrors({ allowedOAuthFlowsUserPoolClient: true })).toEqual([
      '[Stack/Client] allowedOAuthFlows: not set must enable at least one flow while OAuth is on (or turn disableOAuth on) [oauth-flow-required]',
      '[Stack/Client] allowedOAuthScopes: not set must hold at least one scope while OAuth is on (or turn disableOAuth on) [oauth-scope-required]',
    ]);
  });

  test('booleans written as strings, as CloudFormation takes them too', () => {
    const { app, stack, pool } = checkedApp();
    pool.addResourceServer('Api', { identifier: 'api', scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
    const secret = new CfnUserPoolClient(stack, 'Secret', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['api/read'],
    });
    secret.addPropertyOverride('GenerateSecret', 'true');
    const oAuth = new CfnUserPoolClient(stack, 'OAuth', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED' });
    oAuth.addPropertyOverride('AllowedOAuthFlowsUserPoolClient', 'true');
    // the first has a secret; the second has OAuth on
    expect(synthErrors(app)).toEqual([
      '[Stack/OAuth] allowedOAuthFlows: not set must enable at least one flow while OAuth is on (or turn disableOAuth on) [oauth-flow-required]',
      '[Stack/OAuth] allowedOAuthScopes: not set must hold at least one scope while OAuth is on (or turn disableOAuth on) [oauth-scope-required]',
    ]);
  });

  test('the client credentials grant with another flow', () => {
    expect(l1ClientErrors({ generateSecret: true, allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['client_credentials', 'code'], allowedOAuthScopes: ['api/read'], callbackUrLs: ['https://a.example.com'] })).toContain(
      '[Stack/Client] allowedOAuthFlows: ["client_credentials","code"] must not combine clientCredentials with authorizationCodeGrant or implicitCodeGrant [client-credentials-alone]');
  });

  test('the token validity units default to hours and days, as CloudFormation\'s do', () => {
    expect(l1ClientErrors({ accessTokenValidity: 25, refreshTokenValidity: 3651 })).toEqual([
      '[Stack/Client] accessTokenValidity: 25 hours must be from 5 minutes to 1 day [accessTokenValidity-range]',
      '[Stack/Client] refreshTokenValidity: 3651 days must be from 1 hour to 3650 days [refreshTokenValidity-range]',
    ]);
  });

  test('tokens are never rejected, their literal parts still are', () => {
    const { app, stack, pool } = checkedApp();
    const other = new CfnUserPool(stack, 'Other');
    new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
      callbackUrLs: [`https://${other.attrProviderName}/cb`, `http://${other.attrProviderName}/cb`], idTokenValidity: Token.asNumber(other.getAtt('X')),
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('only redirect URIs must use https: the default redirect URI is one, a logout URL is not', () => {
    expect(l1ClientErrors({
      preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
      callbackUrLs: ['https://app.example.com/cb', 'http://app.example.com/cb'], defaultRedirectUri: 'http://app.example.com/cb', logoutUrLs: ['http://app.example.com/signed-out'],
    })).toEqual([
      `[Stack/Client] callbackUrLs[1]: "http://app.example.com/cb" ${HTTPS}`,
      `[Stack/Client] defaultRedirectUri: "http://app.example.com/cb" ${HTTPS}`,
    ]);
  });

  test('a raw L1 registering https://example.com itself gets no placeholder warning', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
      callbackUrLs: ['https://example.com'],
    });
    app.synth();
    Warnings.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('placeholder-callback-url'));
  });

  test('a flow named after another is found where it is written', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code', 'implicit'],
      allowedOAuthScopes: ['openid'], callbackUrLs: ['https://app.example.com/cb'],
    });
    app.synth();
    Warnings.fromStack(stack).hasWarning('/Stack/Client', 'allowedOAuthFlows[1]: "implicit" turns on the implicit grant, which returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and turn implicitCodeGrant off [ack: cdk-cognito-user-pool-client::implicit-grant]');
  });

  test('rotation with Cognito\'s default flows is reported, not rewritten', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, refreshTokenRotation: { feature: 'ENABLED', retryGracePeriodSeconds: 10 } });
    expect(synthErrors(app)).toEqual([]);
    Warnings.fromStack(stack).hasWarning('/Stack/Client', `refreshTokenRotation: ${JSON.stringify({ feature: 'ENABLED', retryGracePeriodSeconds: 10 })} is on while explicitAuthFlows is left out, so Cognito's default flows include ALLOW_REFRESH_TOKEN_AUTH, which cannot be used with rotation; name the flows without it [ack: cdk-cognito-user-pool-client::refresh-token-flow-with-rotation]`);
    Template.fromStack(stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { ExplicitAuthFlows: Match.absent(), RefreshTokenRotation: { Feature: 'ENABLED' } });
  });

  test('rotation with ALLOW_REFRESH_TOKEN_AUTH named', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], refreshTokenRotation: { feature: 'ENABLED' } });
    app.synth();
    Warnings.fromStack(stack).hasWarning('/Stack/Client', 'explicitAuthFlows[1]: "ALLOW_REFRESH_TOKEN_AUTH" turns on ALLOW_REFRESH_TOKEN_AUTH (named, or by Cognito\'s default when explicitAuthFlows is left out) while refresh-token rotation is on, where REFRESH_TOKEN_AUTH cannot be used; name the flows without it [ack: cdk-cognito-user-pool-client::refresh-token-flow-with-rotation]');
  });
});

describe('escape hatches: the client as CloudFormation receives it', () => {
  test('addPropertyOverride on an aws-cdk-lib client replaces what it rendered', () => {
    const { app, pool } = checkedApp();
    const client = pool.addClient('Client', { oAuth: { callbackUrls: ['https://app.example.com/cb'] } });
    (client.node.defaultChild as CfnUserPoolClient).addPropertyOverride('CallbackURLs', ['http://override.example.com']);
    expect(synthErrors(app)).toEqual([`[Stack/Pool/Client] oAuth.callbackUrls[0]: "http://override.example.com" ${HTTPS}`]);
  });

  test('an override inside a struct, and an attribute set on the L1', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, idTokenValidity: 30, tokenValidityUnits: { idToken: 'minutes' } });
    client.addPropertyOverride('TokenValidityUnits.IdToken', 'days');
    client.clientName = 'not/allowed';
    expect(synthErrors(app)).toEqual([
      '[Stack/Client] idTokenValidity: 30 days must be from 5 minutes to 1 day [idTokenValidity-range]',
      '[Stack/Client] clientName: "not/allowed" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]',
    ]);
  });

  test('a deletion override removes the property', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, clientName: 'not/allowed' });
    client.addPropertyDeletionOverride('ClientName');
    expect(synthErrors(app)).toEqual([]);
  });

  test('an override of one field of a struct keeps its other fields', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, idTokenValidity: 30, accessTokenValidity: 30, tokenValidityUnits: { idToken: 'minutes', accessToken: 'minutes' },
    });
    client.addPropertyOverride('TokenValidityUnits.IdToken', 'days');
    // the access token's validity stays in minutes
    expect(synthErrors(app)).toEqual(['[Stack/Client] idTokenValidity: 30 days must be from 5 minutes to 1 day [idTokenValidity-range]']);
  });

  test('overrides of each struct\'s fields, as CloudFormation names them', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', accessTokenValidity: 2, refreshTokenValidity: 30, tokenValidityUnits: { accessToken: 'hours', refreshToken: 'days' },
    });
    client.addPropertyOverride('TokenValidityUnits.AccessToken', 'days');
    client.addPropertyOverride('TokenValidityUnits.RefreshToken', 'minutes');
    expect(synthErrors(app)).toEqual([
      '[Stack/Client] accessTokenValidity: 2 days must be from 5 minutes to 1 day [accessTokenValidity-range]',
      '[Stack/Client] refreshTokenValidity: 30 minutes must be from 1 hour to 3650 days [refreshTokenValidity-range]',
      '[Stack/Client] accessTokenValidity: 2 days must not be longer than refreshTokenValidity (refreshTokenValidity is 30 minutes) [token-validity-not-longer-than-refresh]',
    ]);
    const rotated = checkedApp();
    const withRotation = new CfnUserPoolClient(rotated.stack, 'Client', { userPoolId: rotated.pool.userPoolId, preventUserExistenceErrors: 'ENABLED', refreshTokenRotation: { feature: 'DISABLED' } });
    withRotation.addPropertyOverride('RefreshTokenRotation.Feature', 'ENABLED');
    rotated.app.synth();
    Warnings.fromStack(rotated.stack).hasWarning('/Stack/Client', Match.stringLikeRegexp('^refreshTokenRotation: .* is on while explicitAuthFlows is left out'));
  });

  test('a deletion override of a struct: its defaults apply', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, idTokenValidity: 2, tokenValidityUnits: { idToken: 'days' } });
    client.addPropertyDeletionOverride('TokenValidityUnits');
    // 2 hours
    expect(synthErrors(app)).toEqual([]);
  });

  test('an override of a whole struct the L1 did not set, named as CloudFormation names its fields', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, idTokenValidity: 2 });
    client.addPropertyOverride('TokenValidityUnits', { IdToken: 'days' });
    expect(synthErrors(app)).toEqual(['[Stack/Client] idTokenValidity: 2 days must be from 5 minutes to 1 day [idTokenValidity-range]']);
  });

  test('a struct set to null (as JavaScript code can) is read as not set', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', idTokenValidity: 2, refreshTokenRotation: null as any });
    client.addPropertyOverride('TokenValidityUnits', null);
    client.addPropertyOverride('AnalyticsConfiguration', null);
    // 2 hours, no rotation, no analytics
    expect(synthErrors(app)).toEqual([]);
    Warnings.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });
});

describe('analytics, named as each origin names it', () => {
  const TARGET = 'must give either application, or all of applicationId, externalId and role [analytics-target]';

  test('a raw L1 that gives every field', () => {
    expect(l1ClientErrors({
      preventUserExistenceErrors: 'ENABLED',
      analyticsConfiguration: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc', applicationId: 'abc123', externalId: 'e', roleArn: 'arn:aws:iam::123456789012:role/pinpoint' },
    })).toEqual([`[Stack/Client] analyticsConfiguration: { applicationArn, applicationId, externalId, roleArn } ${TARGET}`]);
  });

  test('aws-cdk-lib\'s client given every field and a role that is no ARN by escape hatches', () => {
    const { app, stack, pool } = checkedApp();
    const role = Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/pinpoint');
    const client = pool.addClient('Client', { preventUserExistenceErrors: true, disableOAuth: true, analytics: { applicationId: 'abc123', externalId: 'e', role } });
    const l1 = client.node.defaultChild as CfnUserPoolClient;
    l1.addPropertyOverride('AnalyticsConfiguration.ApplicationArn', 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc');
    l1.addPropertyOverride('AnalyticsConfiguration.RoleArn', 'pinpoint-role');
    expect(synthErrors(app)).toEqual([
      `[Stack/Pool/Client] analytics: { application, applicationId, externalId, role } ${TARGET}`,
      '[Stack/Pool/Client] analytics.role: "pinpoint-role" must be a role whose ARN is 20 to 2048 characters of the form arn:partition:service:region:account-id:resource [analytics-role-arn]',
    ]);
  });

  test('by its id, an external id and a role: nothing; a role written as a raw intrinsic is not judged', () => {
    const { app, stack, pool } = checkedApp();
    const analytics = { applicationId: 'abc123', externalId: 'e', roleArn: 'arn:aws:iam::123456789012:role/pinpoint' };
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', analyticsConfiguration: analytics });
    const raw = new CfnUserPoolClient(stack, 'Raw', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', analyticsConfiguration: analytics });
    raw.addPropertyOverride('AnalyticsConfiguration.RoleArn', { 'Fn::GetAtt': ['PinpointRole', 'Arn'] });
    expect(synthErrors(app)).toEqual([]);
  });
});

describe('lists and names that are tokens', () => {
  test('flows and scopes that are token lists are not judged', () => {
    const { app, stack, pool } = checkedApp();
    const flows = new CfnParameter(stack, 'Flows', { type: 'CommaDelimitedList' });
    const scopes = new CfnParameter(stack, 'Scopes', { type: 'CommaDelimitedList' });
    new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: flows.valueAsList, allowedOAuthScopes: scopes.valueAsList, callbackUrLs: ['https://app.example.com/cb'],
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('an attribute of a resource server is not its identifier: a scope naming it is not judged', () => {
    const { app, stack, pool } = checkedApp();
    const server = new CfnUserPoolResourceServer(stack, 'Server', { userPoolId: pool.userPoolId, identifier: 'orders', name: 'orders', scopes: [{ scopeName: 'read', scopeDescription: 'read' }] });
    new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], callbackUrLs: ['https://app.example.com/cb'],
      allowedOAuthScopes: [`${server.ref}/read`, `${Token.asString(server.getAtt('Identifier'))}/write`],
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('rotation with a token list of flows is not judged', () => {
    const { app, stack, pool } = checkedApp();
    const flows = new CfnParameter(stack, 'Flows', { type: 'CommaDelimitedList' });
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', explicitAuthFlows: flows.valueAsList, refreshTokenRotation: { feature: 'ENABLED' } });
    app.synth();
    Warnings.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  test('an aws-cdk-lib client\'s grace period changed by an escape hatch is named as the L2 prop', () => {
    const { app, pool } = checkedApp();
    const client = pool.addClient('Client', { authFlows: { userSrp: true }, refreshTokenRotationGracePeriod: Duration.seconds(10), preventUserExistenceErrors: true, disableOAuth: true });
    (client.node.defaultChild as CfnUserPoolClient).addPropertyOverride('RefreshTokenRotation.RetryGracePeriodSeconds', 61);
    expect(synthErrors(app)).toEqual([
      '[Stack/Pool/Client] refreshTokenRotationGracePeriod: 61 seconds must be a whole number of seconds from 0 seconds to 1 minute [refreshTokenRotationGracePeriod-range]',
    ]);
  });

  test('a validity whose unit is a token or a raw intrinsic is not judged', () => {
    const { app, stack, pool } = checkedApp();
    const unit = new CfnParameter(stack, 'Unit', { allowedValues: ['seconds', 'minutes', 'hours', 'days'] }).valueAsString;
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', idTokenValidity: 90, tokenValidityUnits: { idToken: unit } });
    const raw = new CfnUserPoolClient(stack, 'Raw', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', idTokenValidity: 90 });
    raw.addPropertyOverride('TokenValidityUnits.IdToken', { 'Fn::If': ['Short', 'minutes', 'hours'] });
    expect(synthErrors(app)).toEqual([]);
  });

  test('a token validity in a unit TokenValidityUnits does not take', () => {
    const { app, stack, pool } = checkedApp();
    const validity = Token.asNumber(new CfnParameter(stack, 'Validity', { type: 'Number' }).valueAsNumber);
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', idTokenValidity: validity, tokenValidityUnits: { idToken: 'weeks' } });
    expect(synthErrors(app)).toEqual([
      '[Stack/Client] idTokenValidity: a token weeks must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days) [token-validity-whole-unit]',
    ]);
  });

  test('units without their validities, and a validity written as text (which an override can write), are not judged', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Units', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', tokenValidityUnits: { idToken: 'weeks' } });
    const text = new CfnUserPoolClient(stack, 'Text', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', tokenValidityUnits: { idToken: 'days' } });
    text.addPropertyOverride('IdTokenValidity', '2');
    expect(synthErrors(app)).toEqual([]);
  });

  test('rotation turned off, and existence errors given as a token, warn of nothing', () => {
    const { app, stack, pool } = checkedApp();
    const setting = new CfnParameter(stack, 'ExistenceErrors', { allowedValues: ['ENABLED', 'LEGACY'] }).valueAsString;
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: setting, refreshTokenRotation: { feature: 'DISABLED' } });
    app.synth();
    Warnings.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  test('a raw intrinsic in a list (an escape hatch can write one) is not judged', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
    });
    client.addPropertyOverride('CallbackURLs', ['https://app.example.com/cb', { 'Fn::Sub': 'https://${AWS::Region}.example.com/cb' }, 'http://app.example.com/cb']);
    expect(synthErrors(app)).toEqual([`[Stack/Client] callbackUrLs[2]: "http://app.example.com/cb" ${HTTPS}`]);
  });

  test('a default redirect URI and a client name written as raw intrinsics are not judged', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'],
      callbackUrLs: ['https://app.example.com/cb'],
    });
    client.addPropertyOverride('DefaultRedirectURI', { 'Fn::Sub': 'https://${AWS::Region}.example.com/cb' });
    client.addPropertyOverride('ClientName', { 'Fn::Sub': '${AWS::StackName}-web' });
    expect(synthErrors(app)).toEqual([]);
  });

  test('a pool id written as a raw intrinsic refers to no pool of the app', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', supportedIdentityProviders: ['Corp'] });
    client.addPropertyOverride('UserPoolId', { 'Fn::ImportValue': 'PoolId' });
    // a provider of a pool outside the app is not judged
    expect(synthErrors(app)).toEqual([]);
  });

  test('an empty provider name is reported as it is', () => {
    expect(l1ClientErrors({ preventUserExistenceErrors: 'ENABLED', supportedIdentityProviders: [''] })).toEqual([
      '[Stack/Client] supportedIdentityProviders[0]: "" must be COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon or the name of a provider that can be registered: 3 to 32 letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character [identity-provider-name]',
      '[Stack/Client] supportedIdentityProviders[0]: "" must be an identity provider of the client\'s user pool: define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app (providers of this pool: none) [identity-provider-on-pool]',
    ]);
  });
});

describe('deploy order, without changing a property', () => {
  test('an aws-cdk-lib client depends on the provider and resource server it names', () => {
    const { app, stack, pool } = checkedApp();
    const google = new UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('secret') });
    const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
    pool.addClient('Client', {
      generateSecret: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.GOOGLE],
      oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.custom('api/read')] },
    });
    expect(synthErrors(app)).toEqual([]);
    const template = Template.fromStack(stack).toJSON();
    const client = Object.values<{ Type: string; DependsOn?: string[] }>(template.Resources).find((r) => r.Type === 'AWS::Cognito::UserPoolClient')!;
    expect(client.DependsOn).toEqual(expect.arrayContaining([
      stack.getLogicalId(google.node.defaultChild as CfnUserPoolIdentityProvider),
      stack.getLogicalId(server.node.defaultChild as CfnUserPoolClient),
    ]));
  });

  test('across stacks: a stack dependency', () => {
    const app = new App(NO_CFN_VALIDATION);
    Aspects.of(app).add(new UserPoolClientChecks());
    const poolStack = new Stack(app, 'Pools');
    const pool = new UserPool(poolStack, 'Pool');
    new CfnUserPoolIdentityProvider(poolStack, 'Idp', { userPoolId: pool.userPoolId, providerName: 'Corp', providerType: 'OIDC', providerDetails: {} });
    const clientStack = new Stack(app, 'Clients');
    new CfnUserPoolClient(clientStack, 'Client', { userPoolId: pool.userPoolId, supportedIdentityProviders: ['Corp'] });
    app.synth();
    expect(clientStack.dependencies).toContain(poolStack);
  });

  test('a client of an imported pool: nothing rejected, the order kept for a provider the app defines', () => {
    const { app, stack } = checkedApp();
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
    const idp = new CfnUserPoolIdentityProvider(stack, 'Idp', { userPoolId: imported.userPoolId, providerName: 'Corp', providerType: 'OIDC', providerDetails: {} });
    new CfnUserPoolClient(stack, 'Client', { userPoolId: imported.userPoolId, supportedIdentityProviders: ['Corp', 'Other'] });
    expect(synthErrors(app)).toEqual([]);
    expect(Template.fromStack(stack).toJSON().Resources.Client.DependsOn).toEqual([stack.getLogicalId(idp)]);
  });
});

describe('scopes', () => {
  test('our construct and aws-cdk-lib\'s side by side: each client reported once', () => {
    const { app, stack, pool } = checkedApp();
    new UserPoolClient(stack, 'Ours', { userPool: pool, oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://a.example.com'], scopes: [OAuthScope.custom('api/read')] } });
    new CdkUserPoolClient(stack, 'Theirs', { userPool: pool, oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://a.example.com'], scopes: [OAuthScope.custom('api/read')] } });
    const errors = synthErrors(app);
    expect(errors.filter((line) => line.includes('[scope-on-pool]')).map((line) => line.split(']')[0])).toEqual(['[Stack/Ours', '[Stack/Theirs']);
  });

  test('in a nested stage, and applied at a stack only', () => {
    const app = new App(NO_CFN_VALIDATION);
    const stage = new Stage(app, 'Prod');
    const stack = new Stack(stage, 'Stack');
    const outside = new Stack(app, 'Outside');
    Aspects.of(stack).add(new UserPoolClientChecks());
    new UserPool(stack, 'Pool').addClient('Client', { oAuth: { callbackUrls: ['http://a.example.com'] } });
    new UserPool(outside, 'Pool').addClient('Client', { oAuth: { callbackUrls: ['http://a.example.com'] } });
    // the stack outside the checked one is not checked
    expect(synthErrors(app)).toEqual([`[Prod/Stack/Pool/Client] oAuth.callbackUrls[0]: "http://a.example.com" ${HTTPS}`]);
  });

  test('warnings carry the ids of our construct\'s and can be acknowledged at the stack', () => {
    const { app, stack, pool } = checkedApp();
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } });
    pool.addClient('Client', { preventUserExistenceErrors: true });
    Annotations.of(stack).acknowledgeWarning('cdk-cognito-user-pool-client::implicit-grant', 'a legacy SPA');
    app.synth();
    const warnings = Warnings.fromStack(stack).findWarning('*', Match.anyValue());
    expect(warnings.map((w) => w.entry.data)).toEqual([
      'oAuth.callbackUrls: not set, so the placeholder https://example.com is registered as the callback URL; give your application\'s callback URLs [ack: cdk-cognito-user-pool-client::placeholder-callback-url]',
    ]);
  });

  test('messages in Python spell the L1 property as Python does', () => {
    process.env.JSII_AGENT = 'Python/3.11.7';
    try {
      expect(l1ClientErrors({ clientName: 'a/b', callbackUrLs: ['http://a.example.com'], allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'] }))
        .toEqual([
          `[Stack/Client] callback_ur_ls[0]: "http://a.example.com" ${HTTPS}`,
          '[Stack/Client] client_name: "a/b" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]',
        ]);
      expect(cdkClientErrors({ oAuth: { callbackUrls: ['http://a.example.com'] } })).toEqual([`[Stack/Pool/Client] o_auth.callback_urls[0]: "http://a.example.com" ${HTTPS}`]);
    } finally {
      delete process.env.JSII_AGENT;
    }
  });
});

test('messages in Python spell the property names each origin has', () => {
  process.env.JSII_AGENT = 'Python/3.11.7';
  try {
    expect(l1ClientErrors({ preventUserExistenceErrors: 'ENABLED', analyticsConfiguration: { applicationId: 'abc123' }, enablePropagateAdditionalUserContextData: true })).toEqual([
      '[Stack/Client] enable_propagate_additional_user_context_data: true needs generate_secret turned on [context-data-needs-secret]',
      '[Stack/Client] analytics_configuration: { application_id } must give either application, or all of application_id, external_id and role [analytics-target]',
    ]);
    const { app, stack, pool } = checkedApp();
    pool.addClient('Client', { preventUserExistenceErrors: true, disableOAuth: true, authFlows: { userPassword: true } });
    app.synth();
    Warnings.fromStack(stack).hasWarning('/Stack/Pool/Client/Resource', 'auth_flows.user_password: true sends the password itself to Cognito instead of proving it with SRP; prefer auth_flows.user_srp or auth_flows.user [ack: cdk-cognito-user-pool-client::password-auth-flow]');
  } finally {
    delete process.env.JSII_AGENT;
  }
});

describe('the client\'s branding styles and terms documents, L1s included', () => {
  test('two branding styles for one raw L1 client', () => {
    const { app, stack, pool } = checkedApp();
    const client = new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED' });
    new CfnManagedLoginBranding(stack, 'One', { userPoolId: pool.userPoolId, clientId: client.ref, useCognitoProvidedValues: true });
    new CfnManagedLoginBranding(stack, 'Two', { userPoolId: pool.userPoolId, clientId: client.ref, useCognitoProvidedValues: true });
    expect(synthErrors(app)).toEqual([
      '[Stack/Client] client: "2 branding styles" must be the client of at most one branding style in the app (ManagedLoginBranding and CfnManagedLoginBranding together) (Stack/One, Stack/Two) [branding-one-per-client]',
    ]);
  });

  test('the terms of use twice for one aws-cdk-lib client', () => {
    const { app, stack, pool } = checkedApp();
    const client = pool.addClient('Client', { disableOAuth: true, preventUserExistenceErrors: true });
    for (const id of ['A', 'B']) {
      new CfnTerms(stack, id, { userPoolId: pool.userPoolId, clientId: client.userPoolClientId, termsName: 'terms-of-use', termsSource: 'LINK', enforcement: 'NONE', links: { 'cognito:default': 'https://example.com/terms' } });
    }
    expect(synthErrors(app)).toEqual([
      '[Stack/Pool/Client] termsOfUse: "2 terms-of-use documents" must be given once per client in the app (TermsDocuments and CfnTerms together) (Stack/A, Stack/B) [terms-document-once-per-client]',
    ]);
  });

  test('a browser client without a branding style on a pool with managed login', () => {
    const { app, stack, pool } = checkedApp();
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN });
    pool.addClient('Client', { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] }, preventUserExistenceErrors: true });
    app.synth();
    Warnings.fromStack(stack).hasWarning('/Stack/Pool/Client/Resource', Match.stringLikeRegexp('^oAuth.flows: "a browser flow" of a client without a branding style, on a pool whose domain uses managed login .*managed-login-branding-missing]$'));
  });
});

describe('acknowledging a warning of a checked client', () => {
  const ID = 'cdk-cognito-user-pool-client::implicit-grant';
  const warned = (stack: Stack) => Warnings.fromStack(stack).findWarning('*', Match.stringLikeRegexp(ID.replace(/[.]/g, '\\.'))).length;

  function appWithImplicitClients(): { app: App; one: Stack; two: Stack } {
    const app = new App(NO_CFN_VALIDATION);
    Aspects.of(app).add(new UserPoolClientChecks());
    const [one, two] = ['One', 'Two'].map((name) => {
      const stack = new Stack(app, name);
      new UserPool(stack, 'Pool').addClient('Client', { oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: ['https://a.example.com'] }, preventUserExistenceErrors: true });
      return stack;
    });
    return { app, one, two };
  }

  test('without an acknowledgement each client warns', () => {
    const { app, one, two } = appWithImplicitClients();
    app.synth();
    expect([warned(one), warned(two)]).toEqual([1, 1]);
  });

  test('at the app, before it synthesizes: no client warns', () => {
    const { app, one, two } = appWithImplicitClients();
    Annotations.of(app).acknowledgeWarning(ID, 'a legacy single-page app');
    app.synth();
    expect([warned(one), warned(two)]).toEqual([0, 0]);
  });

  test('at a stack: only its clients are quiet', () => {
    const { app, one, two } = appWithImplicitClients();
    Annotations.of(one).acknowledgeWarning(ID, 'a legacy single-page app');
    app.synth();
    expect([warned(one), warned(two)]).toEqual([0, 1]);
  });
});

test('as a validation plugin: the findings in the report where aws-cdk-lib gives plugins the app (2.258.1 on), otherwise a report that says so', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require('aws-cdk-lib/package.json').version;
  const [, minor, patch] = version.split('.').map(Number);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-'));
  const app = new App({ outdir, context: { '@aws-cdk/core:validationReportJson': true }, policyValidationBeta1: [new UserPoolClientChecks()] });
  const pool = new UserPool(new Stack(app, 'Stack'), 'Pool');
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } });
  pool.addClient('Client', { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['http://a.example.com'] }, preventUserExistenceErrors: true });
  const exitCode = process.exitCode;
  const quiet = [jest.spyOn(console, 'log').mockImplementation(() => undefined), jest.spyOn(console, 'error').mockImplementation(() => undefined)];
  try {
    app.synth();
  } catch {
    // from 2.25x on, a failed validation throws; before, it sets the exit code
  } finally {
    process.exitCode = exitCode;
    quiet.forEach((spy) => spy.mockRestore());
  }
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'policy-validation-report.json'), 'utf8'));
  const ours = report.pluginReports.find((r: any) => r.summary.pluginName === 'cdk-cognito-user-pool-client');
  const givesTheApp = minor > 258 || (minor === 258 && patch >= 1);
  expect(ours.summary.status).toBe('failure');
  expect(ours.violations.map((v: any) => v.ruleName)).toEqual(givesTheApp ? ['url-https'] : ['plugin-needs-app-construct']);
  if (givesTheApp) {
    expect(ours.violations[0].violatingResources[0].locations).toEqual([`oAuth.callbackUrls[0]: "http://a.example.com" ${HTTPS}`]);
  }
});

describe('as a validation plugin, given the app and its templates (as aws-cdk-lib 2.258.1 and later give them)', () => {
  const HTTP = ['http://app.example.com/cb'];
  const ruleOf = (id: string) => [...RULES, ...APP_RULES].find((rule) => rule.id === id)!;

  /** The app of every case: raw L1 clients in a stack, one in a nested stack, one in another stage, aws-cdk-lib's and ours. */
  function appOfClients(): { app: App; stack: Stack } {
    const app = new App(NO_CFN_VALIDATION);
    const stack = new Stack(app, 'Stack');
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } });
    pool.addClient('Web', { oAuth: { flows: { authorizationCodeGrant: true } }, preventUserExistenceErrors: true });
    const code = { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'] };
    new CfnUserPoolClient(stack, 'One', { ...code, callbackUrLs: HTTP });
    new CfnUserPoolClient(new NestedStack(stack, 'Nested'), 'Two', { ...code, callbackUrLs: HTTP });
    new UserPoolClient(stack, 'Ours', { userPool: pool, oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] }, preventUserExistenceErrors: true });
    const other = new Stack(new Stage(app, 'Other'), 'Stack');
    new CfnUserPoolClient(other, 'Three', { userPoolId: new UserPool(other, 'Pool').userPoolId, preventUserExistenceErrors: 'ENABLED', clientName: 'a/b' });
    return { app, stack };
  }

  const validate = (context: object) => new UserPoolClientChecks().validate(context as IPolicyValidationContextBeta1);
  const templates = [{ stackConstructPath: 'Stack', templatePath: '/out/Stack.template.json' }];

  test('each rule once, with every client that breaks it in the stacks given (a nested stack\'s in its parent\'s template); our construct\'s clients left out', () => {
    const { app } = appOfClients();
    const location = `callbackUrLs[0]: "http://app.example.com/cb" ${HTTPS}`;
    expect(validate({ templatePaths: ['/out/Stack.template.json'], appConstruct: app, stackTemplates: templates })).toEqual({
      success: false,
      violations: [
        {
          ruleName: 'placeholder-callback-url',
          description: 'so the placeholder https://example.com is registered as the callback URL; give your application\'s callback URLs',
          fix: ruleOf('placeholder-callback-url').source,
          severity: 'warning',
          violatingResources: [{
            resourceLogicalId: 'PoolWeb224A1DFF', templatePath: '/out/Stack.template.json', constructPath: 'Stack/Pool/Web/Resource',
            locations: ['oAuth.callbackUrls: not set, so the placeholder https://example.com is registered as the callback URL; give your application\'s callback URLs'],
          }],
        },
        {
          ruleName: 'url-https',
          description: 'must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port)',
          fix: ruleOf('url-https').source,
          severity: 'error',
          violatingResources: [
            { resourceLogicalId: 'One', templatePath: '/out/Stack.template.json', constructPath: 'Stack/One', locations: [location] },
            { resourceLogicalId: 'Two', templatePath: '/out/Stack.template.json', constructPath: 'Stack/Nested/Two', locations: [location] },
          ],
        },
      ],
    });
  });

  test('warnings alone succeed; no finding at all too', () => {
    const app = new App(NO_CFN_VALIDATION);
    const stack = new Stack(app, 'Stack');
    const pool = new UserPool(stack, 'Pool');
    new CfnUserPoolClient(stack, 'Legacy', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'LEGACY' });
    const warned = validate({ templatePaths: [], appConstruct: app, stackTemplates: templates });
    expect([warned.success, warned.violations.map((violation) => violation.ruleName)]).toEqual([true, ['user-existence-errors']]);
    expect(validate({ templatePaths: [], appConstruct: app, stackTemplates: [] })).toEqual({ success: true, violations: [] });
  });

  test('without the app or its templates (aws-cdk-lib before 2.258.1): a report that says so', () => {
    const { app } = appOfClients();
    const needsApp = {
      success: false,
      violations: [{
        ruleName: 'plugin-needs-app-construct',
        description: 'UserPoolClientChecks reads the app\'s constructs, which aws-cdk-lib gives a validation plugin from version 2.258.1 on; apply it as an aspect: Aspects.of(app).add(new UserPoolClientChecks())',
        violatingResources: [],
      }],
    };
    expect(validate({ templatePaths: [] })).toEqual(needsApp);
    expect(validate({ templatePaths: [], appConstruct: app })).toEqual(needsApp);
  });
});

describe('wherever the client is', () => {
  test('in a nested stack, and inside a third-party construct', () => {
    const { app, stack, pool } = checkedApp();
    const nested = new NestedStack(stack, 'Nested');
    new CfnUserPoolClient(nested, 'Raw', { userPoolId: pool.userPoolId, clientName: 'a/b', preventUserExistenceErrors: 'ENABLED' });
    /** Someone else's construct, which makes its client with aws-cdk-lib's construct. */
    class ThirdPartyAuth extends Construct {
      constructor(scope: Construct, id: string, userPool: UserPool) {
        super(scope, id);
        userPool.addClient('Client', { oAuth: { callbackUrls: ['http://app.example.com/cb'] }, preventUserExistenceErrors: true });
      }
    }
    new ThirdPartyAuth(stack, 'Vendor', pool);
    expect(synthErrors(app)).toEqual([
      `[Stack/Pool/Client] oAuth.callbackUrls[0]: "http://app.example.com/cb" ${HTTPS}`,
      '[Stack/Nested/Raw] clientName: "a/b" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]',
    ]);
  });

  test('a raw L1 that is the default child of a construct of one\'s own is named as an L1', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(new Construct(stack, 'Own'), 'Resource', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', clientName: 'a/b' });
    expect(synthErrors(app)).toEqual(['[Stack/Own/Resource] clientName: "a/b" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]']);
  });

  test('in a nested stack, a client is deployed after the provider of its pool it names', () => {
    const { app, stack, pool } = checkedApp();
    const provider = new CfnUserPoolIdentityProvider(stack, 'Idp', { userPoolId: pool.userPoolId, providerName: 'Corp', providerType: 'OIDC', providerDetails: {} });
    const nested = new NestedStack(stack, 'Nested');
    new CfnUserPoolClient(nested, 'Raw', { userPoolId: pool.userPoolId, supportedIdentityProviders: ['Corp'], preventUserExistenceErrors: 'ENABLED' });
    expect(synthErrors(app)).toEqual([]);
    // Across the nested stack's boundary, CDK orders its whole stack resource after the provider.
    const nestedResource = Object.values<any>(Template.fromStack(stack).toJSON().Resources).find((r) => r.Type === 'AWS::CloudFormation::Stack');
    expect(nestedResource.DependsOn).toContain(stack.getLogicalId(provider));
  });
});

describe('units and structs known only at deployment are never judged', () => {
  test('TokenValidityUnits overridden with an intrinsic, or given as a token: the validity is not read in the default unit', () => {
    const { app, stack, pool } = checkedApp();
    const overridden = new CfnUserPoolClient(stack, 'Overridden', { userPoolId: pool.userPoolId, idTokenValidity: 30, preventUserExistenceErrors: 'ENABLED' });
    overridden.addPropertyOverride('TokenValidityUnits', { 'Fn::If': ['Short', { IdToken: 'minutes' }, { IdToken: 'minutes' }] });
    new CfnUserPoolClient(stack, 'Lazy', {
      userPoolId: pool.userPoolId, idTokenValidity: 30, preventUserExistenceErrors: 'ENABLED',
      tokenValidityUnits: Lazy.any({ produce: () => ({ idToken: 'minutes' }) }),
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('without units, the default unit applies (hours for the ID token)', () => {
    const { app, stack, pool } = checkedApp();
    new CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, idTokenValidity: 30, preventUserExistenceErrors: 'ENABLED' });
    expect(synthErrors(app)).toEqual(['[Stack/Client] idTokenValidity: 30 hours must be from 5 minutes to 1 day [idTokenValidity-range]']);
  });
});
