/**
 * Tokens the whole-app rules see through: a scope or provider name that refers to a resource
 * server or an identity provider of the app (OAuthScope.resourceServer, UserPoolClientIdentityProvider
 * .custom(provider.providerName)) is checked as what it refers to, for our construct and, through
 * UserPoolClientChecks, for aws-cdk-lib's; a token that refers to nothing the app can tell is never
 * rejected.
 */
import { App, Aspects, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient, UserPoolClientChecks } from '../src';
import type { UserPoolClientProps } from '../src';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { synthErrors } from './util/synth-errors';

const OUTSIDE = 'define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app';

/** Two pools, A and B, each with a resource server `api-a`/`api-b` (scope read) and an OIDC provider `CorpA`/`CorpB`. */
function twoPools() {
  const app = new App(NO_CFN_VALIDATION);
  Aspects.of(app).add(new UserPoolClientChecks());
  const stack = new Stack(app, 'Stack');
  const read = new cognito.ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' });
  const [a, b] = ['A', 'B'].map((name) => {
    const pool = new cognito.UserPool(stack, `Pool${name}`);
    const server = pool.addResourceServer('Api', { identifier: `api-${name.toLowerCase()}`, scopes: [read] });
    const provider = new cognito.UserPoolIdentityProviderOidc(stack, `Corp${name}`, {
      userPool: pool, name: `Corp${name}`, clientId: 'id', clientSecret: 'secret', issuerUrl: 'https://issuer.example.com',
      attributeRequestMethod: cognito.OidcAttributeRequestMethod.GET,
    });
    return { pool, server, provider };
  });
  return { app, stack, read, a, b };
}

type Maker = 'ours' | 'aws-cdk-lib';

function client(maker: Maker, stack: Stack, props: UserPoolClientProps): void {
  if (maker === 'ours') {
    new UserPoolClient(stack, 'Client', props);
  } else {
    new cognito.UserPoolClient(stack, 'Client', props);
  }
}

const OAUTH = { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] };

describe.each<Maker>(['ours', 'aws-cdk-lib'])('made by %s', (maker) => {
  test('a resource server scope of another pool fails at synth, named as written', () => {
    const { app, stack, read, a, b } = twoPools();
    client(maker, stack, { userPool: a.pool, oAuth: { ...OAUTH, scopes: [cognito.OAuthScope.resourceServer(b.server, read)] }, preventUserExistenceErrors: true });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] oAuth.scopes[0]: "api-b/read" must be a scope declared by a resource server of the client's user pool (identifier/scopeName): ${OUTSIDE} (resource servers of this pool: api-a; it belongs to another pool: Stack/PoolB) [scope-on-pool]`,
    ]);
  });

  test('a resource server scope of its own pool passes; its Ref orders the deploy', () => {
    const { app, stack, read, a } = twoPools();
    client(maker, stack, { userPool: a.pool, oAuth: { ...OAUTH, scopes: [cognito.OAuthScope.resourceServer(a.server, read)] }, preventUserExistenceErrors: true });
    expect(synthErrors(app)).toEqual([]);
    // The scope is the server's Ref, which orders the deploy by itself: no DependsOn is added for it.
    const resources = Template.fromStack(stack).toJSON().Resources;
    const clientId = Object.keys(resources).find((id) => resources[id].Type === 'AWS::Cognito::UserPoolClient')!;
    const server = stack.getLogicalId(a.server.node.defaultChild as cognito.CfnUserPoolResourceServer);
    expect(JSON.stringify(resources[clientId].Properties.AllowedOAuthScopes)).toContain(JSON.stringify({ Ref: server }));
    expect(resources[clientId].DependsOn ?? []).not.toContain(server);
  });

  test('an identity provider of another pool, named by its providerName, fails at synth', () => {
    const { app, stack, a, b } = twoPools();
    client(maker, stack, { userPool: a.pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(b.provider.providerName)], oAuth: OAUTH, preventUserExistenceErrors: true });
    expect(synthErrors(app)).toEqual([
      `[Stack/Client] supportedIdentityProviders[0]: "CorpB" must be an identity provider of the client's user pool: ${OUTSIDE} (providers of this pool: CorpA; it belongs to another pool: Stack/PoolB) [identity-provider-on-pool]`,
    ]);
  });

  test('the provider of its own pool passes', () => {
    const { app, stack, a } = twoPools();
    client(maker, stack, { userPool: a.pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(a.provider.providerName)], oAuth: OAUTH, preventUserExistenceErrors: true });
    expect(synthErrors(app)).toEqual([]);
  });

  test('a token that refers to nothing the app can tell is never rejected', () => {
    const { app, stack, a } = twoPools();
    const name = new CfnParameter(stack, 'ProviderName').valueAsString;
    const scope = new CfnParameter(stack, 'Scope').valueAsString;
    client(maker, stack, {
      userPool: a.pool, supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.custom(name)],
      oAuth: { ...OAUTH, scopes: [cognito.OAuthScope.custom(`${scope}/read`)] }, preventUserExistenceErrors: true,
    });
    expect(synthErrors(app)).toEqual([]);
  });
});
