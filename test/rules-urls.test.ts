import { CfnParameter } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { OAuthScope } from 'aws-cdk-lib/aws-cognito';
import { boundaryTests, errorLines, expectValid, httpsUrls, urlOfLength } from './rules-support';
import type { Boundary, ClientProps } from './rules-support';

const CB = 'https://app.example.com/cb';
const M2M_OAUTH = { flows: { clientCredentials: true }, scopes: [OAuthScope.custom('srv/read')] };

/**
 * The URL at callbackUrls[2] and as the default redirect URI (which must then be a callback URL too),
 * and, for the rules of every URL, at logoutUrls[1].
 */
function atEveryUrlProperty(ruleId: string, name: string, good: string, bad: string, value = JSON.stringify(bad), of: 'all' | 'redirect' = 'all'): Boundary[] {
  return [
    {
      rule: ruleId, name: `callbackUrls[2]: ${name}`,
      pass: { oAuth: { callbackUrls: [CB, CB + '2', good] } }, fail: { oAuth: { callbackUrls: [CB, CB + '2', bad] } },
      path: 'oAuth.callbackUrls[2]', value,
    },
    ...(of === 'all' ? [{
      rule: ruleId, name: `logoutUrls[1]: ${name}`,
      pass: { oAuth: { callbackUrls: [CB], logoutUrls: [CB, good] } }, fail: { oAuth: { callbackUrls: [CB], logoutUrls: [CB, bad] } },
      path: 'oAuth.logoutUrls[1]', value,
    }] : []),
    {
      rule: ruleId, name: `defaultRedirectUri: ${name}`,
      pass: { oAuth: { callbackUrls: [good], defaultRedirectUri: good } }, fail: { oAuth: { callbackUrls: [good], defaultRedirectUri: bad } },
      path: 'oAuth.defaultRedirectUri', value,
      // the bad default redirect URI is not a callback URL either
      alsoFails: ['oAuth.defaultRedirectUri'],
    },
  ];
}

describe('callback URLs are needed by the browser flows', () => {
  boundaryTests([
    {
      rule: 'callback-url-required', name: 'one URL passes, callbackUrls: [] fails',
      pass: { oAuth: { callbackUrls: [CB] } }, fail: { oAuth: { callbackUrls: [] } },
      path: 'oAuth.callbackUrls', value: '[]',
    },
    {
      rule: 'callback-url-required', name: 'with authorizationCodeGrant alone too',
      pass: { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: [CB] } }, fail: { oAuth: { flows: { authorizationCodeGrant: true }, callbackUrls: [] } },
      path: 'oAuth.callbackUrls', value: '[]',
    },
  ]);

  test('the client credentials grant takes callbackUrls: []', () => {
    expectValid({ generateSecret: true, oAuth: { ...M2M_OAUTH, callbackUrls: [] } });
  });

  test('without callbackUrls, the placeholder https://example.com is put in (as aws-cdk-lib does)', () => {
    const client = expectValid({});
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { CallbackURLs: ['https://example.com'] });
  });
});

describe('at most 100 callback and logout URLs', () => {
  boundaryTests([
    {
      rule: 'url-count', name: '100 callback URLs pass, 101 fail',
      pass: { oAuth: { callbackUrls: httpsUrls(100) } }, fail: { oAuth: { callbackUrls: httpsUrls(101) } },
      path: 'oAuth.callbackUrls', value: '"101 URLs"',
    },
    {
      rule: 'url-count', name: '100 logout URLs pass, 101 fail',
      pass: { oAuth: { callbackUrls: [CB], logoutUrls: httpsUrls(100) } }, fail: { oAuth: { callbackUrls: [CB], logoutUrls: httpsUrls(101) } },
      path: 'oAuth.logoutUrls', value: '"101 URLs"',
    },
  ]);
});

describe('each URL is 1 to 1024 characters', () => {
  boundaryTests([
    ...atEveryUrlProperty('url-length', '1024 characters pass, 1025 fail', urlOfLength(1024), urlOfLength(1025)),
    {
      rule: 'url-length', name: 'an empty URL fails (and is not absolute)',
      pass: { oAuth: { callbackUrls: ['a:'] } }, fail: { oAuth: { callbackUrls: [''] } },
      path: 'oAuth.callbackUrls[0]', value: '""', alsoFails: ['oAuth.callbackUrls[0]'],
    },
  ]);

  test('1024 characters is the length of the string, not of its bytes', () => {
    expect(urlOfLength(1024)).toHaveLength(1024);
    expectValid({ oAuth: { callbackUrls: [urlOfLength(1023) + 'é'] } });
  });
});

describe('URL characters: letters, marks, symbols, numbers and punctuation', () => {
  boundaryTests([
    ...atEveryUrlProperty('url-characters', 'a dash passes, a space fails', 'https://app.example.com/a-b', 'https://app.example.com/a b'),
    {
      rule: 'url-characters', name: 'a percent-encoded space passes, a tab fails',
      pass: { oAuth: { callbackUrls: ['https://app.example.com/a%20b'] } }, fail: { oAuth: { callbackUrls: ['https://app.example.com/a\tb'] } },
      path: 'oAuth.callbackUrls[0]', value: '"https://app.example.com/a\\tb"',
    },
    {
      rule: 'url-characters', name: 'an IDN host and an emoji pass, a newline fails',
      pass: { oAuth: { callbackUrls: ['https://例え.jp/cb', 'https://app.example.com/✓'] } }, fail: { oAuth: { callbackUrls: ['https://app.example.com/cb\n'] } },
      path: 'oAuth.callbackUrls[0]', value: '"https://app.example.com/cb\\n"',
    },
    {
      rule: 'url-characters', name: 'a one-character logout URL passes, a tab alone fails',
      pass: { oAuth: { callbackUrls: [CB], logoutUrls: ['é'] } }, fail: { oAuth: { callbackUrls: [CB], logoutUrls: ['\t'] } },
      path: 'oAuth.logoutUrls[0]', value: '"\\t"',
    },
  ]);
});

describe('URLs are absolute', () => {
  boundaryTests([
    ...atEveryUrlProperty('url-absolute', 'myapp://callback passes, /relative fails', 'myapp://callback', '/relative', undefined, 'redirect'),
    {
      rule: 'url-absolute', name: 'com.example.app:/cb passes, app.example.com/cb fails',
      pass: { oAuth: { callbackUrls: ['com.example.app:/cb'] } }, fail: { oAuth: { callbackUrls: ['app.example.com/cb'] } },
      path: 'oAuth.callbackUrls[0]', value: '"app.example.com/cb"',
    },
    {
      rule: 'url-absolute', name: 'myapp:cb passes, myapp (no colon) fails',
      pass: { oAuth: { callbackUrls: ['myapp:cb'] } }, fail: { oAuth: { callbackUrls: ['myapp'] } },
      path: 'oAuth.callbackUrls[0]', value: '"myapp"',
    },
    {
      rule: 'url-absolute', name: 'https passes, a protocol-relative URL fails',
      pass: { oAuth: { callbackUrls: ['https://app.example.com/cb'] } }, fail: { oAuth: { callbackUrls: ['//app.example.com/cb'] } },
      path: 'oAuth.callbackUrls[0]', value: '"//app.example.com/cb"',
    },
    {
      rule: 'url-absolute', name: 'a scheme of letters, digits, + . - passes, a scheme starting with a digit fails',
      pass: { oAuth: { callbackUrls: ['my-app+v2.x://cb'] } }, fail: { oAuth: { callbackUrls: ['2app://cb'] } },
      path: 'oAuth.callbackUrls[0]', value: '"2app://cb"',
    },
  ]);
});

describe('URLs have no fragment', () => {
  boundaryTests([
    ...atEveryUrlProperty('url-no-fragment', 'a query passes, a fragment fails', 'https://a/cb?x=1', 'https://a/cb#frag', undefined, 'redirect'),
    {
      rule: 'url-no-fragment', name: 'an empty fragment fails too',
      pass: { oAuth: { callbackUrls: ['https://a/cb'] } }, fail: { oAuth: { callbackUrls: ['https://a/cb#'] } },
      path: 'oAuth.callbackUrls[0]', value: '"https://a/cb#"',
    },
  ]);
});

describe('callback URLs use https, or http only for the loopback hosts', () => {
  const http = (name: string, pass: string[], fail: string): Boundary => ({
    rule: 'url-https', name, pass: { oAuth: { callbackUrls: pass } }, fail: { oAuth: { callbackUrls: [fail] } },
    path: 'oAuth.callbackUrls[0]', value: JSON.stringify(fail),
  });
  boundaryTests([
    ...atEveryUrlProperty('url-https', 'http://localhost:3000/cb passes, http://app.example.com/cb fails', 'http://localhost:3000/cb', 'http://app.example.com/cb', undefined, 'redirect'),
    http('http://localhost passes, http://localhost.example.com fails', ['http://localhost'], 'http://localhost.example.com/cb'),
    http('http://127.0.0.1 with any port passes, http://127.0.0.2 fails', ['http://127.0.0.1/cb', 'http://127.0.0.1:8080/callback', 'http://127.0.0.1'], 'http://127.0.0.2/cb'),
    http('http://[::1] with any port passes, http://[::2] fails', ['http://[::1]:3000/callback', 'http://[::1]/cb', 'http://[::1]'], 'http://[::2]:3000/callback'),
    http('the IPv6 host is the whole bracketed literal: http://[::1]x fails', ['http://[::1]:1/cb'], 'http://[::1]x/cb'),
    http('a user before @ is not the host: http://localhost@evil.example.com fails', ['http://user@localhost:3000/cb'], 'http://localhost@evil.example.com/cb'),
    http('the host is matched whole: http://127.0.0.1.example.com fails', ['http://127.0.0.1:9/cb'], 'http://127.0.0.1.example.com/cb'),
    http('the host ends at ?: http://localhost?x passes, http://app?localhost fails', ['http://localhost?x=1', 'http://localhost:8080?x'], 'http://app?localhost'),
    http('the scheme and host are case-insensitive: HTTP://LOCALHOST/cb passes, HTTP://APP.EXAMPLE.COM/cb fails',
      ['HTTP://LOCALHOST/cb', 'http://LOCALHOST/cb'], 'HTTP://APP.EXAMPLE.COM/cb'),
    http('only the scheme is read: http:// later in the URL passes, http://app.example.com without a path fails',
      ['com.example.app://cb?next=http://app.example.com', 'https://app.example.com/http://x'], 'http://app.example.com'),
  ]);
});

describe('logout URLs: the API reference gives them a pattern, a length and a count only', () => {
  test('a fragment (hash routing), plain http and an app URL are accepted, and rendered as given', () => {
    const logoutUrls = ['https://app.example.com/#/signed-out', 'http://intranet.example.com/bye', 'myapp://signed-out', 'signed-out'];
    const client = expectValid({ oAuth: { callbackUrls: [CB], logoutUrls } });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { LogoutURLs: logoutUrls });
  });

  test('the pattern and the length still apply', () => {
    expect(errorLines({ oAuth: { callbackUrls: [CB], logoutUrls: ['https://a b', ''] } })).toEqual([
      'oAuth.logoutUrls[1]: "" must be 1 to 1024 characters [url-length]',
      'oAuth.logoutUrls[0]: "https://a b" must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters) [url-characters]',
    ]);
  });
});

describe('the default redirect URI is a callback URL', () => {
  const REQ: Omit<Boundary, 'name' | 'pass' | 'fail' | 'detail'> = { rule: 'default-redirect-uri-in-callback-urls', path: 'oAuth.defaultRedirectUri', value: '"https://app.example.com/other"' };
  boundaryTests([
    {
      ...REQ, name: 'in the callback URLs passes, not in them fails',
      pass: { oAuth: { callbackUrls: [CB, 'https://app.example.com/other'], defaultRedirectUri: 'https://app.example.com/other' } },
      fail: { oAuth: { callbackUrls: [CB], defaultRedirectUri: 'https://app.example.com/other' } },
      detail: 'callback URLs: ["https://app.example.com/cb"]',
    },
    {
      ...REQ, name: 'the placeholder https://example.com passes without callbackUrls, another URL fails',
      pass: { oAuth: { defaultRedirectUri: 'https://example.com' } },
      fail: { oAuth: { defaultRedirectUri: 'https://app.example.com/other' } },
      detail: 'callback URLs: ["https://example.com"]',
    },
    {
      ...REQ, name: 'an exact match passes, a trailing slash fails', value: '"https://app.example.com/cb/"',
      pass: { oAuth: { callbackUrls: [CB], defaultRedirectUri: CB } },
      fail: { oAuth: { callbackUrls: [CB], defaultRedirectUri: CB + '/' } },
      detail: 'callback URLs: ["https://app.example.com/cb"]',
    },
    {
      ...REQ, name: 'the client credentials grant has no callback URL unless given', value: '"https://app.example.com/cb"',
      pass: { generateSecret: true, oAuth: { ...M2M_OAUTH, callbackUrls: [CB], defaultRedirectUri: CB } },
      fail: { generateSecret: true, oAuth: { ...M2M_OAUTH, defaultRedirectUri: CB } },
      detail: 'callback URLs: []',
    },
  ]);

  test('a token in a logout URL does not excuse a default redirect URI that is no callback URL', () => {
    expect(errorLines((stack) => ({
      oAuth: { callbackUrls: [CB], logoutUrls: [`https://${new CfnParameter(stack, 'Domain').valueAsString}/bye`], defaultRedirectUri: 'https://app.example.com/other' },
    }))).toEqual(['oAuth.defaultRedirectUri: "https://app.example.com/other" must be one of the callback URLs (callback URLs: ["https://app.example.com/cb"]) [default-redirect-uri-in-callback-urls]']);
  });

  test('a token in a callback URL may be the default redirect URI', () => {
    expectValid((stack) => ({
      oAuth: { callbackUrls: [`https://${new CfnParameter(stack, 'Domain').valueAsString}/cb`], defaultRedirectUri: 'https://app.example.com/other' },
    }));
  });

  test('with disableOAuth there is no callback URL, so a default redirect URI fails too', () => {
    const props: ClientProps = { disableOAuth: true, oAuth: { callbackUrls: [CB], defaultRedirectUri: CB } };
    expect(errorLines(props)).toEqual([
      'oAuth: {"callbackUrls":["https://app.example.com/cb"],"defaultRedirectUri":"https://app.example.com/cb"} must not be given when disableOAuth is true [oauth-settings-with-disable-oauth]',
      'oAuth.defaultRedirectUri: "https://app.example.com/cb" must be one of the callback URLs (callback URLs: []) [default-redirect-uri-in-callback-urls]',
    ]);
  });
});

test('every URL rule reports each bad URL on its own line', () => {
  expect(errorLines({
    oAuth: {
      callbackUrls: ['http://app.example.com/cb', 'https://a/cb#x', '/relative', 'https://a b'],
      logoutUrls: ['http://app.example.com/bye'],
    },
  })).toEqual([
    'oAuth.callbackUrls[3]: "https://a b" must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters) [url-characters]',
    'oAuth.callbackUrls[2]: "/relative" must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback [url-absolute]',
    'oAuth.callbackUrls[1]: "https://a/cb#x" must not contain a fragment (#) [url-no-fragment]',
    'oAuth.callbackUrls[0]: "http://app.example.com/cb" must use https (http is allowed only for http://localhost, http://127.0.0.1 and http://[::1], with any port) [url-https]',
  ]);
});
