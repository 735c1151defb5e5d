/**
 * mapped-attributes-writable: a client that signs users in through an identity provider must be
 * able to write every attribute the provider maps, or every federated sign-in fails. For our
 * construct and, through UserPoolClientChecks, for aws-cdk-lib's clients and raw L1s; L2 and L1
 * providers and pools.
 */
import { App, Aspects, SecretValue, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient, UserPoolClientChecks } from '../src';
import type { UserPoolClientProps } from '../src';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { synthErrors } from './util/synth-errors';

const REQUIREMENT = 'must include every attribute that an identity provider the client signs users in with maps: Cognito writes mapped attributes at every federated sign-in and fails the sign-in when the client cannot write one; add them to writeAttributes, or remove the mapping';

/** A pool with a custom attribute `tenant` and an OIDC provider `Corp` that maps email and custom:tenant (aws-cdk-lib renders `custom` keys as given). */
function poolWithCorp() {
  const app = new App(NO_CFN_VALIDATION);
  Aspects.of(app).add(new UserPoolClientChecks());
  const stack = new Stack(app, 'Stack');
  const pool = new cognito.UserPool(stack, 'Pool', { customAttributes: { tenant: new cognito.StringAttribute({ mutable: true }) } });
  new cognito.UserPoolIdentityProviderOidc(stack, 'Corp', {
    userPool: pool, name: 'Corp', clientId: 'id', clientSecret: 'secret', issuerUrl: 'https://issuer.example.com',
    attributeMapping: { email: cognito.ProviderAttribute.other('email'), custom: { 'custom:tenant': cognito.ProviderAttribute.other('tenant') } },
  });
  return { app, stack, pool };
}

const OAUTH = { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] };
const CORP = [cognito.UserPoolClientIdentityProvider.custom('Corp')];

describe.each(['ours', 'aws-cdk-lib'] as const)('made by %s', (maker) => {
  function client(stack: Stack, props: Omit<UserPoolClientProps, 'userPool'>, pool: cognito.IUserPool): void {
    const all = { userPool: pool, oAuth: OAUTH, preventUserExistenceErrors: true, ...props };
    if (maker === 'ours') {
      new UserPoolClient(stack, 'Client', all);
    } else {
      new cognito.UserPoolClient(stack, 'Client', all);
    }
  }

  test('writeAttributes without a mapped attribute fail at synth, naming the provider and the attribute', () => {
    const { app, stack, pool } = poolWithCorp();
    client(stack, { supportedIdentityProviders: CORP, writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, fullname: true }) }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([`[Stack/Client] writeAttributes: ["email","name"] ${REQUIREMENT} (provider Corp maps custom:tenant) [mapped-attributes-writable]`]);
  });

  test('writeAttributes with every mapped attribute pass', () => {
    const { app, stack, pool } = poolWithCorp();
    client(stack, { supportedIdentityProviders: CORP, writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }).withCustomAttributes('tenant') }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([]);
  });

  test('without writeAttributes the client writes the standard attributes only: a custom one mapped fails', () => {
    const { app, stack, pool } = poolWithCorp();
    client(stack, { supportedIdentityProviders: CORP }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([`[Stack/Client] writeAttributes: not set ${REQUIREMENT} (provider Corp maps custom:tenant) [mapped-attributes-writable]`]);
  });

  test('without writeAttributes, a provider that maps standard attributes only passes', () => {
    const { app, stack } = poolWithCorp();
    const pool = new cognito.UserPool(stack, 'Other');
    new cognito.UserPoolIdentityProviderGoogle(stack, 'Google', {
      userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('secret'),
      attributeMapping: { email: cognito.ProviderAttribute.GOOGLE_EMAIL, givenName: cognito.ProviderAttribute.GOOGLE_GIVEN_NAME },
    });
    client(stack, { supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.GOOGLE] }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([]);
  });

  test('the pool\'s providers, when the client names none, count too', () => {
    const { app, stack, pool } = poolWithCorp();
    client(stack, { writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }) }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([`[Stack/Client] writeAttributes: ["email"] ${REQUIREMENT} (provider Corp maps custom:tenant) [mapped-attributes-writable]`]);
  });

  test('a client with OAuth off signs no one in through a provider: nothing to write', () => {
    const { app, stack, pool } = poolWithCorp();
    client(stack, { supportedIdentityProviders: CORP, writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }), disableOAuth: true, oAuth: undefined }, pool);
    expect(synthErrors(app, 'mapped-attributes-writable')).toEqual([]);
  });
});

describe('raw L1s: a CfnUserPoolClient on a CfnUserPool with a CfnUserPoolIdentityProvider', () => {
  function l1App(writeAttributes?: string[]) {
    const app = new App(NO_CFN_VALIDATION);
    Aspects.of(app).add(new UserPoolClientChecks());
    const stack = new Stack(app, 'Stack');
    const pool = new cognito.CfnUserPool(stack, 'Pool', { schema: [{ name: 'tenant', attributeDataType: 'String', mutable: true }] });
    new cognito.CfnUserPoolIdentityProvider(stack, 'Saml', {
      userPoolId: pool.ref, providerName: 'Corp', providerType: 'SAML', providerDetails: { MetadataURL: 'https://idp.example.com/metadata' },
      attributeMapping: { 'email': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'custom:tenant': 'tenant' },
    });
    new cognito.CfnUserPoolClient(stack, 'Client', {
      userPoolId: pool.ref, supportedIdentityProviders: ['Corp'], allowedOAuthFlowsUserPoolClient: true, allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid'], callbackUrLs: ['https://app.example.com/cb'], preventUserExistenceErrors: 'ENABLED', writeAttributes,
    });
    return app;
  }

  test('the mapped email left out fails', () => {
    expect(synthErrors(l1App(['name', 'custom:tenant']), 'mapped-attributes-writable')).toEqual([`[Stack/Client] writeAttributes: ["name","custom:tenant"] ${REQUIREMENT} (provider Corp maps email) [mapped-attributes-writable]`]);
  });

  test('every mapped attribute writable passes', () => {
    expect(synthErrors(l1App(['email', 'custom:tenant']), 'mapped-attributes-writable')).toEqual([]);
  });
});
