import { Template } from 'aws-cdk-lib/assertions';
import { OAuthScope, ResourceServerScope, UserPool } from 'aws-cdk-lib/aws-cognito';
import { boundaryTests, customScopeNames, errorLines, expectValid } from './rules-support';
import type { ClientProps } from './rules-support';

const CALLBACK = ['https://app.example.com/cb'];
const READ = OAuthScope.custom('srv/read');

/** A machine-to-machine client that Cognito accepts. */
const M2M: ClientProps = { generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [READ] } };

describe('oAuth with disableOAuth', () => {
  boundaryTests([
    {
      rule: 'oauth-settings-with-disable-oauth', name: 'disableOAuth alone passes, with oAuth: {} fails',
      pass: { disableOAuth: true }, fail: { disableOAuth: true, oAuth: {} },
      path: 'oAuth', value: '{}',
    },
    {
      rule: 'oauth-settings-with-disable-oauth', name: 'oAuth with disableOAuth: false passes, with disableOAuth: true fails',
      pass: { disableOAuth: false, oAuth: { callbackUrls: CALLBACK } }, fail: { disableOAuth: true, oAuth: { callbackUrls: CALLBACK } },
      path: 'oAuth', value: '{"callbackUrls":["https://app.example.com/cb"]}',
    },
  ]);

  test('disableOAuth renders no OAuth settings, and turns off every OAuth rule', () => {
    const client = expectValid({ disableOAuth: true });
    const props = Template.fromStack(client.stack).findResources('AWS::Cognito::UserPoolClient');
    expect(Object.values(props)[0].Properties).toEqual(expect.objectContaining({ AllowedOAuthFlowsUserPoolClient: false }));
    expect(Object.values(props)[0].Properties).not.toHaveProperty('AllowedOAuthFlows');
    expect(Object.values(props)[0].Properties).not.toHaveProperty('CallbackURLs');
    expect(client.oAuthFlows).toEqual({});
  });
});

describe('the client credentials grant', () => {
  boundaryTests([
    {
      rule: 'client-credentials-alone', name: 'alone passes, with authorizationCodeGrant fails',
      pass: M2M, fail: { ...M2M, oAuth: { ...M2M.oAuth, flows: { clientCredentials: true, authorizationCodeGrant: true }, callbackUrls: CALLBACK } },
      path: 'oAuth.flows', value: '{"clientCredentials":true,"authorizationCodeGrant":true}',
    },
    {
      rule: 'client-credentials-alone', name: 'alone passes, with implicitCodeGrant fails',
      pass: M2M, fail: { ...M2M, oAuth: { ...M2M.oAuth, flows: { clientCredentials: true, implicitCodeGrant: true }, callbackUrls: CALLBACK } },
      path: 'oAuth.flows', value: '{"clientCredentials":true,"implicitCodeGrant":true}',
    },
    {
      rule: 'client-credentials-needs-secret', name: 'generateSecret: true passes, generateSecret: false fails',
      pass: M2M, fail: { ...M2M, generateSecret: false },
      path: 'oAuth.flows.clientCredentials', value: 'true',
    },
    {
      rule: 'client-credentials-needs-secret', name: 'generateSecret: true passes, no generateSecret fails',
      pass: M2M, fail: { oAuth: M2M.oAuth },
      path: 'oAuth.flows.clientCredentials', value: 'true',
    },
    {
      rule: 'client-credentials-custom-scopes-only', name: 'a custom scope passes, openid beside it fails',
      pass: M2M, fail: { ...M2M, oAuth: { ...M2M.oAuth, scopes: [READ, OAuthScope.OPENID] } },
      path: 'oAuth.scopes', value: '["openid"]',
    },
    {
      rule: 'client-credentials-custom-scopes-only', name: 'a custom scope passes, email fails (and so does the openid it adds)',
      pass: M2M, fail: { ...M2M, oAuth: { ...M2M.oAuth, scopes: [READ, OAuthScope.EMAIL] } },
      path: 'oAuth.scopes', value: '["email","openid"]',
    },
    {
      rule: 'client-credentials-custom-scopes-only', name: 'a custom scope passes, aws.cognito.signin.user.admin fails',
      pass: M2M, fail: { ...M2M, oAuth: { ...M2M.oAuth, scopes: [OAuthScope.COGNITO_ADMIN] } },
      path: 'oAuth.scopes', value: '["aws.cognito.signin.user.admin"]',
    },
    {
      rule: 'client-credentials-custom-scopes-only', name: 'a custom scope passes, the default scopes fail',
      pass: M2M, fail: { ...M2M, oAuth: { flows: { clientCredentials: true } } },
      path: 'oAuth.scopes', value: '["profile","phone","email","openid","aws.cognito.signin.user.admin"]',
    },
  ]);

  test('a resource server scope (srv/read) passes', () => {
    const client = expectValid((stack) => {
      const pool = new UserPool(stack, 'Pool');
      const read = new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' });
      const server = pool.addResourceServer('Server', { identifier: 'srv', scopes: [read] });
      return { userPool: pool, generateSecret: true, oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(server, read)] } };
    });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AllowedOAuthFlows: ['client_credentials'],
      GenerateSecret: true,
    });
  });

  test('no callback URL is needed, and none is put in', () => {
    const client = expectValid(M2M);
    const [resource] = Object.values(Template.fromStack(client.stack).findResources('AWS::Cognito::UserPoolClient'));
    expect(resource.Properties).not.toHaveProperty('CallbackURLs');
  });

  test('with a browser flow and no secret, every broken rule is listed', () => {
    expect(errorLines({ oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true }, callbackUrls: CALLBACK, scopes: [OAuthScope.OPENID] } }).map((l) => l.split(':')[0]))
      .toEqual(['oAuth.flows', 'oAuth.flows.clientCredentials', 'oAuth.scopes']);
  });
});

describe('OAuth needs a flow and a scope', () => {
  boundaryTests([
    {
      rule: 'oauth-flow-required', name: 'authorizationCodeGrant passes, flows: {} fails',
      pass: { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: CALLBACK } }, fail: { oAuth: { flows: {}, callbackUrls: CALLBACK } },
      path: 'oAuth.flows', value: '{}',
    },
    {
      rule: 'oauth-flow-required', name: 'implicitCodeGrant passes, every flow false fails',
      pass: { oAuth: { flows: { implicitCodeGrant: true }, callbackUrls: CALLBACK } },
      fail: { oAuth: { flows: { authorizationCodeGrant: false, implicitCodeGrant: false, clientCredentials: false }, callbackUrls: CALLBACK } },
      path: 'oAuth.flows', value: '{"authorizationCodeGrant":false,"implicitCodeGrant":false,"clientCredentials":false}',
    },
    {
      rule: 'oauth-scope-required', name: 'one scope passes, scopes: [] fails',
      pass: { oAuth: { scopes: [OAuthScope.OPENID] } }, fail: { oAuth: { scopes: [] } },
      path: 'oAuth.scopes', value: '[]',
    },
  ]);

  test('with disableOAuth, oAuth itself is the one error: its empty flows and scopes are not checked', () => {
    expect(errorLines({ disableOAuth: true, oAuth: { flows: {}, scopes: [] } }).map((l) => l.split(':')[0])).toEqual(['oAuth']);
  });

  test('with disableOAuth, the client credentials, callback URL and scope count rules do not read its oAuth either', () => {
    const scopes = [OAuthScope.OPENID, ...customScopeNames(50).map((s) => OAuthScope.custom(s))];
    expect(errorLines({ disableOAuth: true, oAuth: { flows: { clientCredentials: true, authorizationCodeGrant: true }, callbackUrls: [], scopes } })
      .map((l) => l.split(':')[0])).toEqual(['oAuth']);
  });
});

describe('oAuth.scopes: at most 50 (after openid is added), each 1 to 256 printable characters', () => {
  boundaryTests([
    {
      rule: 'oauth-scope-count', name: '50 custom scopes pass, 51 fail',
      pass: { oAuth: { scopes: customScopeNames(50).map((s) => OAuthScope.custom(s)) } },
      fail: { oAuth: { scopes: customScopeNames(51).map((s) => OAuthScope.custom(s)) } },
      path: 'oAuth.scopes', value: '"51 scopes"',
    },
    {
      rule: 'oauth-scope-count', name: '48 custom + email pass (50 with openid), 49 custom + email fail (51 with openid)',
      pass: { oAuth: { scopes: [...customScopeNames(48).map((s) => OAuthScope.custom(s)), OAuthScope.EMAIL] } },
      fail: { oAuth: { scopes: [...customScopeNames(49).map((s) => OAuthScope.custom(s)), OAuthScope.EMAIL] } },
      path: 'oAuth.scopes', value: '"51 scopes"',
    },
    {
      rule: 'oauth-scope-count', name: 'duplicates count once: 50 scopes given twice pass',
      pass: { oAuth: { scopes: [...customScopeNames(50), ...customScopeNames(50)].map((s) => OAuthScope.custom(s)) } },
      fail: { oAuth: { scopes: [...customScopeNames(51), ...customScopeNames(51)].map((s) => OAuthScope.custom(s)) } },
      path: 'oAuth.scopes', value: '"51 scopes"',
    },
    {
      rule: 'oauth-scope-format', name: '256 characters pass, 257 fail',
      pass: { oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.custom(`srv/${'s'.repeat(252)}`)] } },
      fail: { oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.custom(`srv/${'s'.repeat(253)}`)] } },
      path: 'oAuth.scopes[1]', value: JSON.stringify(`srv/${'s'.repeat(253)}`),
    },
    {
      rule: 'oauth-scope-format', name: 'one character passes, an empty scope fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('s/r')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('')] } },
      path: 'oAuth.scopes[0]', value: '""',
    },
    {
      rule: 'oauth-scope-format', name: 'https://api.example.com/read.all passes, a space fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('https://api.example.com/read.all')] } }, fail: { oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.custom('srv/read all')] } },
      path: 'oAuth.scopes[1]', value: '"srv/read all"',
    },
    {
      rule: 'oauth-scope-format', name: '! and ~ pass, a double quote fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('!srv/~')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('srv/"read"')] } },
      path: 'oAuth.scopes[0]', value: '"srv/\\"read\\""',
    },
    {
      rule: 'oauth-scope-format', name: '[ and ] pass, a backslash fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('[srv]/[r]')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('srv/re\\ad')] } },
      path: 'oAuth.scopes[0]', value: '"srv/re\\\\ad"',
    },
    {
      rule: 'oauth-scope-format', name: 'a line break fails this rule alone (the scope still has an identifier and a name)',
      pass: { oAuth: { scopes: [OAuthScope.custom('srv/read')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('srv\n/read')] } },
      path: 'oAuth.scopes[0]', value: '"srv\\n/read"',
    },
    {
      rule: 'oauth-scope-format', name: 'ASCII passes, a non-ASCII letter fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('srv/lire')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('srv/lécture')] } },
      path: 'oAuth.scopes[0]', value: '"srv/lécture"',
    },
    {
      rule: 'oauth-custom-scope-form', name: 'srv/read passes, read (no resource server) fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('srv/read')] } }, fail: { oAuth: { scopes: [OAuthScope.OPENID, OAuthScope.custom('read')] } },
      path: 'oAuth.scopes[1]', value: '"read"',
    },
    {
      rule: 'oauth-custom-scope-form', name: 'a URL identifier passes, an empty scope name (api/) fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('https://api.example.com/read')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('api/')] } },
      path: 'oAuth.scopes[0]', value: '"api/"',
    },
    {
      rule: 'oauth-custom-scope-form', name: 'the scope name is after the last slash: srv/a/b passes, srv/read/ fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('srv/a/b')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('srv/read/')] } },
      path: 'oAuth.scopes[0]', value: '"srv/read/"',
    },
    {
      rule: 'oauth-custom-scope-form', name: 'a one-character identifier passes, an empty identifier (/read) fails',
      pass: { oAuth: { scopes: [OAuthScope.custom('a/read')] } }, fail: { oAuth: { scopes: [OAuthScope.custom('/read')] } },
      path: 'oAuth.scopes[0]', value: '"/read"',
    },
    {
      rule: 'oauth-custom-scope-form', name: 'the built-in scopes pass, a misspelt one fails',
      pass: { oAuth: { scopes: [OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN] } },
      fail: { oAuth: { scopes: [OAuthScope.custom('opneid')] } },
      path: 'oAuth.scopes[0]', value: '"opneid"',
    },
  ]);

  test('openid is added to phone, email and profile, as aws-cdk-lib does', () => {
    const client = expectValid({ oAuth: { scopes: [OAuthScope.PHONE] } });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { AllowedOAuthScopes: ['phone', 'openid'] });
  });
});
