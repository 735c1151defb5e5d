import { Duration, SecretValue } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CfnUserPool, ClientAttributes, OAuthScope, UserPool, UserPoolClientIdentityProvider, UserPoolIdentityProviderGoogle } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import type { Stack } from 'aws-cdk-lib';
import { boundaryTests, errorLines, expectValid, newStack } from './rules-support';
import type { Boundary, ClientProps, PropsMaker } from './rules-support';
import { USER_POOL_CLIENT_PROPS } from '../src/client/schema';
import { knownProperties } from '../src/rules/schema';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';

/** Props of a type the compiler would refuse: what a JavaScript user, or a cast, can pass. */
function untyped(props: Record<string, unknown>): ClientProps {
  return props as ClientProps;
}

const TOP_LEVEL = knownProperties(USER_POOL_CLIENT_PROPS).join(', ');

describe('every property is known and of its type', () => {
  const schema = (name: string, fail: PropsMaker, path: string, value: string, requirement: string, pass: PropsMaker = {}): Boundary =>
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
    schema('props without a userPool fail', untyped({ userPool: undefined }), 'userPool', 'not set',
      'is required: the user pool (an IUserPool or IUserPoolRef) the client belongs to'),
    schema('a property named like an Object member (constructor) fails', untyped({ constructor: 1 }), 'constructor', '1',
      `is not a property this library knows (known here: ${TOP_LEVEL})`),
    schema('a nested property named like an Object member (toString) fails', untyped({ oAuth: { toString: 'x' } }), 'oAuth.toString', '"x"',
      'is not a property this library knows (known here: flows, callbackUrls, logoutUrls, scopes, defaultRedirectUri)'),
    schema('an own property named __proto__ (as JSON.parse makes it) fails', untyped(JSON.parse('{"__proto__": {"x": 1}}')), '__proto__', '{"x":1}',
      `is not a property this library knows (known here: ${TOP_LEVEL})`),
    schema('a key that is not a name is quoted', untyped({ oAuth: { 'flows.clientCredentials': true } }), 'oAuth["flows.clientCredentials"]', 'true',
      'is not a property this library knows (known here: flows, callbackUrls, logoutUrls, scopes, defaultRedirectUri)'),
    schema('a string for a boolean fails', untyped({ generateSecret: 'yes' }), 'generateSecret', '"yes"', 'must be a boolean'),
    schema('null for a boolean fails', untyped({ enableTokenRevocation: null }), 'enableTokenRevocation', 'null', 'must be a boolean'),
    schema('a number for a string fails', untyped({ userPoolClientName: 42 }), 'userPoolClientName', '42', 'must be a string', { userPoolClientName: 'web' }),
    schema('a number for a Duration fails', untyped({ accessTokenValidity: 300 }), 'accessTokenValidity', '300', 'must be a Duration',
      { accessTokenValidity: Duration.minutes(5) }),
    schema('a string for a list of URLs fails', untyped({ oAuth: { callbackUrls: 'https://app.example.com/cb' } }), 'oAuth.callbackUrls', '"https://app.example.com/cb"',
      'must be a list of strings', { oAuth: { callbackUrls: ['https://app.example.com/cb'] } }),
    schema('a number in a list of URLs fails, named by its index', untyped({ oAuth: { logoutUrls: ['https://app.example.com/bye', 1] } }), 'oAuth.logoutUrls[1]', '1',
      'must be a string'),
    schema('scope names for OAuthScope objects fail', untyped({ oAuth: { scopes: ['openid'] } }), 'oAuth.scopes[0]', '"openid"',
      'must be an OAuthScope (an object with a string scopeName)', { oAuth: { scopes: [OAuthScope.OPENID] } }),
    schema('an object without scopeName for a scope fails', untyped({ oAuth: { scopes: [{ name: 'openid' }] } }), 'oAuth.scopes[0]', '{"name":"openid"}',
      'must be an OAuthScope (an object with a string scopeName)'),
    schema('a hole in a list fails', untyped({ oAuth: { callbackUrls: [, 'https://app.example.com/cb'] } }), 'oAuth.callbackUrls[0]', 'not set',
      'must be a string'),
    schema('an empty object for a provider fails', untyped({ supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, {}] }), 'supportedIdentityProviders[1]', '{}',
      'must be a UserPoolClientIdentityProvider (an object with a string name)', { supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO] }),
    schema('a list of names for ClientAttributes fails', untyped({ readAttributes: ['email'] }), 'readAttributes', '["email"]',
      'must be a ClientAttributes (new ClientAttributes().withStandardAttributes(...)) (it has no attributes())',
      { readAttributes: new ClientAttributes().withStandardAttributes({ email: true }) }),
    schema('attributes() that does not give strings fails', untyped({ writeAttributes: { attributes: () => [1] } }), 'writeAttributes', '{}',
      'must be a ClientAttributes (new ClientAttributes().withStandardAttributes(...)) (its attributes() is not a list of strings)'),
    schema('a list for the oAuth struct fails', untyped({ oAuth: [] }), 'oAuth', '[]', 'must be an object (a struct)'),
    schema('null for the oAuth struct fails', untyped({ oAuth: null }), 'oAuth', 'null', 'must be an object (a struct)'),
    schema('a string for the authFlows struct fails', untyped({ authFlows: 'userSrp' }), 'authFlows', '"userSrp"', 'must be an object (a struct)'),
    schema('a string for ClientAttributes fails', untyped({ readAttributes: 'email' }), 'readAttributes', '"email"',
      'must be a ClientAttributes (new ClientAttributes().withStandardAttributes(...))'),
    schema('an object with toMilliseconds alone for a Duration fails', untyped({ idTokenValidity: { toMilliseconds: () => 600_000 } }), 'idTokenValidity', '{}',
      'must be a Duration (it has no toSeconds())', { idTokenValidity: Duration.minutes(10) }),
    schema('an empty object for the pool fails', { userPool: untyped({}) as unknown as IUserPool }, 'userPool', '{}',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool) (it has no userPoolRef.userPoolId string)'),
    schema('a pool whose userPoolRef.userPoolId is not a string fails', { userPool: untyped({ userPoolRef: { userPoolId: 42 } }) as unknown as IUserPool }, 'userPool', '{"userPoolRef":{"userPoolId":42}}',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool) (it has no userPoolRef.userPoolId string)'),
    schema('null for the pool fails', { userPool: null as unknown as IUserPool }, 'userPool', 'null',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool)'),
    schema('a pool whose identity providers have no providerName fails', (stack) => ({ userPool: fakePool(stack, [{}]) }), 'userPool', '{"userPoolRef":{"userPoolId":"us-east-1_abcDEF123"},"identityProviders":[{}]}',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool) (its identityProviders[0] has no providerName string)',
      (stack) => ({ userPool: fakePool(stack, [{ providerName: 'Google' }]) })),
    schema('a pool whose second identity provider has no providerName fails', (stack) => ({ userPool: fakePool(stack, [{ providerName: 'Google' }, {}]) }), 'userPool',
      '{"userPoolRef":{"userPoolId":"us-east-1_abcDEF123"},"identityProviders":[{"providerName":"Google"},{}]}',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool) (its identityProviders[1] has no providerName string)'),
    schema('a pool whose identityProviders is not a list fails', (stack) => ({ userPool: fakePool(stack, 3) }), 'userPool', '{"userPoolRef":{"userPoolId":"us-east-1_abcDEF123"},"identityProviders":3}',
      'must be an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool) (its identityProviders is not a list)'),
    schema('an object without attrArn for the Pinpoint app fails', untyped({ analytics: { application: {} } }), 'analytics.application', '{}',
      'must be a Pinpoint CfnApp (it has no attrArn string)', (stack) => ({ analytics: { application: new CfnApp(stack, 'App', { name: 'app' }) } })),
    schema('the Pinpoint app\'s name for the app fails', untyped({ analytics: { application: 'my-app' } }), 'analytics.application', '"my-app"',
      'must be a Pinpoint CfnApp'),
    schema('null for the Pinpoint app fails', untyped({ analytics: { application: null } }), 'analytics.application', 'null',
      'must be a Pinpoint CfnApp'),
    schema('a role whose roleRef has no roleArn string fails', untyped({ analytics: { applicationId: 'abc', externalId: 'x', role: { roleRef: { roleArn: 42 } } } }), 'analytics.role', '{"roleRef":{"roleArn":42}}',
      'must be an IRole (it has no roleRef.roleArn string)'),
    schema('an ARN string for the role fails', untyped({ analytics: { applicationId: 'abc', externalId: 'x', role: 'arn:aws:iam::123456789012:role/r' } }), 'analytics.role', '"arn:aws:iam::123456789012:role/r"',
      'must be an IRole'),
    schema('an object without roleRef for the role fails', untyped({ analytics: { applicationId: 'abc', externalId: 'x', role: { roleArn: 'arn:aws:iam::123456789012:role/r' } } }), 'analytics.role', '{"roleArn":"arn:aws:iam::123456789012:role/r"}',
      'must be an IRole (it has no roleRef.roleArn string)'),
  ]);

  test('every boolean of the nested structs is checked: a number for each fails, named by its path', () => {
    const flags = { adminUserPassword: 1, custom: 1, userPassword: 1, userSrp: 1, user: 1 };
    const lines = errorLines(untyped({
      authFlows: flags,
      oAuth: { flows: { authorizationCodeGrant: 1, implicitCodeGrant: 1, clientCredentials: 1 } },
      analytics: { applicationId: 'abc', externalId: 'x', role: { roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r' } }, shareUserData: 1 },
    }));
    expect(lines).toEqual([
      ...Object.keys(flags).map((flag) => `authFlows.${flag}: 1 must be a boolean [known-properties]`),
      ...['authorizationCodeGrant', 'implicitCodeGrant', 'clientCredentials'].map((flow) => `oAuth.flows.${flow}: 1 must be a boolean [known-properties]`),
      'analytics.shareUserData: 1 must be a boolean [known-properties]',
    ]);
  });

  test('every string of the nested structs is checked: a number for each fails, named by its path', () => {
    const lines = errorLines(untyped({
      oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'], defaultRedirectUri: 1 },
      analytics: { applicationId: 1, externalId: 1, role: { roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r' } } },
    }));
    expect(lines).toEqual([
      'oAuth.defaultRedirectUri: 1 must be a string [known-properties]',
      'analytics.applicationId: 1 must be a string [known-properties]',
      'analytics.externalId: 1 must be a string [known-properties]',
    ]);
  });

  test('every top-level boolean is checked: a number for each fails', () => {
    const flags = ['generateSecret', 'disableOAuth', 'preventUserExistenceErrors', 'enableTokenRevocation', 'enablePropagateAdditionalUserContextData'];
    const lines = errorLines(untyped(Object.fromEntries(flags.map((flag) => [flag, 1]))));
    expect(lines).toEqual(flags.map((flag) => `${flag}: 1 must be a boolean [known-properties]`));
  });

  test('a single value where a list goes is named with the list expected', () => {
    const lines = errorLines(untyped({
      supportedIdentityProviders: UserPoolClientIdentityProvider.GOOGLE,
      oAuth: { scopes: OAuthScope.OPENID, logoutUrls: 'https://app.example.com/bye' },
    }));
    expect(lines).toEqual([
      'supportedIdentityProviders: {"name":"Google"} must be a list of UserPoolClientIdentityProvider [known-properties]',
      'oAuth.scopes: {"scopeName":"openid"} must be a list of OAuthScope [known-properties]',
      'oAuth.logoutUrls: "https://app.example.com/bye" must be a list of strings [known-properties]',
    ]);
  });

  test('props that are not an object fail', () => {
    for (const props of [5, 'props', true, []]) {
      const stack = newStack();
      expect(() => new UserPoolClient(stack, 'Client', props as unknown as UserPoolClientProps))
        .toThrow(`UserPoolClient has 1 invalid setting:\n  props: ${JSON.stringify(props)} must be an object (a struct) holding at least userPool`);
    }
  });

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

  test('a value that neither JSON nor String can show (an object without a prototype, holding a BigInt) is shown by its type', () => {
    const bare = Object.assign(Object.create(null), { n: BigInt(1) });
    expect(errorLines(untyped({ generateSecret: bare }))).toEqual(['generateSecret: [object Object] must be a boolean [known-properties]']);
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
      rule: 'identity-provider-name', name: 'three characters pass, two fail (a provider name that can be registered has at least three)',
      pass: idp('idp'), fail: idp('ad'),
      path: 'supportedIdentityProviders[0]', value: '"ad"',
    },
    {
      rule: 'identity-provider-name', name: 'an empty name fails',
      pass: idp('COGNITO'), fail: idp(''),
      path: 'supportedIdentityProviders[0]', value: '""',
    },
    {
      rule: 'identity-provider-name', name: 'the built-in names and names with - and . pass, a name with spaces fails (CreateIdentityProvider refuses it)',
      pass: idp('COGNITO', 'Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon', 'My-SAML.IdP'), fail: idp('My SAML IdP'),
      path: 'supportedIdentityProviders[0]', value: '"My SAML IdP"',
    },
    {
      rule: 'identity-provider-name', name: 'an underscore as the second character passes, elsewhere fails',
      pass: idp('a_saml'), fail: idp('my_saml'),
      path: 'supportedIdentityProviders[0]', value: '"my_saml"',
    },
    {
      rule: 'identity-provider-name', name: 'letters beyond ASCII pass, a no-break space fails',
      pass: idp('Ünternehmen-IdP', 'ÉÈ'.repeat(16)), fail: idp('Corp\u00a0IdP'),
      path: 'supportedIdentityProviders[0]', value: '"Corp\u00a0IdP"',
    },
    {
      rule: 'identity-provider-name', name: 'a tab fails',
      pass: idp('MyIdP'), fail: idp('My\tIdP'),
      path: 'supportedIdentityProviders[0]', value: '"My\\tIdP"',
    },
    {
      rule: 'identity-providers-of-imported-pool', name: 'a CfnUserPool with supportedIdentityProviders passes, without fails',
      pass: (stack) => ({ userPool: new CfnUserPool(stack, 'CfnPool'), ...idp('COGNITO') }),
      fail: (stack) => ({ userPool: new CfnUserPool(stack, 'CfnPool') }),
      path: 'supportedIdentityProviders', value: 'not set',
    },
    {
      rule: 'identity-providers-of-imported-pool', name: 'a bare IUserPoolRef with supportedIdentityProviders passes, without fails',
      pass: (stack) => ({ userPool: bareRef(stack), ...idp('COGNITO') }),
      fail: (stack) => ({ userPool: bareRef(stack) }),
      path: 'supportedIdentityProviders', value: 'not set',
    },
  ]);

  test('an imported UserPool (UserPool.fromUserPoolId) is an IUserPool: without supportedIdentityProviders it gets COGNITO, as with aws-cdk-lib', () => {
    const client = expectValid((stack) => ({ userPool: UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abcDEF123') }));
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      UserPoolId: 'us-east-1_abcDEF123',
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  test('a pool is a full IUserPool when it has a list of identity providers: they are rendered with COGNITO', () => {
    const client = expectValid((stack) => ({ userPool: fakePool(stack, [{ providerName: 'Corp-SAML' }]) }));
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { SupportedIdentityProviders: ['Corp-SAML', 'COGNITO'] });
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

/** An object that looks like a full pool (it has `identityProviders`) but whose providers are of any shape. */
function fakePool(_stack: Stack, identityProviders: unknown): IUserPool {
  return { userPoolRef: { userPoolId: 'us-east-1_abcDEF123' }, identityProviders } as unknown as IUserPool;
}

/** Analytics by id with a role that has this ARN (any text: the ARN of a role made elsewhere). */
function byRoleArn(stack: Stack, roleArn: string): ClientProps {
  const role = { roleRef: { roleArn, roleName: 'r' }, node: stack.node, env: stack.environment, stack } as unknown as IRole;
  return { analytics: { applicationId: 'abc123', externalId: 'ext', role } };
}

/** A role ARN of exactly `length` characters. */
function arnOfLength(length: number): string {
  const base = 'arn:aws:iam::123456789012:role/';
  return base + 'r'.repeat(length - base.length);
}

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
      path: 'analytics', value: '{ application, applicationId }',
    },
    {
      rule: 'analytics-target', name: 'applicationId, externalId and role pass, without role fails',
      pass: (stack) => byId(stack),
      fail: { analytics: { applicationId: 'abc', externalId: 'external' } },
      path: 'analytics', value: '{ applicationId, externalId }',
    },
    {
      rule: 'analytics-target', name: 'a property set to undefined is not named as given',
      pass: (stack) => ({ analytics: { application: app(stack), applicationId: undefined } }),
      fail: { analytics: { applicationId: 'abc', externalId: 'external', role: undefined } },
      path: 'analytics', value: '{ applicationId, externalId }',
    },
    {
      rule: 'analytics-target', name: 'nothing but shareUserData fails',
      pass: (stack) => ({ analytics: { application: app(stack) } }),
      fail: { analytics: { shareUserData: true } },
      path: 'analytics', value: '{  }',
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
    {
      rule: 'analytics-role-arn', name: 'an imported role\'s ARN passes, one with a space fails',
      pass: (stack) => byRoleArn(stack, 'arn:aws:iam::123456789012:role/service-role/pinpoint'),
      fail: (stack) => byRoleArn(stack, 'arn:aws:iam::123456789012:role/pinpoint events'),
      path: 'analytics.role', value: '"arn:aws:iam::123456789012:role/pinpoint events"',
    },
    {
      rule: 'analytics-role-arn', name: 'an ARN of 20 characters passes, 19 fail',
      pass: (stack) => byRoleArn(stack, 'arn:aws:iam::1:role/'.slice(0, 19) + 'r'), fail: (stack) => byRoleArn(stack, 'arn:aws:iam::1:role'),
      path: 'analytics.role', value: '"arn:aws:iam::1:role"',
    },
    {
      rule: 'analytics-role-arn', name: 'an ARN of 2048 characters passes, 2049 fail',
      pass: (stack) => byRoleArn(stack, arnOfLength(2048)), fail: (stack) => byRoleArn(stack, arnOfLength(2049)),
      path: 'analytics.role', value: JSON.stringify(arnOfLength(2049)),
    },
    {
      rule: 'analytics-role-arn', name: 'a region and two more :-separated parts pass, text before arn: fails',
      pass: (stack) => byRoleArn(stack, 'arn:aws-cn:iam:cn-north-1:123456789012:role/r:qualifier:v1'),
      fail: (stack) => byRoleArn(stack, 'role=arn:aws:iam::123456789012:role/r'),
      path: 'analytics.role', value: '"role=arn:aws:iam::123456789012:role/r"',
    },
    {
      rule: 'analytics-role-arn', name: 'two more :-separated parts pass, three fail',
      pass: (stack) => byRoleArn(stack, 'arn:aws:iam::123456789012:role/r:ab:cd'),
      fail: (stack) => byRoleArn(stack, 'arn:aws:iam::123456789012:role/r:ab:cd:ef'),
      path: 'analytics.role', value: '"arn:aws:iam::123456789012:role/r:ab:cd:ef"',
    },
    {
      rule: 'analytics-role-arn', name: 'a numeric account passes, a named one fails',
      pass: (stack) => byRoleArn(stack, 'arn:aws:iam::123456789012:role/r'), fail: (stack) => byRoleArn(stack, 'arn:aws:iam::my-account:role/r'),
      path: 'analytics.role', value: '"arn:aws:iam::my-account:role/r"',
    },
  ]);

  test('a role of the app (its ARN a token) is not checked', () => {
    expectValid((stack) => byId(stack));
  });

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
    .toThrow(/^UserPoolClient has 1 invalid setting:\n {2}userPool: not set is required: the user pool/);
});
