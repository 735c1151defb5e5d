import * as fs from 'fs';
import * as path from 'path';
import { Duration, Errors, SecretValue } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ClientAttributes, OAuthScope, UserPool, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { attempt, expectValid, newStack, violationLines } from './rules-support';
import type { ClientProps, PropsMaker } from './rules-support';
import { UserPoolClient } from '../src';
import { SCHEMA_RULE } from '../src/client/schema';
import { RULES } from '../src/rules/table';

/** Props that break eleven rules at once. */
const MANY_WRONGS: ClientProps = {
  userPoolClientName: 'bad/name',
  accessTokenValidity: Duration.minutes(4),
  refreshTokenValidity: Duration.minutes(59),
  authSessionValidity: Duration.minutes(16),
  refreshTokenRotationGracePeriod: Duration.seconds(61),
  enablePropagateAdditionalUserContextData: true,
  oAuth: {
    callbackUrls: ['https://app.example.com/cb', 'https://app.example.com/ok', 'http://app.example.com/cb'],
    logoutUrls: ['https://a/bye later'],
    defaultRedirectUri: 'https://app.example.com/elsewhere',
    scopes: [OAuthScope.custom('srv/read all')],
  },
  supportedIdentityProviders: [UserPoolClientIdentityProvider.custom('p'.repeat(33))],
};

describe('every error in one ValidationError', () => {
  test('lists each violation on its own line, in the order of the rules table', () => {
    const { error } = attempt(MANY_WRONGS);
    expect(Errors.isValidationError(error)).toBe(true);
    const message = (error as Error).message;
    const [head, ...lines] = message.split('\n');
    expect(head).toBe('UserPoolClient has 11 invalid settings:');
    expect(lines).toHaveLength(11);
    expect(lines.every((line) => line.startsWith('  '))).toBe(true);
    expect(violationLines(error as Error)).toEqual([
      'accessTokenValidity: Duration.minutes(4) must be from 5 minutes to 1 day [accessTokenValidity-range]',
      'refreshTokenValidity: Duration.minutes(59) must be from 1 hour to 3650 days [refreshTokenValidity-range]',
      'authSessionValidity: Duration.minutes(16) must be a whole number of minutes from 3 minutes to 15 minutes [authSessionValidity-range]',
      'refreshTokenRotationGracePeriod: Duration.seconds(61) must be a whole number of seconds from 0 seconds to 1 minute [refreshTokenRotationGracePeriod-range]',
      'oAuth.scopes[0]: "srv/read all" must be 1 to 256 characters of [\\x21\\x23-\\x5B\\x5D-\\x7E] (printable ASCII without space, " and \\) [oauth-scope-format]',
      'oAuth.logoutUrls[0]: "https://a/bye later" must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters) [url-characters]',
      'oAuth.callbackUrls[2]: "http://app.example.com/cb" must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port) [url-https]',
      'oAuth.defaultRedirectUri: "https://app.example.com/elsewhere" must be one of the callback URLs (callback URLs: ["https://app.example.com/cb","https://app.example.com/ok","http://app.example.com/cb"]) [default-redirect-uri-in-callback-urls]',
      `supportedIdentityProviders[0]: "${'p'.repeat(33)}" must be COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon or the name of a provider that can be registered: 3 to 32 letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character [identity-provider-name]`,
      'userPoolClientName: "bad/name" must be 1 to 128 characters of letters, digits, white space and _+=,.@- [client-name]',
      'enablePropagateAdditionalUserContextData: true needs generateSecret turned on [context-data-needs-secret]',
    ]);
  });

  test('names every property that is wrong', () => {
    const lines = violationLines(attempt(MANY_WRONGS).error as Error);
    for (const property of ['accessTokenValidity', 'refreshTokenValidity', 'authSessionValidity', 'refreshTokenRotationGracePeriod',
      'oAuth.scopes[0]', 'oAuth.logoutUrls[0]', 'oAuth.callbackUrls[2]', 'oAuth.defaultRedirectUri', 'supportedIdentityProviders[0]', 'userPoolClientName',
      'enablePropagateAdditionalUserContextData']) {
      expect(lines.filter((line) => line.startsWith(`${property}: `))).toHaveLength(1);
    }
  });

  test('a single error says "1 invalid setting"', () => {
    const { error } = attempt({ accessTokenValidity: Duration.minutes(4) });
    expect((error as Error).message).toBe('UserPoolClient has 1 invalid setting:\n  accessTokenValidity: Duration.minutes(4) must be from 5 minutes to 1 day [accessTokenValidity-range]');
  });

  test('is a ValidationError of aws-cdk-lib, attached to the client construct', () => {
    const stack = newStack();
    let caught: unknown;
    try {
      new UserPoolClient(stack, 'Client', { userPool: new UserPool(stack, 'Pool'), accessTokenValidity: Duration.minutes(4) });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught)).toBe(true);
    if (!Errors.isValidationError(caught)) {
      return;
    }
    expect(caught.type).toBe('validation');
    expect(caught.name).toBe('UserPoolClientInvalidProps');
    expect(caught.constructPath).toBe('Stack/Client');
  });

  test('nothing is added to the construct tree but the client itself', () => {
    const { stack } = attempt(MANY_WRONGS);
    expect(stack.node.tryFindChild('Client')?.node.children ?? []).toEqual([]);
  });

  test('a valid config throws nothing', () => {
    const stack = newStack();
    expect(() => new UserPoolClient(stack, 'Client', {
      userPool: new UserPool(stack, 'Pool'),
      preventUserExistenceErrors: true,
      oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['https://app.example.com/cb'] },
    })).not.toThrow();
    Template.fromStack(stack).resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  });
});

describe('no false rejections: Cognito-valid configs are accepted', () => {
  const configs: Array<[string, PropsMaker]> = [
    ['no props at all (aws-cdk-lib defaults)', {}],
    ['durations that are not whole minutes', {
      accessTokenValidity: Duration.seconds(330), idTokenValidity: Duration.seconds(86_399), refreshTokenValidity: Duration.seconds(172_801),
    }],
    ['the extremes of every range', {
      accessTokenValidity: Duration.minutes(5), idTokenValidity: Duration.days(1), refreshTokenValidity: Duration.days(3650),
      authSessionValidity: Duration.minutes(15), refreshTokenRotationGracePeriod: Duration.seconds(0), authFlows: { userSrp: true },
    }],
    ['a SPA with PKCE on localhost and production', {
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        callbackUrls: ['http://localhost:3000/cb', 'https://app.example.com/cb'],
        logoutUrls: ['http://localhost:3000/', 'https://app.example.com/'],
        defaultRedirectUri: 'https://app.example.com/cb',
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
      },
    }],
    ['a native app with loopback callbacks on any port, and a single-page app signing out to a hash route', {
      oAuth: {
        flows: { authorizationCodeGrant: true },
        callbackUrls: ['http://127.0.0.1:8080/callback', 'http://[::1]:3000/callback', 'http://localhost/cb'],
        logoutUrls: ['https://app.example.com/#/signed-out', 'http://intranet.example.com/bye'],
      },
    }],
    ['a mobile app with a custom scheme', { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: ['myapp://callback', 'com.example.app:/oauth2redirect'] } }],
    ['a server with a secret, client credentials and resource server scopes', (stack) => {
      const pool = new UserPool(stack, 'Pool');
      const server = pool.addResourceServer('Api', { identifier: 'https://api.example.com', scopes: [{ scopeName: 'read', scopeDescription: 'read' }] });
      return {
        userPool: pool, generateSecret: true, enablePropagateAdditionalUserContextData: true,
        oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(server, { scopeName: 'read', scopeDescription: 'read' }), OAuthScope.custom('srv/write')] },
      };
    }],
    ['every auth flow, attributes, providers and a name with every allowed character', {
      userPoolClientName: 'My app 2_+=,.@-',
      authFlows: { adminUserPassword: true, custom: true, userPassword: true, userSrp: true, user: true },
      readAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }).withCustomAttributes('tenant'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, UserPoolClientIdentityProvider.GOOGLE, UserPoolClientIdentityProvider.custom('Corp-SAML')],
      enableTokenRevocation: true,
    }],
    ['Pinpoint analytics by id', (stack) => ({
      analytics: { applicationId: '0123456789abcdef0123456789abcdef', externalId: 'ext', role: new Role(stack, 'Role', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') }), shareUserData: true },
    })],
    ['OAuth off with everything else on', {
      disableOAuth: true, generateSecret: true, enableTokenRevocation: false, preventUserExistenceErrors: false,
      authFlows: { userPassword: true }, accessTokenValidity: Duration.hours(1), refreshTokenValidity: Duration.hours(1),
    }],
  ];

  test.each(configs)('%s', (_name, props) => {
    const client = expectValid(props);
    Template.fromStack(client.stack).resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  });

  test('the client secret is read without a custom resource', () => {
    const client = expectValid({ generateSecret: true });
    expect(client.stack.resolve(client.userPoolClientSecret.unsafeUnwrap())).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Client/), 'ClientSecret'] });
    expect(SecretValue.isSecretValue(client.userPoolClientSecret)).toBe(true);
  });
});

describe('the rules table', () => {
  const ALL = [SCHEMA_RULE, ...RULES];

  test('ids are unique, and every rule has a level, a property, a requirement and a source', () => {
    expect(new Set(ALL.map((r) => r.id)).size).toBe(ALL.length);
    for (const r of ALL) {
      expect(r.id).toMatch(/^[A-Za-z-]+$/);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.property.length).toBeGreaterThan(0);
      expect(r.requirement.length).toBeGreaterThan(0);
      expect(r.source).toMatch(/https:\/\//);
    }
  });

  test('every rule is named in a test/rules-*.test.ts (a boundary test, or a warning case)', () => {
    const sources = fs.readdirSync(__dirname)
      .filter((file) => /^rules-.*\.test\.ts$/.test(file) && file !== path.basename(__filename))
      .map((file) => fs.readFileSync(path.join(__dirname, file), 'utf8'))
      .join('\n');
    expect(ALL.map((r) => r.id).filter((id) => !sources.includes(`'${id}'`))).toEqual([]);
  });
});
