// Every rule through UserPoolClientChecks, on a raw CfnUserPoolClient and on aws-cdk-lib's
// UserPoolClient (where aws-cdk-lib lets the configuration through): the exact line a failing
// client gets, and nothing for a passing one.
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations as Warnings, Match } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { UserPoolClientChecks } from '../src';
import { RULES, APP_RULES } from '../src/rules/table';
import { NO_CFN_VALIDATION } from './util/cdk-features';

/** Makes the client under test (`Stack/Client` for an L1, `Stack/Pool/Client` for aws-cdk-lib's) and what it needs. */
type Make = (stack: Stack, pool: cognito.UserPool) => void;

interface Side {
  /** A client that breaks the rule, and the line it gets (without the construct path). */
  readonly bad: Make;
  readonly line: string;
  /** The same client, mended. */
  readonly good: Make;
  /** The client's construct path, when not the usual one. */
  readonly at?: string;
}

interface Case {
  readonly rule: string;
  readonly l1: Side;
  /** aws-cdk-lib's construct, or why it cannot express the configuration (it refuses it, or renders it right). */
  readonly cdk: Side | string;
}

/** A raw L1 client on the pool: OAuth off and existence errors prevented unless the case says otherwise. */
function l1(props: Partial<cognito.CfnUserPoolClientProps>): Make {
  return (stack, pool) => {
    new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: pool.userPoolId, preventUserExistenceErrors: 'ENABLED', ...props });
  };
}

/** aws-cdk-lib's client on the pool, with the code grant to a real callback URL unless the case says otherwise. */
function cdk(options: cognito.UserPoolClientOptions): Make {
  return (_stack, pool) => {
    pool.addClient('Client', {
      preventUserExistenceErrors: true,
      ...options,
      oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'], ...options.oAuth },
    });
  };
}

const CODE = { allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'], allowedOAuthScopes: ['openid'], callbackUrLs: ['https://app.example.com/cb'] };
const HTTPS = 'must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port)';
const OUTSIDE = 'define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app';
const REFUSED = 'aws-cdk-lib refuses it itself';
const MAPPED = 'must include every attribute that an identity provider the client signs users in with maps: Cognito writes mapped attributes at every federated sign-in and fails the sign-in when the client cannot write one; add them to writeAttributes, or remove the mapping';

/** An OIDC provider `Corp` on the pool that maps custom:tenant. */
function corp(stack: Stack, pool: cognito.UserPool): void {
  new cognito.CfnUserPoolIdentityProvider(stack, 'Corp', {
    userPoolId: pool.userPoolId, providerName: 'Corp', providerType: 'OIDC', providerDetails: {}, attributeMapping: { 'custom:tenant': 'tenant' },
  });
}

const CASES: Case[] = [
  {
    rule: 'idTokenValidity-range',
    l1: { bad: l1({ idTokenValidity: 2, tokenValidityUnits: { idToken: 'days' } }), line: 'idTokenValidity: 2 days must be from 5 minutes to 1 day', good: l1({ idTokenValidity: 1, tokenValidityUnits: { idToken: 'days' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'accessTokenValidity-range',
    l1: { bad: l1({ accessTokenValidity: 4, tokenValidityUnits: { accessToken: 'minutes' } }), line: 'accessTokenValidity: 4 minutes must be from 5 minutes to 1 day', good: l1({ accessTokenValidity: 5, tokenValidityUnits: { accessToken: 'minutes' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'refreshTokenValidity-range',
    l1: { bad: l1({ refreshTokenValidity: 59, tokenValidityUnits: { refreshToken: 'minutes' } }), line: 'refreshTokenValidity: 59 minutes must be from 1 hour to 3650 days', good: l1({ refreshTokenValidity: 60, tokenValidityUnits: { refreshToken: 'minutes' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'token-validity-whole-unit',
    l1: { bad: l1({ idTokenValidity: 300.5, tokenValidityUnits: { idToken: 'seconds' } }), line: 'idTokenValidity: 300.5 seconds must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days)', good: l1({ idTokenValidity: 90, tokenValidityUnits: { idToken: 'minutes' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'token-validity-not-longer-than-refresh',
    l1: { bad: l1({ idTokenValidity: 2, refreshTokenValidity: 1, tokenValidityUnits: { idToken: 'hours', refreshToken: 'hours' } }), line: 'idTokenValidity: 2 hours must not be longer than refreshTokenValidity (refreshTokenValidity is 1 hours)', good: l1({ idTokenValidity: 1, refreshTokenValidity: 1, tokenValidityUnits: { idToken: 'hours', refreshToken: 'hours' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'authSessionValidity-range',
    l1: { bad: l1({ authSessionValidity: 16 }), line: 'authSessionValidity: 16 minutes must be a whole number of minutes from 3 minutes to 15 minutes', good: l1({ authSessionValidity: 15 }) },
    cdk: REFUSED,
  },
  {
    rule: 'refreshTokenRotationGracePeriod-range',
    l1: {
      bad: l1({ explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], refreshTokenRotation: { feature: 'ENABLED', retryGracePeriodSeconds: 61 } }),
      line: 'refreshTokenRotation.retryGracePeriodSeconds: 61 seconds must be a whole number of seconds from 0 seconds to 1 minute',
      good: l1({ explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], refreshTokenRotation: { feature: 'ENABLED', retryGracePeriodSeconds: 60 } }),
    },
    cdk: REFUSED,
  },
  {
    rule: 'client-credentials-alone',
    l1: { bad: l1({ ...CODE, generateSecret: true, allowedOAuthFlows: ['client_credentials', 'code'], allowedOAuthScopes: ['api/read'] }), line: 'allowedOAuthFlows: ["client_credentials","code"] must not combine clientCredentials with authorizationCodeGrant or implicitCodeGrant', good: l1({ ...CODE, generateSecret: true, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['api/read'], callbackUrLs: undefined }) },
    cdk: REFUSED,
  },
  {
    rule: 'client-credentials-needs-secret',
    l1: { bad: l1({ ...CODE, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['api/read'] }), line: 'allowedOAuthFlows[0]: "client_credentials" needs generateSecret turned on (the client credentials grant authenticates with the client secret)', good: l1({ ...CODE, generateSecret: true, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['api/read'] }) },
    cdk: { bad: cdk({ oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('api/read')] } }), line: 'oAuth.flows.clientCredentials: true needs generateSecret turned on (the client credentials grant authenticates with the client secret)', good: cdk({ generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('api/read')] } }) },
  },
  {
    rule: 'client-credentials-custom-scopes-only',
    l1: { bad: l1({ ...CODE, generateSecret: true, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['openid', 'api/read'] }), line: 'allowedOAuthScopes: ["openid"] must hold only custom (resource server) scopes with the client credentials grant, not phone, email, openid, profile, aws.cognito.signin.user.admin (the default scopes are all of these)', good: l1({ ...CODE, generateSecret: true, allowedOAuthFlows: ['client_credentials'], allowedOAuthScopes: ['api/read'] }) },
    cdk: { bad: cdk({ generateSecret: true, oAuth: { flows: { clientCredentials: true } } }), line: 'oAuth.scopes: ["profile","phone","email","openid","aws.cognito.signin.user.admin"] must hold only custom (resource server) scopes with the client credentials grant, not phone, email, openid, profile, aws.cognito.signin.user.admin (the default scopes are all of these)', good: cdk({ generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('api/read')] } }) },
  },
  {
    rule: 'oauth-flow-required',
    l1: { bad: l1({ ...CODE, allowedOAuthFlows: [] }), line: 'allowedOAuthFlows: [] must enable at least one flow while OAuth is on (or turn disableOAuth on)', good: l1(CODE) },
    cdk: { bad: cdk({ oAuth: { flows: {} } }), line: 'oAuth.flows: not set must enable at least one flow while OAuth is on (or turn disableOAuth on)', good: cdk({}) },
  },
  {
    rule: 'oauth-scope-required',
    l1: { bad: l1({ ...CODE, allowedOAuthScopes: [] }), line: 'allowedOAuthScopes: [] must hold at least one scope while OAuth is on (or turn disableOAuth on)', good: l1(CODE) },
    cdk: { bad: cdk({ oAuth: { scopes: [] } }), line: 'oAuth.scopes: [] must hold at least one scope while OAuth is on (or turn disableOAuth on)', good: cdk({ oAuth: { scopes: [cognito.OAuthScope.OPENID] } }) },
  },
  {
    rule: 'oauth-scope-count',
    l1: { bad: l1({ ...CODE, allowedOAuthScopes: Array.from({ length: 51 }, (_, i) => `api/s${i}`) }), line: 'allowedOAuthScopes: "51 scopes" must hold at most 50 scopes (after openid is added)', good: l1({ ...CODE, allowedOAuthScopes: Array.from({ length: 50 }, (_, i) => `api/s${i}`) }) },
    cdk: { bad: cdk({ oAuth: { scopes: Array.from({ length: 51 }, (_, i) => cognito.OAuthScope.custom(`api/s${i}`)) } }), line: 'oAuth.scopes: "51 scopes" must hold at most 50 scopes (after openid is added)', good: cdk({ oAuth: { scopes: Array.from({ length: 50 }, (_, i) => cognito.OAuthScope.custom(`api/s${i}`)) } }) },
  },
  {
    rule: 'oauth-scope-format',
    l1: { bad: l1({ ...CODE, allowedOAuthScopes: ['openid', 'api/read all'] }), line: 'allowedOAuthScopes[1]: "api/read all" must be 1 to 256 characters of [\\x21\\x23-\\x5B\\x5D-\\x7E] (printable ASCII without space, " and \\)', good: l1({ ...CODE, allowedOAuthScopes: ['openid', 'api/read'] }) },
    cdk: { bad: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('api/read all')] } }), line: 'oAuth.scopes[0]: "api/read all" must be 1 to 256 characters of [\\x21\\x23-\\x5B\\x5D-\\x7E] (printable ASCII without space, " and \\)', good: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('api/read')] } }) },
  },
  {
    rule: 'oauth-custom-scope-form',
    l1: { bad: l1({ ...CODE, allowedOAuthScopes: ['api/'] }), line: 'allowedOAuthScopes[0]: "api/" must be a built-in scope (phone, email, openid, profile, aws.cognito.signin.user.admin) or a custom scope resourceServerIdentifier/scopeName, both parts non-empty', good: l1({ ...CODE, allowedOAuthScopes: ['api/read'] }) },
    cdk: { bad: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('read')] } }), line: 'oAuth.scopes[0]: "read" must be a built-in scope (phone, email, openid, profile, aws.cognito.signin.user.admin) or a custom scope resourceServerIdentifier/scopeName, both parts non-empty', good: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('api/read')] } }) },
  },
  {
    rule: 'url-count',
    l1: { bad: l1({ ...CODE, logoutUrLs: Array.from({ length: 101 }, (_, i) => `https://app.example.com/${i}`) }), line: 'logoutUrLs: "101 URLs" must hold at most 100 URLs', good: l1({ ...CODE, logoutUrLs: Array.from({ length: 100 }, (_, i) => `https://app.example.com/${i}`) }) },
    cdk: { bad: cdk({ oAuth: { logoutUrls: Array.from({ length: 101 }, (_, i) => `https://app.example.com/${i}`) } }), line: 'oAuth.logoutUrls: "101 URLs" must hold at most 100 URLs', good: cdk({ oAuth: { logoutUrls: Array.from({ length: 100 }, (_, i) => `https://app.example.com/${i}`) } }) },
  },
  {
    rule: 'url-length',
    l1: { bad: l1({ ...CODE, logoutUrLs: [''] }), line: 'logoutUrLs[0]: "" must be 1 to 1024 characters', good: l1({ ...CODE, logoutUrLs: ['https://app.example.com/'] }) },
    cdk: { bad: cdk({ oAuth: { logoutUrls: [`https://app.example.com/${'a'.repeat(1001)}`] } }), line: `oAuth.logoutUrls[0]: "https://app.example.com/${'a'.repeat(1001)}" must be 1 to 1024 characters`, good: cdk({ oAuth: { logoutUrls: ['https://app.example.com/'] } }) },
  },
  {
    rule: 'url-characters',
    l1: { bad: l1({ ...CODE, logoutUrLs: ['https://app.example.com/signed out'] }), line: 'logoutUrLs[0]: "https://app.example.com/signed out" must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters)', good: l1({ ...CODE, logoutUrLs: ['https://app.example.com/signed-out'] }) },
    cdk: { bad: cdk({ oAuth: { logoutUrls: ['https://app.example.com/signed out'] } }), line: 'oAuth.logoutUrls[0]: "https://app.example.com/signed out" must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters)', good: cdk({ oAuth: { logoutUrls: ['https://app.example.com/signed-out'] } }) },
  },
  {
    rule: 'url-absolute',
    l1: { bad: l1({ ...CODE, callbackUrLs: ['/callback'] }), line: 'callbackUrLs[0]: "/callback" must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback', good: l1({ ...CODE, callbackUrLs: ['myapp://callback'] }) },
    cdk: { bad: cdk({ oAuth: { callbackUrls: ['/callback'] } }), line: 'oAuth.callbackUrls[0]: "/callback" must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback', good: cdk({ oAuth: { callbackUrls: ['myapp://callback'] } }) },
  },
  {
    rule: 'url-no-fragment',
    l1: { bad: l1({ ...CODE, callbackUrLs: ['https://app.example.com/#/cb'] }), line: 'callbackUrLs[0]: "https://app.example.com/#/cb" must not contain a fragment (#)', good: l1(CODE) },
    cdk: { bad: cdk({ oAuth: { callbackUrls: ['https://app.example.com/#/cb'] } }), line: 'oAuth.callbackUrls[0]: "https://app.example.com/#/cb" must not contain a fragment (#)', good: cdk({}) },
  },
  {
    rule: 'url-https',
    l1: { bad: l1({ ...CODE, callbackUrLs: ['http://app.example.com/cb'] }), line: `callbackUrLs[0]: "http://app.example.com/cb" ${HTTPS}`, good: l1({ ...CODE, callbackUrLs: ['http://localhost:3000/cb'] }) },
    cdk: { bad: cdk({ oAuth: { callbackUrls: ['http://app.example.com/cb'] } }), line: `oAuth.callbackUrls[0]: "http://app.example.com/cb" ${HTTPS}`, good: cdk({ oAuth: { callbackUrls: ['http://localhost:3000/cb'] } }) },
  },
  {
    rule: 'default-redirect-uri-in-callback-urls',
    l1: { bad: l1({ ...CODE, defaultRedirectUri: 'https://other.example.com/cb' }), line: 'defaultRedirectUri: "https://other.example.com/cb" must be one of the callback URLs (callback URLs: ["https://app.example.com/cb"])', good: l1({ ...CODE, defaultRedirectUri: 'https://app.example.com/cb' }) },
    cdk: {
      bad: cdk({ generateSecret: true, oAuth: { flows: { clientCredentials: true }, callbackUrls: undefined, scopes: [cognito.OAuthScope.custom('api/read')], defaultRedirectUri: 'https://app.example.com/cb' } }),
      line: 'oAuth.defaultRedirectUri: "https://app.example.com/cb" must be one of the callback URLs (callback URLs: [])',
      good: cdk({ oAuth: { defaultRedirectUri: 'https://app.example.com/cb' } }),
    },
  },
  {
    rule: 'identity-provider-name',
    l1: { bad: l1({ supportedIdentityProviders: ['ab'] }), line: 'supportedIdentityProviders[0]: "ab" must be COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon or the name of a provider that can be registered: 3 to 32 letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character', good: l1({ supportedIdentityProviders: ['COGNITO'] }) },
    cdk: { bad: cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('a b')] }), line: 'supportedIdentityProviders[0]: "a b" must be COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon or the name of a provider that can be registered: 3 to 32 letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character', good: cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO] }) },
  },
  {
    rule: 'client-name',
    l1: { bad: l1({ clientName: 'web/app' }), line: 'clientName: "web/app" must be 1 to 128 characters of letters, digits, white space and _+=,.@-', good: l1({ clientName: 'web-app' }) },
    cdk: { bad: cdk({ userPoolClientName: 'web/app' }), line: 'userPoolClientName: "web/app" must be 1 to 128 characters of letters, digits, white space and _+=,.@-', good: cdk({ userPoolClientName: 'web-app' }) },
  },
  {
    rule: 'attribute-name-length',
    l1: { bad: l1({ readAttributes: ['email', ''] }), line: 'readAttributes[1]: "" must name attributes of 1 to 2048 characters', good: l1({ readAttributes: ['email'] }) },
    cdk: { bad: cdk({ readAttributes: new cognito.ClientAttributes().withCustomAttributes('a'.repeat(2048)) }), line: `readAttributes[0]: "custom:${'a'.repeat(2048)}" must name attributes of 1 to 2048 characters`, good: cdk({ readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) }) },
  },
  {
    rule: 'context-data-needs-secret',
    l1: { bad: l1({ enablePropagateAdditionalUserContextData: true }), line: 'enablePropagateAdditionalUserContextData: true needs generateSecret turned on', good: l1({ enablePropagateAdditionalUserContextData: true, generateSecret: true }) },
    cdk: REFUSED,
  },
  {
    rule: 'analytics-target',
    l1: { bad: l1({ analyticsConfiguration: { applicationId: 'abc123' } }), line: 'analyticsConfiguration: { applicationId } must give either application, or all of applicationId, externalId and role', good: l1({ analyticsConfiguration: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc' } }) },
    cdk: REFUSED,
  },
  {
    rule: 'analytics-application-id',
    l1: { bad: l1({ analyticsConfiguration: { applicationId: 'xyz', externalId: 'e', roleArn: 'arn:aws:iam::123456789012:role/pinpoint' } }), line: 'analyticsConfiguration.applicationId: "xyz" must be a Pinpoint project id of hexadecimal digits', good: l1({ analyticsConfiguration: { applicationId: 'abc123', externalId: 'e', roleArn: 'arn:aws:iam::123456789012:role/pinpoint' } }) },
    cdk: {
      bad: (stack, pool) => cdk({ analytics: { applicationId: 'xyz', externalId: 'e', role: iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/pinpoint') } })(stack, pool),
      line: 'analytics.applicationId: "xyz" must be a Pinpoint project id of hexadecimal digits',
      good: (stack, pool) => cdk({ analytics: { applicationId: 'abc123', externalId: 'e', role: iam.Role.fromRoleArn(stack, 'Role', 'arn:aws:iam::123456789012:role/pinpoint') } })(stack, pool),
    },
  },
  {
    rule: 'analytics-role-arn',
    l1: { bad: l1({ analyticsConfiguration: { applicationId: 'abc123', externalId: 'e', roleArn: 'pinpoint-role' } }), line: 'analyticsConfiguration.roleArn: "pinpoint-role" must be a role whose ARN is 20 to 2048 characters of the form arn:partition:service:region:account-id:resource', good: l1({ analyticsConfiguration: { applicationId: 'abc123', externalId: 'e', roleArn: 'arn:aws:iam::123456789012:role/pinpoint' } }) },
    cdk: 'aws-cdk-lib takes an IRole, whose ARN iam.Role.fromRoleArn checks itself',
  },
  // ---- whole-app rules ----
  {
    rule: 'identity-provider-on-pool',
    l1: { bad: l1({ supportedIdentityProviders: ['Corp'] }), line: `supportedIdentityProviders[0]: "Corp" must be an identity provider of the client's user pool: ${OUTSIDE} (providers of this pool: none)`, good: l1({ supportedIdentityProviders: ['COGNITO'] }) },
    cdk: { bad: cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Corp')] }), line: `supportedIdentityProviders[0]: "Corp" must be an identity provider of the client's user pool: ${OUTSIDE} (providers of this pool: none)`, good: cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO] }) },
  },
  {
    rule: 'scope-on-pool',
    l1: { bad: l1({ ...CODE, allowedOAuthScopes: ['orders/read'] }), line: `allowedOAuthScopes[0]: "orders/read" must be a scope declared by a resource server of the client's user pool (identifier/scopeName): ${OUTSIDE} (resource servers of this pool: api)`, good: l1({ ...CODE, allowedOAuthScopes: ['api/read'] }) },
    cdk: { bad: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('api/write')] } }), line: `oAuth.scopes[0]: "api/write" must be a scope declared by a resource server of the client's user pool (identifier/scopeName): ${OUTSIDE} (resource server "api" declares: read, s0, s1, s2, s3, s4, s5, s6, s7, s8 and 42 more)`, good: cdk({ oAuth: { scopes: [cognito.OAuthScope.custom('api/read')] } }) },
  },
  {
    rule: 'attribute-on-pool',
    l1: { bad: l1({ readAttributes: ['custom:tenant'] }), line: 'readAttributes: "custom:tenant" must be a standard attribute or a custom attribute (custom:name) of the client\'s user pool: ' + `${OUTSIDE} (custom attributes of this pool: none)`, good: l1({ readAttributes: ['email'] }) },
    cdk: { bad: cdk({ readAttributes: new cognito.ClientAttributes().withCustomAttributes('tenant') }), line: 'readAttributes: "custom:tenant" must be a standard attribute or a custom attribute (custom:name) of the client\'s user pool: ' + `${OUTSIDE} (custom attributes of this pool: none)`, good: cdk({ readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) }) },
  },
  {
    rule: 'required-attributes-writable',
    l1: {
      bad: (stack) => new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: new cognito.UserPool(stack, 'Required', { standardAttributes: { email: { required: true } } }).userPoolId, preventUserExistenceErrors: 'ENABLED', writeAttributes: ['name'] }),
      line: 'writeAttributes: ["name"] must include every attribute the user pool requires, so that users can sign up through this client (missing: email)',
      good: (stack) => new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: new cognito.UserPool(stack, 'Required', { standardAttributes: { email: { required: true } } }).userPoolId, preventUserExistenceErrors: 'ENABLED', writeAttributes: ['name', 'email'] }),
    },
    cdk: {
      at: 'Stack/Required/Client',
      bad: (stack) => new cognito.UserPool(stack, 'Required', { standardAttributes: { email: { required: true } } }).addClient('Client', { writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }) }),
      line: 'writeAttributes: ["name"] must include every attribute the user pool requires, so that users can sign up through this client (missing: email)',
      good: (stack) => new cognito.UserPool(stack, 'Required', { standardAttributes: { email: { required: true } } }).addClient('Client', { writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true, email: true }) }),
    },
  },
  {
    rule: 'user-auth-feature-plan',
    l1: {
      bad: (stack) => new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: new cognito.UserPool(stack, 'Lite', { featurePlan: cognito.FeaturePlan.LITE }).userPoolId, preventUserExistenceErrors: 'ENABLED', explicitAuthFlows: ['ALLOW_USER_AUTH'] }),
      line: 'explicitAuthFlows[0]: "ALLOW_USER_AUTH" needs a user pool in the Essentials feature plan or higher (featurePlan FeaturePlan.ESSENTIALS or FeaturePlan.PLUS); the pool is in the Lite plan',
      good: (stack) => new cognito.CfnUserPoolClient(stack, 'Client', { userPoolId: new cognito.UserPool(stack, 'Lite', { featurePlan: cognito.FeaturePlan.ESSENTIALS }).userPoolId, preventUserExistenceErrors: 'ENABLED', explicitAuthFlows: ['ALLOW_USER_AUTH'] }),
    },
    cdk: {
      at: 'Stack/Lite/Client',
      bad: (stack) => new cognito.UserPool(stack, 'Lite', { featurePlan: cognito.FeaturePlan.LITE }).addClient('Client', { authFlows: { user: true } }),
      line: 'authFlows.user: true needs a user pool in the Essentials feature plan or higher (featurePlan FeaturePlan.ESSENTIALS or FeaturePlan.PLUS); the pool is in the Lite plan',
      good: (stack) => new cognito.UserPool(stack, 'Lite', { featurePlan: cognito.FeaturePlan.ESSENTIALS }).addClient('Client', { authFlows: { user: true } }),
    },
  },
  {
    rule: 'mapped-attributes-writable',
    l1: {
      bad: (stack, pool) => { corp(stack, pool); l1({ ...CODE, supportedIdentityProviders: ['Corp'], writeAttributes: ['email'] })(stack, pool); },
      line: `writeAttributes: ["email"] ${MAPPED} (provider Corp maps custom:tenant)`,
      good: (stack, pool) => { corp(stack, pool); l1({ ...CODE, supportedIdentityProviders: ['Corp'], writeAttributes: ['email', 'custom:tenant'] })(stack, pool); },
    },
    cdk: {
      bad: (stack, pool) => { corp(stack, pool); cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Corp')] })(stack, pool); },
      line: `writeAttributes: not set ${MAPPED} (provider Corp maps custom:tenant)`,
      good: (stack, pool) => { corp(stack, pool); cdk({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Corp')], writeAttributes: new cognito.ClientAttributes().withCustomAttributes('tenant') })(stack, pool); },
    },
  },
];

/** The errors of one rule for the client at `path`, each line without the path. */
function errorsAt(app: App, path: string, rule: string): string[] {
  try {
    app.synth();
    return [];
  } catch (error) {
    // a crash is no finding
    if (!(error as Error).message.startsWith('Validation failed with the following errors:\n')) {
      throw error;
    }
    const prefix = `[${path}] `;
    return (error as Error).message.split('\n').map((line) => line.trim()).filter((line) => line.startsWith(prefix) && line.endsWith(`[${rule}]`)).map((line) => line.slice(prefix.length));
  }
}

function build(make: Make): { app: App; stack: Stack } {
  const app = new App(NO_CFN_VALIDATION);
  const stack = new Stack(app, 'Stack');
  Aspects.of(app).add(new UserPoolClientChecks());
  const pool = new cognito.UserPool(stack, 'Pool');
  // The custom scopes the cases name exist: only scope-on-pool's case names one that does not.
  const scopes = ['read', ...Array.from({ length: 51 }, (_, i) => `s${i}`)].map((scopeName) => new cognito.ResourceServerScope({ scopeName, scopeDescription: scopeName }));
  pool.addResourceServer('Api', { identifier: 'api', scopes });
  make(stack, pool);
  return { app, stack };
}

describe.each(CASES)('$rule', ({ rule, l1: l1Side, cdk: cdkSide }) => {
  test('a raw L1 that breaks it gets the line, named as the L1 property', () => {
    expect(errorsAt(build(l1Side.bad).app, 'Stack/Client', rule)).toEqual([`${l1Side.line} [${rule}]`]);
  });
  test('a raw L1 that keeps it gets nothing', () => {
    expect(errorsAt(build(l1Side.good).app, 'Stack/Client', rule)).toEqual([]);
  });
  if (typeof cdkSide !== 'string') {
    test('aws-cdk-lib\'s client that breaks it gets the line, named as the L2 prop', () => {
      expect(errorsAt(build(cdkSide.bad).app, cdkSide.at ?? 'Stack/Pool/Client', rule)).toEqual([`${cdkSide.line} [${rule}]`]);
    });
    test('aws-cdk-lib\'s client that keeps it gets nothing', () => {
      expect(errorsAt(build(cdkSide.good).app, cdkSide.at ?? 'Stack/Pool/Client', rule)).toEqual([]);
    });
  }
});

/** Warnings: the line on the client's L1, and none when the client is mended. */
const WARNINGS: Array<{ rule: string; bad: Make; path: string; line: string; good: Make }> = [
  { rule: 'implicit-grant', bad: l1({ ...CODE, allowedOAuthFlows: ['implicit'] }), path: '/Stack/Client', line: 'allowedOAuthFlows[0]: "implicit" turns on the implicit grant, which returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and turn implicitCodeGrant off', good: l1(CODE) },
  { rule: 'implicit-grant', bad: cdk({ oAuth: { flows: { implicitCodeGrant: true } } }), path: '/Stack/Pool/Client/Resource', line: 'oAuth.flows.implicitCodeGrant: true turns on the implicit grant, which returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and turn implicitCodeGrant off', good: cdk({}) },
  { rule: 'placeholder-callback-url', bad: (_s, pool) => pool.addClient('Client', { preventUserExistenceErrors: true, oAuth: { flows: { authorizationCodeGrant: true } } }), path: '/Stack/Pool/Client/Resource', line: 'oAuth.callbackUrls: not set, so the placeholder https://example.com is registered as the callback URL; give your application\'s callback URLs', good: cdk({}) },
  { rule: 'password-auth-flow', bad: l1({ explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'] }), path: '/Stack/Client', line: 'explicitAuthFlows[0]: "ALLOW_USER_PASSWORD_AUTH" sends the password itself to Cognito instead of proving it with SRP; prefer authFlows.userSrp or authFlows.user', good: l1({ explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }) },
  { rule: 'password-auth-flow', bad: cdk({ authFlows: { adminUserPassword: true } }), path: '/Stack/Pool/Client/Resource', line: 'authFlows.adminUserPassword: true sends the password itself to Cognito instead of proving it with SRP; prefer authFlows.userSrp or authFlows.user', good: cdk({ authFlows: { userSrp: true } }) },
  { rule: 'user-existence-errors', bad: l1({ preventUserExistenceErrors: 'LEGACY' }), path: '/Stack/Client', line: 'preventUserExistenceErrors: "LEGACY" lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on', good: l1({}) },
  { rule: 'user-existence-errors', bad: l1({ preventUserExistenceErrors: undefined }), path: '/Stack/Client', line: 'preventUserExistenceErrors: not set, so Cognito uses LEGACY, which lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on', good: l1({}) },
  { rule: 'user-existence-errors', bad: cdk({ preventUserExistenceErrors: undefined }), path: '/Stack/Pool/Client/Resource', line: 'preventUserExistenceErrors: not set, so Cognito uses LEGACY, which lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on', good: cdk({}) },
  { rule: 'user-existence-errors', bad: cdk({ preventUserExistenceErrors: false }), path: '/Stack/Pool/Client/Resource', line: 'preventUserExistenceErrors: false lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on', good: cdk({}) },
  { rule: 'token-revocation-disabled', bad: cdk({ enableTokenRevocation: false }), path: '/Stack/Pool/Client/Resource', line: 'enableTokenRevocation: false turns token revocation off: refresh tokens of signed-out or compromised sessions cannot be revoked', good: cdk({ enableTokenRevocation: true }) },
  { rule: 'pinpoint-analytics', bad: l1({ analyticsConfiguration: { applicationArn: 'arn:aws:mobiletargeting:eu-west-1:123456789012:apps/abc' } }), path: '/Stack/Client', line: 'analyticsConfiguration: "{...}" sends events to Amazon Pinpoint, whose support ended on 2026-10-30; plan a migration', good: l1({}) },
  { rule: 'browser-flow-without-domain', bad: l1(CODE), path: '/Stack/Client', line: 'allowedOAuthFlows: ["code"] turns on a browser flow on a user pool without a domain: the managed login pages and the authorization server the flow signs users in with do not exist; give the pool a domain with addDomain(), or turn the flow off', good: (stack, pool) => { pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } }); l1(CODE)(stack, pool); } },
  { rule: 'browser-flow-without-domain', bad: cdk({}), path: '/Stack/Pool/Client/Resource', line: 'oAuth.flows: ["code"] turns on a browser flow on a user pool without a domain: the managed login pages and the authorization server the flow signs users in with do not exist; give the pool a domain with addDomain(), or turn the flow off', good: (stack, pool) => { pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } }); cdk({})(stack, pool); } },
  { rule: 'refresh-token-flow-with-rotation', bad: l1({ explicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'], refreshTokenRotation: { feature: 'ENABLED' } }), path: '/Stack/Client', line: 'explicitAuthFlows[0]: "ALLOW_REFRESH_TOKEN_AUTH" turns on ALLOW_REFRESH_TOKEN_AUTH (named, or by Cognito\'s default when explicitAuthFlows is left out) while refresh-token rotation is on, where REFRESH_TOKEN_AUTH cannot be used; name the flows without it', good: l1({ explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], refreshTokenRotation: { feature: 'ENABLED' } }) },
];

describe.each(WARNINGS)('$rule (a warning) at $path', ({ rule, bad, path, line, good }) => {
  const id = `cdk-cognito-user-pool-client::${rule}`;
  test('a client that takes the risk gets the warning, with the id users acknowledge', () => {
    const { app, stack } = build(bad);
    app.synth();
    Warnings.fromStack(stack).hasWarning(path, `${line} [ack: ${id}]`);
  });
  test('a client that does not gets none', () => {
    const { app, stack } = build(good);
    app.synth();
    Warnings.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(id));
  });
});

test('every rule that applies to other clients has a case (errors above, warnings below)', () => {
  const covered = new Set([...CASES.map((c) => c.rule), ...WARNINGS.map((w) => w.rule)]);
  const applies = [...RULES.filter((rule) => rule.constructOnly === undefined), ...APP_RULES]
    .map((rule) => rule.id)
    .filter((id) => !['branding-one-per-client', 'terms-document-once-per-client', 'managed-login-branding-missing'].includes(id)); // test/rules-checks.test.ts
  expect(applies.filter((id) => !covered.has(id))).toEqual([]);
});

test('the validation plugin names the rules it applies', () => {
  expect(new UserPoolClientChecks().ruleIds).toEqual([...RULES.filter((rule) => rule.constructOnly === undefined), ...APP_RULES].map((rule) => rule.id));
});
