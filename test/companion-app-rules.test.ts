// The whole-app rules of a client's branding style and terms documents: they read the finished
// app (raw L1s included) when it synthesizes.
import { Annotations as CoreAnnotations, Token } from 'aws-cdk-lib';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnManagedLoginBranding, CfnTerms, CfnUserPoolDomain, ManagedLoginVersion, OAuthScope, UserPool } from 'aws-cdk-lib/aws-cognito';
import { stackWithClient } from './companion-support';
import { ManagedLoginBranding, UserPoolClient } from '../src';
import { COMPANION_APP_RULES } from '../src/rules/app/companion-rules';

const MISSING = 'managed-login-branding-missing';
const TERMS_URL = { defaultUrl: 'https://app.example.com/terms' };

function requirementOf(id: string): string {
  return COMPANION_APP_RULES.find((r) => r.id === id)!.requirement;
}

/** The message of the error synthesis throws; fails the test when it synthesizes. */
function synthError(stack: Stack): string {
  try {
    Template.fromStack(stack);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected synthesis to fail');
}

function warningsOf(stack: Stack, id: string): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(`\\[ack: cdk-cognito-user-pool-client::${id}\\]`)).map((w) => `${w.id}: ${w.entry.data}`);
}

describe('branding-one-per-client', () => {
  test('two styles for one client fail synthesis, naming both', () => {
    const { stack, client } = stackWithClient();
    client.addManagedLoginBranding('Branding');
    client.addManagedLoginBranding('Other', { settings: {} });
    expect(synthError(stack)).toContain(`[Stack/Client] client: "2 branding styles" ${requirementOf('branding-one-per-client')} (Stack/Client/Branding/Resource, Stack/Client/Other/Resource) [branding-one-per-client]`);
  });

  test('a raw CfnManagedLoginBranding for the client counts too', () => {
    const { stack, pool, client } = stackWithClient();
    client.addManagedLoginBranding('Branding');
    new CfnManagedLoginBranding(stack, 'Raw', { userPoolId: pool.userPoolId, clientId: client.userPoolClientId, useCognitoProvidedValues: true });
    expect(synthError(stack)).toMatch(/client: "2 branding styles" .* \(Stack\/Client\/Branding\/Resource, Stack\/Raw\) \[branding-one-per-client\]/);
  });

  test('checked for a client of an imported pool too', () => {
    const { stack } = stackWithClient();
    const imported = new UserPoolClient(stack, 'Imported', { userPool: UserPool.fromUserPoolId(stack, 'ImportedPool', 'eu-west-1_abc123'), disableOAuth: true, preventUserExistenceErrors: true });
    imported.addManagedLoginBranding('Branding');
    imported.addManagedLoginBranding('Again');
    expect(synthError(stack)).toMatch(/\[Stack\/Imported\] client: "2 branding styles" .*\[branding-one-per-client\]/);
  });

  test('one style for each of two clients synthesizes', () => {
    const { stack, pool, client } = stackWithClient();
    const other = new UserPoolClient(stack, 'Other', { userPool: pool, disableOAuth: true, preventUserExistenceErrors: true });
    client.addManagedLoginBranding('Branding');
    new ManagedLoginBranding(stack, 'OtherBranding', { client: other });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::ManagedLoginBranding', 2);
  });
});

describe('terms-document-once-per-client', () => {
  test('the terms of use twice for one client fail synthesis; a raw CfnTerms counts too', () => {
    const { stack, pool, client } = stackWithClient();
    client.addTerms('Terms', { termsOfUse: TERMS_URL, privacyPolicy: TERMS_URL });
    client.addTerms('More', { termsOfUse: TERMS_URL, privacyPolicy: TERMS_URL });
    new CfnTerms(stack, 'Raw', { userPoolId: pool.userPoolId, clientId: client.userPoolClientId, termsName: 'privacy-policy', termsSource: 'LINK', enforcement: 'NONE', links: { 'cognito:default': 'https://x.example.com' } });
    const message = synthError(stack);
    expect(message).toContain(`termsOfUse: "2 terms-of-use documents" ${requirementOf('terms-document-once-per-client')} (Stack/Client/Terms/TermsOfUse, Stack/Client/More/TermsOfUse) [terms-document-once-per-client]`);
    expect(message).toContain('(Stack/Client/Terms/PrivacyPolicy, Stack/Client/More/PrivacyPolicy, Stack/Raw) [terms-document-once-per-client]');
    expect(message).toContain('privacyPolicy: "3 privacy-policy documents" must be given once');
  });

  test('two documents, both the terms of use, fail synthesis', () => {
    const { stack, client } = stackWithClient();
    CoreAnnotations.of(stack).acknowledgeWarning('cdk-cognito-user-pool-client::terms-both-documents', 'the privacy policy is not given here');
    client.addTerms('Terms', { termsOfUse: TERMS_URL });
    client.addTerms('More', { termsOfUse: TERMS_URL });
    expect(synthError(stack)).toContain(`termsOfUse: "2 terms-of-use documents" ${requirementOf('terms-document-once-per-client')} (Stack/Client/Terms/TermsOfUse, Stack/Client/More/TermsOfUse) [terms-document-once-per-client]`);
  });

  test('each document once, in two constructs, synthesizes', () => {
    const { stack, client } = stackWithClient();
    CoreAnnotations.of(stack).acknowledgeWarning('cdk-cognito-user-pool-client::terms-both-documents', 'the documents are split on purpose');
    client.addTerms('Terms', { termsOfUse: TERMS_URL });
    client.addTerms('Privacy', { privacyPolicy: TERMS_URL });
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::Terms', 2);
  });
});

describe(MISSING, () => {
  function withDomain(version: ManagedLoginVersion | undefined) {
    const made = stackWithClient();
    made.pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-app' }, managedLoginVersion: version });
    return made;
  }

  test('a client with a browser flow on a pool whose domain uses managed login version 2, without a style: a warning naming the fix', () => {
    const { stack } = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    expect(warningsOf(stack, MISSING)).toEqual([
      `/Stack/Client/Resource: oAuth.flows: "a browser flow" ${requirementOf(MISSING)} (domain Stack/Pool/Domain/Resource) [ack: cdk-cognito-user-pool-client::${MISSING}]`,
    ]);
  });

  test('no warning once the client has a style (ours or a raw CfnManagedLoginBranding)', () => {
    const ours = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    ours.client.addManagedLoginBranding('Branding');
    expect(warningsOf(ours.stack, MISSING)).toEqual([]);
    const raw = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    new CfnManagedLoginBranding(raw.stack, 'Raw', { userPoolId: raw.pool.userPoolId, clientId: raw.client.userPoolClientId, useCognitoProvidedValues: true });
    expect(warningsOf(raw.stack, MISSING)).toEqual([]);
  });

  test('no warning for the classic hosted UI, a pool without a domain, or a domain of another pool', () => {
    expect(warningsOf(withDomain(ManagedLoginVersion.CLASSIC_HOSTED_UI).stack, MISSING)).toEqual([]);
    expect(warningsOf(withDomain(undefined).stack, MISSING)).toEqual([]);
    expect(warningsOf(stackWithClient().stack, MISSING)).toEqual([]);
    const { stack } = stackWithClient();
    new UserPool(stack, 'OtherPool').addDomain('Domain', { cognitoDomain: { domainPrefix: 'other' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN });
    expect(warningsOf(stack, MISSING)).toEqual([]);
  });

  test('no warning for a client without a browser flow', () => {
    const { stack, pool } = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    CoreAnnotations.of(stack.node.findChild('Client')).acknowledgeWarning(`cdk-cognito-user-pool-client::${MISSING}`, 'the two clients below are tested');
    const read = { scopeName: 'read', scopeDescription: 'read' };
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [read] });
    new UserPoolClient(stack, 'Machine', { userPool: pool, generateSecret: true, preventUserExistenceErrors: true, oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(api, read)] } });
    new UserPoolClient(stack, 'Mobile', { userPool: pool, disableOAuth: true, preventUserExistenceErrors: true });
    expect(warningsOf(stack, MISSING)).toEqual([]);
  });

  test('a client without a style is warned while another client of the app has one', () => {
    const { stack, pool } = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    const styled = new UserPoolClient(stack, 'Styled', { userPool: pool, oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] }, preventUserExistenceErrors: true });
    styled.addManagedLoginBranding('Branding');
    expect(warningsOf(stack, MISSING)).toEqual([
      `/Stack/Client/Resource: oAuth.flows: "a browser flow" ${requirementOf(MISSING)} (domain Stack/Pool/Domain/Resource) [ack: cdk-cognito-user-pool-client::${MISSING}]`,
    ]);
  });

  test('a domain whose ManagedLoginVersion is a token: no warning', () => {
    const { stack, pool } = stackWithClient();
    new CfnUserPoolDomain(stack, 'RawDomain', { userPoolId: pool.userPoolId, domain: 'example-raw', managedLoginVersion: Token.asNumber({ Ref: 'Version' }) });
    expect(warningsOf(stack, MISSING)).toEqual([]);
  });

  test('a raw CfnUserPoolDomain with ManagedLoginVersion 2 counts too', () => {
    const { stack, pool } = stackWithClient();
    new CfnUserPoolDomain(stack, 'RawDomain', { userPoolId: pool.userPoolId, domain: 'example-raw', managedLoginVersion: 2 });
    expect(warningsOf(stack, MISSING)).toHaveLength(1);
  });

  test('can be acknowledged at the client or its stack, before synthesis', () => {
    const atClient = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    CoreAnnotations.of(atClient.client).acknowledgeWarning(`cdk-cognito-user-pool-client::${MISSING}`, 'the style is applied outside CloudFormation');
    expect(warningsOf(atClient.stack, MISSING)).toEqual([]);
    const atStack = withDomain(ManagedLoginVersion.NEWER_MANAGED_LOGIN);
    CoreAnnotations.of(atStack.stack).acknowledgeWarning(`cdk-cognito-user-pool-client::${MISSING}`, 'the style is applied outside CloudFormation');
    expect(warningsOf(atStack.stack, MISSING)).toEqual([]);
  });
});
