/**
 * The client in its app: the dependencies on the identity providers and resource servers it names,
 * and the whole-app rules, which run when the app synthesizes.
 */
import * as path from 'path';
import { App, Aspects, Duration, Lazy, NestedStack, SecretValue, Stack, Stage, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient, UserPoolClientChecks } from '../src';
import type { UserPoolClientProps } from '../src';
import { APP_RULES } from '../src/rules/table';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { runCdk, transpile } from './util/cdk-cli';

const ENV = { account: '123456789012', region: 'eu-west-1' };

function newApp(): App {
  return new App(NO_CFN_VALIDATION);
}

function google(scope: Stack | NestedStack, id: string, userPool: cognito.IUserPool): cognito.UserPoolIdentityProviderGoogle {
  return new cognito.UserPoolIdentityProviderGoogle(scope, id, {
    userPool, clientId: 'google-client-id', clientSecretValue: SecretValue.unsafePlainText('google-secret'),
  });
}

function apiServer(pool: cognito.UserPool, scopes: string[] = ['read'], identifier = 'api'): cognito.UserPoolResourceServer {
  return pool.addResourceServer(`Server-${identifier}`, {
    identifier, scopes: scopes.map((scopeName) => ({ scopeName, scopeDescription: scopeName })),
  });
}

/** The logical ID of the one resource of `type` under `scope`. */
function logicalIdOf(stack: Stack, construct: { node: { defaultChild?: unknown; path: string } }): string {
  const child = (construct.node.defaultChild ?? construct) as Parameters<Stack['getLogicalId']>[0];
  return stack.getLogicalId(child);
}

function clientResource(stack: Stack, client: UserPoolClient): Record<string, any> {
  return Template.fromStack(stack).toJSON().Resources[logicalIdOf(stack, client)];
}

/** The lines of the synthesis error (`[path] message`), or [] when the app synthesizes. */
function synthErrors(app: App): string[] {
  try {
    app.synth({ force: true });
    return [];
  } catch (error) {
    const message = (error as Error).message;
    if (!message.startsWith('Validation failed with the following errors:')) {
      throw error;
    }
    return message.split('\n').slice(1).map((line) => line.trim()).filter((line) => line.startsWith('['));
  }
}

function requirement(id: string): string {
  const rule = APP_RULES.find((r) => r.id === id);
  if (rule === undefined) {
    throw new Error(`no app rule ${id}`);
  }
  return rule.requirement;
}

/** A stack `Stack` with a pool `Pool` and a client `Client`; `before` runs before the client, `after` after it. */
function build(props: Omit<UserPoolClientProps, 'userPool'> = {}, options: {
  poolProps?: cognito.UserPoolProps;
  before?: (stack: Stack, pool: cognito.UserPool) => void;
  after?: (stack: Stack, pool: cognito.UserPool) => void;
} = {}) {
  const app = newApp();
  const stack = new Stack(app, 'Stack', { env: ENV });
  const pool = new cognito.UserPool(stack, 'Pool', options.poolProps);
  options.before?.(stack, pool);
  const client = new UserPoolClient(stack, 'Client', { userPool: pool, ...props });
  options.after?.(stack, pool);
  return { app, stack, pool, client };
}

describe('deploy order', () => {
  test('a client depends on the identity provider it names, and its properties stay aws-cdk-lib\'s', () => {
    const props = { supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] };
    const ours = build(props, { before: (stack, pool) => google(stack, 'Google', pool) });
    const provider = ours.stack.node.findChild('Google') as cognito.UserPoolIdentityProviderGoogle;
    const resource = clientResource(ours.stack, ours.client);
    expect(resource.DependsOn).toEqual([logicalIdOf(ours.stack, provider)]);

    const theirsStack = new Stack(newApp(), 'Stack', { env: ENV });
    const theirsPool = new cognito.UserPool(theirsStack, 'Pool');
    google(theirsStack, 'Google', theirsPool);
    new cognito.UserPoolClient(theirsStack, 'Client', { userPool: theirsPool, ...props });
    const theirs = Template.fromStack(theirsStack).toJSON().Resources[logicalIdOf(ours.stack, ours.client)];
    expect(theirs.DependsOn).toBeUndefined();
    expect(resource.Properties).toEqual(theirs.Properties);
  });

  test('a client that names COGNITO beside a provider depends on the provider', () => {
    const { stack, client } = build(
      { supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, cognito.UserPoolClientIdentityProvider.GOOGLE] },
      { before: (s, pool) => google(s, 'Google', pool) },
    );
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, stack.node.findChild('Google') as cognito.UserPoolIdentityProviderGoogle)]);
  });

  test('a provider defined after the client is a dependency too', () => {
    const { stack, client } = build(
      { supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] },
      { after: (s, pool) => google(s, 'Google', pool) },
    );
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, stack.node.findChild('Google') as cognito.UserPoolIdentityProviderGoogle)]);
  });

  test('the providers registered on the pool, rendered when supportedIdentityProviders is not given, are Refs (which order the deploy)', () => {
    const { stack, client } = build({}, { before: (s, pool) => google(s, 'Google', pool) });
    const resource = clientResource(stack, client);
    const providerId = logicalIdOf(stack, stack.node.findChild('Google') as cognito.UserPoolIdentityProviderGoogle);
    expect(resource.Properties.SupportedIdentityProviders).toEqual([{ Ref: providerId }, 'COGNITO']);
    expect(resource.DependsOn).toBeUndefined();
  });

  test('a custom scope given as a string makes the client depend on its resource server', () => {
    let server: cognito.UserPoolResourceServer | undefined;
    const { stack, client } = build(
      { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'], scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('api/read')] } },
      { after: (_s, pool) => { server = apiServer(pool); } },
    );
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, server!)]);
  });

  test('an identifier with slashes (a URL) is matched whole', () => {
    let server: cognito.UserPoolResourceServer | undefined;
    const { stack, client } = build(
      { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('https://api.example.com/v1/read')] } },
      { before: (_s, pool) => { server = apiServer(pool, ['read'], 'https://api.example.com/v1'); } },
    );
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, server!)]);
  });

  test('no dependency while OAuth is off, and none on what the client does not name', () => {
    const { stack, client } = build({ disableOAuth: true, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO] }, {
      before: (s, pool) => { google(s, 'Google', pool); apiServer(pool); },
    });
    expect(clientResource(stack, client).DependsOn).toBeUndefined();
  });

  test('across stacks: a stack dependency, no DependsOn', () => {
    const app = newApp();
    const poolStack = new Stack(app, 'PoolStack', { env: ENV });
    const pool = new cognito.UserPool(poolStack, 'Pool');
    const clientStack = new Stack(app, 'ClientStack', { env: ENV });
    const client = new UserPoolClient(clientStack, 'Client', { userPool: pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    const providerStack = new Stack(app, 'ProviderStack', { env: ENV });
    google(providerStack, 'Google', pool);

    const assembly = app.synth();
    expect(assembly.getStackByName('ClientStack').dependencies.map((d) => d.id)).toEqual(expect.arrayContaining(['PoolStack', 'ProviderStack']));
    expect(clientResource(clientStack, client).DependsOn).toBeUndefined();
  });

  test('a provider in a nested stack: the client depends on the nested stack', () => {
    const { stack, client } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] }, {
      after: (s, pool) => google(new NestedStack(s, 'Providers'), 'Google', pool),
    });
    const nested = stack.node.findChild('Providers') as NestedStack;
    expect(clientResource(stack, client).DependsOn).toEqual([stack.getLogicalId(nested.nestedStackResource!)]);
  });

  test('L1 pool, provider and resource server', () => {
    const app = newApp();
    const stack = new Stack(app, 'Stack', { env: ENV });
    const pool = new cognito.CfnUserPool(stack, 'Pool');
    const provider = new cognito.CfnUserPoolIdentityProvider(stack, 'Oidc', {
      userPoolId: pool.ref, providerName: 'MyOIDC', providerType: 'OIDC',
      providerDetails: { client_id: 'id', authorize_scopes: 'openid', oidc_issuer: 'https://issuer.example.com', attributes_request_method: 'GET' },
    });
    const server = new cognito.CfnUserPoolResourceServer(stack, 'Api', { userPoolId: pool.ref, identifier: 'api', name: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'read' }] });
    const client = new UserPoolClient(stack, 'Client', {
      userPool: pool,
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('MyOIDC')],
      oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'], scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('api/read')] },
    });
    expect(clientResource(stack, client).DependsOn).toEqual([stack.getLogicalId(server), stack.getLogicalId(provider)].sort());
  });

  test('an imported pool: no dependency and no error', () => {
    const app = newApp();
    const stack = new Stack(app, 'Stack', { env: ENV });
    const pool = cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_AbCdEf123');
    const client = new UserPoolClient(stack, 'Client', {
      userPool: pool,
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.FACEBOOK],
      oAuth: { scopes: [cognito.OAuthScope.custom('api/read')] },
      readAttributes: new cognito.ClientAttributes().withCustomAttributes('tenant'),
    });
    expect(synthErrors(app)).toEqual([]);
    expect(clientResource(stack, client).DependsOn).toBeUndefined();
  });

  test('an imported pool: the client depends on the providers and resource servers the app defines on it, by the id it was given', () => {
    const app = newApp();
    const stack = new Stack(app, 'Stack', { env: ENV });
    const pool = cognito.UserPool.fromUserPoolId(stack, 'Pool', 'eu-west-1_AbCdEf123');
    const provider = google(stack, 'Google', pool);
    const server = new cognito.UserPoolResourceServer(stack, 'Api', { userPool: pool, identifier: 'api', scopes: [{ scopeName: 'read', scopeDescription: 'read' }] });
    // the same pool imported once more, and another imported pool with a provider of the same name
    const again = cognito.UserPool.fromUserPoolId(stack, 'Again', 'eu-west-1_AbCdEf123');
    google(stack, 'OtherGoogle', cognito.UserPool.fromUserPoolId(stack, 'Other', 'eu-west-1_Other'));
    const client = new UserPoolClient(stack, 'Client', {
      userPool: again,
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE, cognito.UserPoolClientIdentityProvider.FACEBOOK],
      oAuth: { scopes: [cognito.OAuthScope.custom('api/read'), cognito.OAuthScope.custom('api/write')] },
    });
    expect(synthErrors(app)).toEqual([]);
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, provider), logicalIdOf(stack, server)].sort());
  });

  test('one pool, many clients: each depends on what it names', () => {
    const { app, stack, pool } = build({ disableOAuth: true, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO] });
    const provider = google(stack, 'Google', pool);
    const clients = Array.from({ length: 40 }, (_, i) => new UserPoolClient(stack, `Many${i}`, {
      userPool: pool, supportedIdentityProviders: [i % 2 === 0 ? cognito.UserPoolClientIdentityProvider.GOOGLE : cognito.UserPoolClientIdentityProvider.COGNITO],
    }));
    expect(synthErrors(app)).toEqual([]);
    const resources = Template.fromStack(stack).toJSON().Resources;
    clients.forEach((client, i) => {
      expect(resources[logicalIdOf(stack, client)].DependsOn).toEqual(i % 2 === 0 ? [logicalIdOf(stack, provider)] : undefined);
    });
  });
});

describe('every synthesis reads the app as it is then', () => {
  test('a provider added after a synthesis is found by the next one, for our construct and for a client the checks read', () => {
    const ours = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    const theirs = newApp();
    Aspects.of(theirs).add(new UserPoolClientChecks());
    const theirsStack = new Stack(theirs, 'Stack', { env: ENV });
    const theirsPool = new cognito.UserPool(theirsStack, 'Pool');
    new cognito.UserPoolClient(theirsStack, 'Client', { userPool: theirsPool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    for (const [app, stack, pool] of [[ours.app, ours.stack, ours.pool], [theirs, theirsStack, theirsPool]] as const) {
      expect(synthErrors(app)).toEqual([expect.stringContaining('[identity-provider-on-pool]')]);
      google(stack, 'Google', pool);
      expect(synthErrors(app)).toEqual([]);
      expect(Template.fromStack(stack).toJSON().Resources[logicalIdOf(stack, stack.node.findChild('Client') as UserPoolClient)].DependsOn)
        .toEqual([logicalIdOf(stack, stack.node.findChild('Google') as cognito.UserPoolIdentityProviderGoogle)]);
    }
  });
});

describe('a client removed from the tree', () => {
  test('is not checked', () => {
    const { app, stack } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    expect(synthErrors(app)).toHaveLength(1);
    stack.node.tryRemoveChild('Client');
    expect(synthErrors(app)).toEqual([]);
  });
});

describe('whole-app rules', () => {
  test('identity-provider-on-pool: a provider the pool does not have', () => {
    const { app } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE, cognito.UserPoolClientIdentityProvider.FACEBOOK] }, {
      before: (s, pool) => google(s, 'Google', pool),
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[1]: "Facebook" ${requirement('identity-provider-on-pool')} (providers of this pool: Google) [identity-provider-on-pool]`,
    ]);
  });

  test('identity-provider-on-pool: a provider of another pool names that pool', () => {
    const { app } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] }, {
      before: (s) => google(s, 'Google', new cognito.UserPool(s, 'OtherPool')),
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[0]: "Google" ${requirement('identity-provider-on-pool')} (providers of this pool: none; it belongs to another pool: Stack/OtherPool) [identity-provider-on-pool]`,
    ]);
  });

  test('identity-provider-on-pool: a provider of two other pools names both', () => {
    const { app } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] }, {
      before: (s) => {
        google(s, 'Google', new cognito.UserPool(s, 'OtherPool'));
        google(s, 'Google2', new cognito.UserPool(s, 'ThirdPool'));
      },
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[0]: "Google" ${requirement('identity-provider-on-pool')} (providers of this pool: none; it belongs to another pool: Stack/OtherPool, Stack/ThirdPool) [identity-provider-on-pool]`,
    ]);
  });

  test('identity-provider-on-pool: an imported provider registered on the pool, or one declared outside the app, passes', () => {
    const { app, client } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Okta'), cognito.UserPoolClientIdentityProvider.custom('Legacy')] }, {
      before: (s, pool) => pool.registerIdentityProvider(cognito.UserPoolIdentityProvider.fromProviderName(s, 'Okta', 'Okta')),
    });
    client.declareResourcesOutsideApp({ identityProviders: ['Legacy'] });
    expect(synthErrors(app)).toEqual([]);
  });

  test('identity-provider-on-pool: a provider name given as a token, or a provider of the pool named by a token, is not rejected', () => {
    const tokenName = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(Token.asString({ Ref: 'ProviderName' }))] });
    expect(synthErrors(tokenName.app)).toEqual([]);
    const tokenProvider = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('Unknown')] }, {
      before: (s, pool) => new cognito.CfnUserPoolIdentityProvider(s, 'P', {
        userPoolId: pool.userPoolId, providerName: Token.asString({ Ref: 'Name' }), providerType: 'OIDC', providerDetails: {},
      }),
    });
    expect(synthErrors(tokenProvider.app)).toEqual([]);
  });

  test('scope-on-pool: a scope of no resource server, and a scope the server does not declare', () => {
    const oAuth = { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] };
    const { app } = build({ oAuth: { ...oAuth, scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('orders/read'), cognito.OAuthScope.custom('api/write')] } }, {
      before: (_s, pool) => apiServer(pool, ['read', 'admin']),
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] oAuth.scopes[1]: "orders/read" ${requirement('scope-on-pool')} (resource servers of this pool: api) [scope-on-pool]`,
      `[Stack/Client] oAuth.scopes[2]: "api/write" ${requirement('scope-on-pool')} (resource server "api" declares: read, admin) [scope-on-pool]`,
    ]);
  });

  test('scope-on-pool: a scope splits only at a slash (a server whose identifier is a prefix of the scope\'s is not its server)', () => {
    const { app } = build({ generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.custom('api/read')] } }, {
      before: (_s, pool) => apiServer(pool, ['read'], 'ap'),
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] oAuth.scopes[0]: "api/read" ${requirement('scope-on-pool')} (resource servers of this pool: ap) [scope-on-pool]`,
    ]);
  });

  test('scope-on-pool: a scope of another pool\'s resource server names that pool; declared outside the app, it passes', () => {
    const scopes = [cognito.OAuthScope.custom('api/read')];
    const other = build({ generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes } }, {
      before: (s) => apiServer(new cognito.UserPool(s, 'OtherPool')),
    });
    expect(synthErrors(other.app)).toEqual([
      `[Stack/Client] oAuth.scopes[0]: "api/read" ${requirement('scope-on-pool')} (resource servers of this pool: none; it belongs to another pool: Stack/OtherPool) [scope-on-pool]`,
    ]);
    other.client.declareResourcesOutsideApp({ scopes: ['api/read'] });
    expect(synthErrors(other.app)).toEqual([]);
  });

  test('scope-on-pool: the scope of OAuthScope.resourceServer passes (a token reference)', () => {
    const { app } = build({}, {
      after: (s, pool) => {
        const scope = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' });
        const server = pool.addResourceServer('Api', { identifier: 'api', scopes: [scope] });
        new UserPoolClient(s, 'Machine', { userPool: pool, generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [cognito.OAuthScope.resourceServer(server, scope)] } });
      },
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('attribute-on-pool: a custom attribute the pool does not declare', () => {
    const readAttributes = new cognito.ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('tenant', 'plan');
    const { app } = build({ readAttributes }, { poolProps: { customAttributes: { tenant: new cognito.StringAttribute() } } });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] readAttributes: "custom:plan" ${requirement('attribute-on-pool')} (custom attributes of this pool: custom:tenant) [attribute-on-pool]`,
    ]);
  });

  test('attribute-on-pool: declared custom attributes and every standard attribute pass; declared outside the app too', () => {
    const readAttributes = new cognito.ClientAttributes()
      .withStandardAttributes({ address: true, birthdate: true, email: true, emailVerified: true, familyName: true, fullname: true, gender: true, givenName: true, lastUpdateTime: true, locale: true, middleName: true, nickname: true, phoneNumber: true, phoneNumberVerified: true, preferredUsername: true, profilePage: true, profilePicture: true, timezone: true, website: true })
      .withCustomAttributes('tenant', 'legacy');
    const { app, client } = build({ readAttributes, writeAttributes: new cognito.ClientAttributes().withCustomAttributes('tenant') }, {
      poolProps: { customAttributes: { tenant: new cognito.StringAttribute({ mutable: true }) } },
    });
    client.declareResourcesOutsideApp({ attributes: ['custom:legacy'] });
    expect(synthErrors(app)).toEqual([]);
  });

  test('required-attributes-writable: write attributes must include the required ones', () => {
    const writeAttributes = new cognito.ClientAttributes().withStandardAttributes({ givenName: true });
    const { app } = build({ writeAttributes }, { poolProps: { standardAttributes: { email: { required: true }, familyName: { required: true } } } });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] writeAttributes: ["given_name"] ${requirement('required-attributes-writable')} (missing: email, family_name) [required-attributes-writable]`,
    ]);
    const fixed = build({ writeAttributes: writeAttributes.withStandardAttributes({ email: true, familyName: true }) }, {
      poolProps: { standardAttributes: { email: { required: true }, familyName: { required: true } } },
    });
    expect(synthErrors(fixed.app)).toEqual([]);
  });

  test('user-auth-feature-plan: ALLOW_USER_AUTH on a Lite pool', () => {
    const lite = build({ authFlows: { user: true } }, { poolProps: { featurePlan: cognito.FeaturePlan.LITE } });
    expect(synthErrors(lite.app)).toEqual([
      `[Stack/Client] authFlows.user: true ${requirement('user-auth-feature-plan')} [user-auth-feature-plan]`,
    ]);
    const essentials = build({ authFlows: { user: true } }, { poolProps: { featurePlan: cognito.FeaturePlan.ESSENTIALS } });
    expect(synthErrors(essentials.app)).toEqual([]);
    const withoutUserAuth = build({ authFlows: { userSrp: true } }, { poolProps: { featurePlan: cognito.FeaturePlan.LITE } });
    expect(synthErrors(withoutUserAuth.app)).toEqual([]);
  });

  test('every violation of every client at once, each with its client\'s path', () => {
    const { app, stack, pool } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.FACEBOOK] });
    new UserPoolClient(stack, 'Second', { userPool: pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.AMAZON] });
    expect(synthErrors(app).map((line) => line.slice(0, line.indexOf(':')))).toEqual([
      '[Stack/Client] supportedIdentityProviders[0]',
      '[Stack/Second] supportedIdentityProviders[0]',
    ]);
  });

  test('a client in a nested Stage is checked against the pools of its stage', () => {
    const app = newApp();
    const stack = new Stack(new Stage(app, 'Prod'), 'Stack', { env: ENV });
    const pool = new cognito.UserPool(stack, 'Pool');
    google(stack, 'Google', pool);
    new UserPoolClient(stack, 'Client', { userPool: pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE, cognito.UserPoolClientIdentityProvider.FACEBOOK] });
    expect(synthErrors(app)).toEqual([
      `[Prod/Stack/Client] supportedIdentityProviders[1]: "Facebook" ${requirement('identity-provider-on-pool')} (providers of this pool: Google) [identity-provider-on-pool]`,
    ]);
  });

  test('the pools of a nested Stage (which synthesizes alone) are not "another pool" to the clients outside it', () => {
    const app = newApp();
    const nested = new Stack(new Stage(app, 'Prod'), 'Stack', { env: ENV });
    google(nested, 'Google', new cognito.UserPool(nested, 'Pool'));
    const stack = new Stack(app, 'Stack', { env: ENV });
    new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool'), supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[0]: "Google" ${requirement('identity-provider-on-pool')} (providers of this pool: none) [identity-provider-on-pool]`,
    ]);
  });

  test('the rules run in Template.fromStack too', () => {
    const { stack } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.APPLE] });
    expect(() => Template.fromStack(stack)).toThrow(/\[Stack\/Client\] supportedIdentityProviders\[0\]: "SignInWithApple"/);
  });

  test('the app is indexed as it is when it synthesizes, even if a dependency was read before it was complete', () => {
    const { stack, pool, client } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] });
    expect(client.node.dependencies).toEqual([]);
    const provider = google(stack, 'Google', pool);
    expect(clientResource(stack, client).DependsOn).toEqual([logicalIdOf(stack, provider)]);
  });
});

describe('pools, providers and resource servers as the app defines them (L1s, tokens)', () => {
  const CODE_FLOW = { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] };

  /** A stack `Stack` with a `CfnUserPool` `Pool`; `setup` adds what else the test needs (a client). */
  function l1Pool(poolProps: cognito.CfnUserPoolProps, setup: (stack: Stack, pool: cognito.CfnUserPool) => void): App {
    const app = newApp();
    const stack = new Stack(app, 'Stack', { env: ENV });
    setup(stack, new cognito.CfnUserPool(stack, 'Pool', poolProps));
    return app;
  }

  function server(stack: Stack, pool: cognito.CfnUserPool, props: Partial<cognito.CfnUserPoolResourceServerProps>): cognito.CfnUserPoolResourceServer {
    return new cognito.CfnUserPoolResourceServer(stack, 'Api', { userPoolId: pool.ref, identifier: 'api', name: 'api', ...props });
  }

  /** A client `Client` of a `CfnUserPool` (which knows no registered providers: COGNITO is given). */
  function l1Client(stack: Stack, props: UserPoolClientProps): UserPoolClient {
    return new UserPoolClient(stack, 'Client', { supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO], ...props });
  }

  function clientWithScopes(stack: Stack, pool: cognito.CfnUserPool, ...scopes: string[]): UserPoolClient {
    return l1Client(stack, { userPool: pool, oAuth: { ...CODE_FLOW, scopes: scopes.map((s) => cognito.OAuthScope.custom(s)) } });
  }

  const readsAndWrites = (...custom: string[]) => ({
    readAttributes: new cognito.ClientAttributes().withCustomAttributes(...custom),
    writeAttributes: new cognito.ClientAttributes().withCustomAttributes(...custom),
  });

  test('a CfnUserPool is named by its own path in messages', () => {
    const { app } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom('MyOIDC')] }, {
      before: (s) => new cognito.CfnUserPoolIdentityProvider(s, 'Oidc', {
        userPoolId: new cognito.CfnUserPool(s, 'OtherPool').ref, providerName: 'MyOIDC', providerType: 'OIDC', providerDetails: {},
      }),
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[0]: "MyOIDC" ${requirement('identity-provider-on-pool')} (providers of this pool: none; it belongs to another pool: Stack/OtherPool) [identity-provider-on-pool]`,
    ]);
  });

  test('a schema given as a token: no attribute is rejected, none is required', () => {
    const schema = Lazy.any({ produce: () => [{ name: 'tenant', attributeDataType: 'String', required: true }] });
    const app = l1Pool({ schema }, (stack, pool) => l1Client(stack, { userPool: pool, ...readsAndWrites('plan') }));
    expect(synthErrors(app)).toEqual([]);
  });

  test('a schema attribute given as a token, or named by one: no attribute is rejected', () => {
    const tokenItem = l1Pool({ schema: [{ name: 'tenant', attributeDataType: 'String' }, Lazy.any({ produce: () => ({ name: 'plan', attributeDataType: 'String' }) })] },
      (stack, pool) => l1Client(stack, { userPool: pool, ...readsAndWrites('plan') }));
    expect(synthErrors(tokenItem)).toEqual([]);
    const tokenName = l1Pool({ schema: [{ name: Token.asString({ Ref: 'AttributeName' }), attributeDataType: 'String' }] },
      (stack, pool) => l1Client(stack, { userPool: pool, ...readsAndWrites('plan') }));
    expect(synthErrors(tokenName)).toEqual([]);
  });

  test('required-attributes-writable: a required custom attribute of a CfnUserPool is named as a client names it; the others need not be written', () => {
    const schema = [
      { name: 'email', attributeDataType: 'String', required: true }, { name: 'tenant', attributeDataType: 'String', required: true },
      { name: 'plan', attributeDataType: 'String', required: false }, { name: 'nickname', attributeDataType: 'String' },
    ];
    const app = l1Pool({ schema }, (stack, pool) => l1Client(stack, {
      userPool: pool, writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ givenName: true }),
    }));
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] writeAttributes: ["given_name"] ${requirement('required-attributes-writable')} (missing: email, custom:tenant) [required-attributes-writable]`,
    ]);
    const fixed = l1Pool({ schema }, (stack, pool) => l1Client(stack, {
      userPool: pool, writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('tenant'),
    }));
    expect(synthErrors(fixed)).toEqual([]);
  });

  test('attribute-on-pool: a list of more than ten custom attributes is cut after ten', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `a${String(i).padStart(2, '0')}`);
    const detail = (count: number) => {
      const customAttributes = Object.fromEntries(names(count).map((name) => [name, new cognito.StringAttribute()]));
      const { app } = build({ readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') }, { poolProps: { customAttributes } });
      const [line] = synthErrors(app);
      return line.slice(line.indexOf('(custom attributes of this pool: '), line.lastIndexOf(' ['));
    };
    const shown = names(10).map((name) => `custom:${name}`).join(', ');
    expect(detail(13)).toEqual(`(custom attributes of this pool: ${shown} and 3 more)`);
    expect(detail(10)).toEqual(`(custom attributes of this pool: ${shown})`);
  });

  test('attribute-on-pool: write attributes are checked too, alone', () => {
    const { app } = build({ writeAttributes: new cognito.ClientAttributes().withCustomAttributes('plan') });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] writeAttributes: "custom:plan" ${requirement('attribute-on-pool')} (custom attributes of this pool: none) [attribute-on-pool]`,
    ]);
  });

  test('attribute-on-pool: an attribute named by a token, and a developer-only attribute (dev:custom:name), pass', () => {
    class DeveloperAttributes extends cognito.ClientAttributes {
      public attributes(): string[] {
        return ['dev:custom:legacy'];
      }
    }
    const { app } = build({ readAttributes: new cognito.ClientAttributes().withCustomAttributes(Token.asString({ Ref: 'AttributeName' })), writeAttributes: new DeveloperAttributes() });
    expect(synthErrors(app)).toEqual([]);
  });

  test('required-attributes-writable: write attributes given as a token list: none is missing', () => {
    class TokenAttributes extends cognito.ClientAttributes {
      public attributes(): string[] {
        return Token.asList({ Ref: 'WriteAttributes' });
      }
    }
    const { app } = build({ writeAttributes: new TokenAttributes() }, { poolProps: { standardAttributes: { email: { required: true } } } });
    expect(synthErrors(app)).toEqual([]);
  });

  test('identity-provider-on-pool: COGNITO beside an unknown provider: only the unknown one is reported', () => {
    const { app } = build({ supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO, cognito.UserPoolClientIdentityProvider.FACEBOOK] });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[1]: "Facebook" ${requirement('identity-provider-on-pool')} (providers of this pool: none) [identity-provider-on-pool]`,
    ]);
  });

  test('scope-on-pool: a resource server whose identifier is a token may declare any scope', () => {
    const app = l1Pool({}, (stack, pool) => {
      server(stack, pool, { identifier: Token.asString({ Ref: 'Identifier' }), scopes: [{ scopeName: 'read', scopeDescription: 'read' }] });
      clientWithScopes(stack, pool, 'orders/read');
    });
    expect(synthErrors(app)).toEqual([]);
  });

  test('scope-on-pool: a resource server without scopes declares none', () => {
    const app = l1Pool({}, (stack, pool) => {
      server(stack, pool, {});
      clientWithScopes(stack, pool, 'api/read');
    });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] oAuth.scopes[0]: "api/read" ${requirement('scope-on-pool')} (resource server "api" declares: none) [scope-on-pool]`,
    ]);
  });

  test('scope-on-pool: scopes given as a token, a scope given as one, or a scope name that is one: any scope of the server passes', () => {
    const scopeLists: cognito.CfnUserPoolResourceServerProps['scopes'][] = [
      Lazy.any({ produce: () => [{ scopeName: 'read', scopeDescription: 'read' }] }),
      [{ scopeName: 'write', scopeDescription: 'write' }, Lazy.any({ produce: () => ({ scopeName: 'read', scopeDescription: 'read' }) })],
      [{ scopeName: Token.asString({ Ref: 'ScopeName' }), scopeDescription: 'read' }],
    ];
    for (const scopes of scopeLists) {
      const app = l1Pool({}, (stack, pool) => {
        server(stack, pool, { scopes });
        clientWithScopes(stack, pool, 'api/read');
      });
      expect(synthErrors(app)).toEqual([]);
    }
  });

  test('a pool id that holds the pool\'s Ref and more is another pool: nothing is checked against the pool', () => {
    const app = l1Pool({}, (stack, pool) => new UserPoolClient(stack, 'Client', {
      userPool: cognito.UserPool.fromUserPoolId(stack, 'Imported', `${pool.ref}-copy`), ...readsAndWrites('plan'),
    }));
    expect(synthErrors(app)).toEqual([]);
  });

  test('a pool id given as the pool\'s UserPoolId attribute is the pool', () => {
    const app = l1Pool({}, (stack, pool) => new UserPoolClient(stack, 'Client', {
      userPool: cognito.UserPool.fromUserPoolId(stack, 'Imported', pool.attrUserPoolId), readAttributes: new cognito.ClientAttributes().withCustomAttributes('plan'),
    }));
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] readAttributes: "custom:plan" ${requirement('attribute-on-pool')} (custom attributes of this pool: none) [attribute-on-pool]`,
    ]);
  });
});

describe('refresh-token rotation without authFlows', () => {
  test('renders Cognito\'s default flows without ALLOW_REFRESH_TOKEN_AUTH', () => {
    const { stack, client } = build({ refreshTokenRotationGracePeriod: Duration.seconds(0) });
    expect(clientResource(stack, client).Properties.ExplicitAuthFlows).toEqual(['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH']);
  });
});

describe('the real cdk synth', () => {
  test('a provider and a client that names it: DependsOn in the synthesized template', () => {
    const dir = transpile(['test/fixtures/app-in-app']);
    const result = runCdk(['synth', '--app', `node ${path.join('test', 'fixtures', 'app-in-app', 'app.js')}`, '--output', 'cdk.out', '--quiet'], dir);
    expect(result).toMatchObject({ status: 0 });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const template = require(path.join(dir, 'cdk.out', 'AuthStack.template.json'));
    const [clientId] = Object.keys(template.Resources).filter((id) => template.Resources[id].Type === 'AWS::Cognito::UserPoolClient');
    const providerIds = Object.keys(template.Resources).filter((id) => template.Resources[id].Type === 'AWS::Cognito::UserPoolIdentityProvider');
    expect(providerIds).toHaveLength(1);
    expect(template.Resources[clientId].DependsOn).toEqual(providerIds);
  });
});
