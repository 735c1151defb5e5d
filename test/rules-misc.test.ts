import { Duration, SecretValue } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnUserPool, ClientAttributes, UserPool, UserPoolClientIdentityProvider, UserPoolIdentityProviderGoogle } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import type { Stack } from 'aws-cdk-lib';
import { boundaryTests, errorLines, expectValid, newStack } from './rules-support';
import type { Boundary, ClientProps } from './rules-support';
import { knownProperties, USER_POOL_CLIENT_PROPS } from '../src/validation/schema';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';

/** Props of a type the compiler would refuse: what a JavaScript user, or a cast, can pass. */
function untyped(props: Record<string, unknown>): ClientProps {
  return props as ClientProps;
}

const TOP_LEVEL = knownProperties(USER_POOL_CLIENT_PROPS).join(', ');

describe('every property is known and of its type', () => {
  const schema = (name: string, fail: ClientProps, path: string, value: string, requirement: string, pass: ClientProps = {}): Boundary =>
    ({ rule: 'known-properties', name, pass, fail, path, value, requirement });
  boundaryTests([
    schema('a misspelt top-level property fails', untyped({ generateSecrets: true }), 'generateSecrets', 'true',
      `is not a property this library knows (known here: ${TOP_LEVEL})`, { generateSecret: true }),
    schema('a misspelt flow fails', untyped({ oAuth: { flows: { authorizationCode: true } } }), 'oAuth.flows.authorizationCode', 'true',
      'is not a property this library knows (known here: authorizationCodeGrant, implicitCodeGrant, clientCredentials)', { oAuth: { flows: { authorizationCodeGrant: true } } }),
    schema('a misspelt auth flow fails', untyped({ authFlows: { srp: true } }), 'authFlows.srp', 'true',
      'is not a property this library knows (known here: adminUserPassword, custom, userPassword, userSrp, user)', { authFlows: { userSrp: true } }),
    schema('an unknown analytics field fails', untyped({ analytics: { applicationArn: 'arn' } }), 'analytics.applicationArn', '"arn"',
      'is not a property this library knows (known here: application, applicationId, externalId, role, shareUserData)'),
    schema('props without a userPool fail', untyped({ userPool: undefined }), 'userPool', 'not given',
      'is required: the user pool (an IUserPool or IUserPoolRef) the client belongs to'),
    schema('a property named like an Object member (constructor) fails', untyped({ constructor: 1 }), 'constructor', '1',
      `is not a property this library knows (known here: ${TOP_LEVEL})`),
    schema('a nested property named like an Object member (toString) fails', untyped({ oAuth: { toString: 'x' } }), 'oAuth.toString', '"x"',
      'is not a property this library knows (known here: flows, callbackUrls, logoutUrls, scopes, defaultRedirectUri)'),
    schema('a string for a boolean fails', untyped({ generateSecret: 'yes' }), 'generateSecret', '"yes"', 'must be a boolean'),
    schema('null for a boolean fails', untyped({ enableTokenRevocation: null }), 'enableTokenRevocation', 'null', 'must be a boolean'),
    schema('a number for a Duration fails', untyped({ accessTokenValidity: 300 }), 'accessTokenValidity', '300', 'must be a Duration',
      { accessTokenValidity: Duration.minutes(5) }),
    schema('a string for a list of URLs fails', untyped({ oAuth: { callbackUrls: 'https://app.example.com/cb' } }), 'oAuth.callbackUrls', '"https://app.example.com/cb"',
      'must be a list of strings', { oAuth: { callbackUrls: ['https://app.example.com/cb'] } }),
    schema('a number in a list of URLs fails', untyped({ oAuth: { logoutUrls: ['https://app.example.com/bye', 1] } }), 'oAuth.logoutUrls', '["https://app.example.com/bye",1]',
      'must be a list of strings'),
    schema('scope names for OAuthScope objects fail', untyped({ oAuth: { scopes: ['openid'] } }), 'oAuth.scopes', '["openid"]', 'must be a list of objects'),
    schema('a list for the oAuth struct fails', untyped({ oAuth: [] }), 'oAuth', '[]', 'must be an object (a struct)'),
    schema('a string for the authFlows struct fails', untyped({ authFlows: 'userSrp' }), 'authFlows', '"userSrp"', 'must be an object (a struct)'),
    schema('a string for an object fails', untyped({ readAttributes: 'email' }), 'readAttributes', '"email"', 'must be an object'),
  ]);

  test('values JSON cannot show are shown as strings: a function, a BigInt, a circular object', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const lines = errorLines(untyped({ generateSecret: function yes() { return true; }, disableOAuth: BigInt(1), enableTokenRevocation: circular }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^generateSecret: function yes\(\) \{.*\} must be a boolean \[known-properties\]$/s);
    expect(lines.slice(1)).toEqual([
      'disableOAuth: 1 must be a boolean [known-properties]',
      'enableTokenRevocation: [object Object] must be a boolean [known-properties]',
    ]);
  });

  test('a property set to undefined counts as not given', () => {
    expectValid(untyped({ generateSecret: undefined, oAuth: { flows: undefined, callbackUrls: undefined }, analytics: undefined }));
  });

  test('with a schema error, the other rules are not run (they read the props as typed)', () => {
    expect(errorLines(untyped({ accessTokenValidity: Duration.minutes(1), oAuth: { callbackUrls: ['http://x/cb'] }, clientName: 'x' }))).toEqual([
      `clientName: "x" is not a property this library knows (known here: ${TOP_LEVEL}) [known-properties]`,
    ]);
  });

  test('every schema error is listed', () => {
    expect(errorLines(untyped({ foo: 1, oAuth: { flows: { pkce: true }, scopes: 'openid' }, generateSecret: 1 })).map((l) => l.split(':')[0]))
      .toEqual(['foo', 'oAuth.flows.pkce', 'oAuth.scopes', 'generateSecret']);
  });
});

describe('supportedIdentityProviders', () => {
  const idp = (...names: string[]): ClientProps => ({ supportedIdentityProviders: names.map((n) => UserPoolClientIdentityProvider.custom(n)) });
  boundaryTests([
    {
      rule: 'identity-provider-name', name: '32 characters pass, 33 fail',
      pass: idp('COGNITO', 'p'.repeat(32)), fail: idp('COGNITO', 'p'.repeat(33)),
      path: 'supportedIdentityProviders[1]', value: JSON.stringify('p'.repeat(33)),
    },
    {
      rule: 'identity-provider-name', name: 'one character passes, an empty name fails',
      pass: idp('p'), fail: idp(''),
      path: 'supportedIdentityProviders[0]', value: '""',
    },
    {
      rule: 'identity-provider-name', name: 'a name with spaces passes (ProviderNameType allows \\p{Z}), a tab fails',
      pass: idp('Login with Amazon', 'My SAML IdP'), fail: idp('My\tIdP'),
      path: 'supportedIdentityProviders[0]', value: '"My\\tIdP"',
    },
    {
      rule: 'identity-providers-of-imported-pool', name: 'a CfnUserPool with supportedIdentityProviders passes, without fails',
      pass: (stack) => ({ userPool: new CfnUserPool(stack, 'CfnPool'), ...idp('COGNITO') }),
      fail: (stack) => ({ userPool: new CfnUserPool(stack, 'CfnPool') }),
      path: 'supportedIdentityProviders', value: 'not given',
    },
    {
      rule: 'identity-providers-of-imported-pool', name: 'a bare IUserPoolRef with supportedIdentityProviders passes, without fails',
      pass: (stack) => ({ userPool: bareRef(stack), ...idp('COGNITO') }),
      fail: (stack) => ({ userPool: bareRef(stack) }),
      path: 'supportedIdentityProviders', value: 'not given',
    },
  ]);

  test('an imported UserPool (UserPool.fromUserPoolId) is an IUserPool: without supportedIdentityProviders it gets COGNITO, as with aws-cdk-lib', () => {
    const client = expectValid((stack) => ({ userPool: UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abcDEF123') }));
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      UserPoolId: 'us-east-1_abcDEF123',
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  test('a UserPool gets its registered providers and COGNITO', () => {
    const client = expectValid((stack) => {
      const pool = new UserPool(stack, 'Pool');
      new UserPoolIdentityProviderGoogle(stack, 'Google', { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('secret') });
      return { userPool: pool };
    });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: [{ Ref: Match.stringLikeRegexp('^Google') }, 'COGNITO'] });
  });
});

/** An `IUserPoolRef` that is not an `IUserPool`: it cannot tell its identity providers. */
function bareRef(stack: Stack): IUserPool {
  const pool = new CfnUserPool(stack, 'RefPool');
  return { userPoolRef: { userPoolId: pool.ref, userPoolArn: pool.attrArn }, node: pool.node, env: stack } as unknown as IUserPool;
}

describe('userPoolClientName: 1 to 128 of [\\w\\s+=,.@-]', () => {
  const name = (n: string): ClientProps => ({ userPoolClientName: n });
  boundaryTests([
    { rule: 'client-name', name: '128 characters pass, 129 fail', pass: name('n'.repeat(128)), fail: name('n'.repeat(129)), path: 'userPoolClientName', value: JSON.stringify('n'.repeat(129)) },
    { rule: 'client-name', name: 'one character passes, an empty name fails', pass: name('n'), fail: name(''), path: 'userPoolClientName', value: '""' },
    { rule: 'client-name', name: 'letters, digits, spaces and _+=,.@- pass, a slash fails', pass: name('My app_1 +=,.@-'), fail: name('bad/name'), path: 'userPoolClientName', value: '"bad/name"' },
    { rule: 'client-name', name: 'a tab (white space) passes, a colon fails', pass: name('my\tapp'), fail: name('my:app'), path: 'userPoolClientName', value: '"my:app"' },
    { rule: 'client-name', name: 'ASCII white space passes, U+FEFF fails (JavaScript\'s \\s takes it, CloudFormation does not)', pass: name('my\r\n\v\fapp'), fail: name('my\ufeffapp'), path: 'userPoolClientName', value: '"my\ufeffapp"' },
    { rule: 'client-name', name: 'a space passes, a no-break space fails', pass: name('my app'), fail: name('my\u00a0app'), path: 'userPoolClientName', value: '"my\u00a0app"' },
    { rule: 'client-name', name: 'ASCII letters pass, é fails (\\w is ASCII)', pass: name('cafe'), fail: name('café'), path: 'userPoolClientName', value: '"café"' },
  ]);
});

describe('readAttributes and writeAttributes: names of 1 to 2048 characters', () => {
  // withCustomAttributes prefixes `custom:` (7 characters)
  const custom = (length: number) => new ClientAttributes().withCustomAttributes('a'.repeat(length - 'custom:'.length));
  boundaryTests([
    {
      rule: 'attribute-name-length', name: 'readAttributes: 2048 characters pass, 2049 fail',
      pass: { readAttributes: custom(2048) }, fail: { readAttributes: custom(2049) },
      path: 'readAttributes[0]', value: JSON.stringify(`custom:${'a'.repeat(2042)}`),
    },
    {
      rule: 'attribute-name-length', name: 'writeAttributes: 2048 characters pass, 2049 fail (after the standard ones, sorted)',
      pass: { writeAttributes: custom(2048).withStandardAttributes({ email: true }) }, fail: { writeAttributes: custom(2049).withStandardAttributes({ email: true }) },
      path: 'writeAttributes[0]', value: JSON.stringify(`custom:${'a'.repeat(2042)}`),
    },
    {
      rule: 'attribute-name-length', name: 'an empty attribute name fails',
      pass: { readAttributes: { attributes: () => ['email'] } as ClientAttributes }, fail: { readAttributes: { attributes: () => ['email', ''] } as ClientAttributes },
      path: 'readAttributes[1]', value: '""',
    },
  ]);
});

describe('enablePropagateAdditionalUserContextData needs a secret', () => {
  boundaryTests([
    {
      rule: 'context-data-needs-secret', name: 'with generateSecret passes, without fails',
      pass: { enablePropagateAdditionalUserContextData: true, generateSecret: true }, fail: { enablePropagateAdditionalUserContextData: true },
      path: 'enablePropagateAdditionalUserContextData', value: 'true',
    },
  ]);

  test('false needs nothing', () => {
    expectValid({ enablePropagateAdditionalUserContextData: false });
  });
});

describe('analytics', () => {
  const app = (stack: Stack) => new CfnApp(stack, 'App', { name: 'app' });
  const role = (stack: Stack) => new Role(stack, 'Role', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') });
  const byId = (stack: Stack, applicationId = '0123456789abcdefABCDEF0123456789'): ClientProps =>
    ({ analytics: { applicationId, externalId: 'external', role: role(stack) } });
  boundaryTests([
    {
      rule: 'analytics-target', name: 'application alone passes, with applicationId too fails',
      pass: (stack) => ({ analytics: { application: app(stack), shareUserData: true } }),
      fail: (stack) => ({ analytics: { application: app(stack), applicationId: 'abc' } }),
      path: 'analytics', value: '"{ application, applicationId }"',
    },
    {
      rule: 'analytics-target', name: 'applicationId, externalId and role pass, without role fails',
      pass: (stack) => byId(stack),
      fail: { analytics: { applicationId: 'abc', externalId: 'external' } },
      path: 'analytics', value: '"{ applicationId, externalId }"',
    },
    {
      rule: 'analytics-target', name: 'nothing but shareUserData fails',
      pass: (stack) => ({ analytics: { application: app(stack) } }),
      fail: { analytics: { shareUserData: true } },
      path: 'analytics', value: '"{  }"',
    },
    {
      rule: 'analytics-application-id', name: 'hexadecimal digits pass, other letters fail',
      pass: (stack) => byId(stack), fail: (stack) => byId(stack, 'project-1'),
      path: 'analytics.applicationId', value: '"project-1"',
    },
    {
      rule: 'analytics-application-id', name: 'one digit passes, an empty id fails',
      pass: (stack) => byId(stack, '0'), fail: (stack) => byId(stack, ''),
      path: 'analytics.applicationId', value: '""',
    },
  ]);

  test('renders the application ARN, or the id, external id and role ARN', () => {
    const client = expectValid((stack) => byId(stack, 'abc123'));
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AnalyticsConfiguration: { ApplicationId: 'abc123', ExternalId: 'external', RoleArn: { 'Fn::GetAtt': ['Role1ABCC5F0', 'Arn'] } },
    });
  });
});

test('a JavaScript caller that gives no props at all is told that userPool is required', () => {
  const stack = newStack();
  expect(() => new UserPoolClient(stack, 'Client', undefined as unknown as UserPoolClientProps))
    .toThrow(/^UserPoolClient has 1 invalid setting:\n {2}userPool: not given is required: the user pool/);
});
