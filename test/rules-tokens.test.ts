import { CfnParameter, Duration, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ClientAttributes, OAuthScope, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { holdsTokens } from '../src/rules/tokens';
import { errorLines, expectValid, httpsUrls } from './rules-support';
import type { ClientProps } from './rules-support';

function param(stack: Stack, id: string, type = 'String'): CfnParameter {
  return new CfnParameter(stack, id, { type });
}

/** A string the app knows only at deploy time. */
function deployTime(stack: Stack, id: string): string {
  return param(stack, id).valueAsString;
}

test('a string holds a token exactly when Token.isUnresolved says so (the quick test that spares the plain strings its cost)', () => {
  const stack = new Stack();
  const token = Token.asString({ Ref: 'Anything' });
  const texts = [
    token, `https://${token}/cb`, Fn.importValue('Exported'), Lazy.string({ produce: () => 'x' }), deployTime(stack, 'P'),
    `${Token.asNumber({ Ref: 'N' })}`, `port ${Token.asNumber({ Ref: 'N' })} of the host`, Fn.join('', ['a', token]), stack.region,
    Fn.select(0, Token.asList({ Ref: 'L' })), Token.asList({ Ref: 'L' })[0],
    '', 'https://app.example.com/cb', '${Token[', '${Token[not a token}', 'e+289', '-1.5e+289', '-1.8881545897087626e+289 ', '#{Token[TOKEN.1]}',
  ];
  expect(texts.map(holdsTokens)).toEqual(texts.map((text) => Token.isUnresolved(text)));
  // (aws-cdk-lib releases differ on a few: a join or a select of a token may be a token or not)
  expect(texts.filter(holdsTokens).length).toBeGreaterThanOrEqual(8);
});

describe('an unresolved token is never rejected', () => {
  const tokenStrings: Array<[string, (stack: Stack) => string]> = [
    ['Token.asString', () => Token.asString({ Ref: 'Anything' })],
    ['Fn.importValue', () => Fn.importValue('Exported')],
    ['Lazy.string', () => Lazy.string({ produce: () => 'https://app.example.com/cb' })],
    ['CfnParameter.valueAsString', (stack) => deployTime(stack, `P${stack.node.children.length}`)],
  ];

  test.each(tokenStrings)('%s in every string property', (_name, make) => {
    expectValid((stack): ClientProps => ({
      userPoolClientName: make(stack),
      oAuth: {
        callbackUrls: [make(stack)],
        logoutUrls: [make(stack)],
        defaultRedirectUri: make(stack),
        scopes: [OAuthScope.custom(make(stack))],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(make(stack))],
      readAttributes: new ClientAttributes().withCustomAttributes(make(stack)),
    }));
  });

  test.each(tokenStrings)('%s as the analytics application id', (_name, make) => {
    expectValid((stack): ClientProps => ({
      analytics: { applicationId: make(stack), externalId: make(stack), role: { roleRef: { roleArn: make(stack), roleName: 'r' } } as never },
    }));
  });

  test('token lists: CfnParameter.valueAsList, Token.asList, Fn.split', () => {
    const client = expectValid((stack) => ({
      oAuth: {
        callbackUrls: new CfnParameter(stack, 'Callbacks', { type: 'CommaDelimitedList' }).valueAsList,
        logoutUrls: Token.asList(Fn.importValue('LogoutUrls')),
        defaultRedirectUri: 'https://app.example.com/cb',
      },
    }));
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: { Ref: 'Callbacks' },
      LogoutURLs: { 'Fn::ImportValue': 'LogoutUrls' },
    });
  });

  test('durations from a number parameter, in the unit each property takes', () => {
    const client = expectValid((stack) => {
      const minutes = param(stack, 'Minutes', 'Number').valueAsNumber;
      const seconds = param(stack, 'Seconds', 'Number').valueAsNumber;
      return {
        accessTokenValidity: Duration.minutes(minutes),
        idTokenValidity: Duration.hours(param(stack, 'Hours', 'Number').valueAsNumber),
        refreshTokenValidity: Duration.days(param(stack, 'Days', 'Number').valueAsNumber),
        authSessionValidity: Duration.minutes(minutes),
        refreshTokenRotationGracePeriod: Duration.seconds(seconds),
        authFlows: { userSrp: true },
      };
    });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AccessTokenValidity: { Ref: 'Minutes' },
      IdTokenValidity: { Ref: 'Hours' },
      RefreshTokenValidity: { Ref: 'Days' },
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'hours', RefreshToken: 'days' },
      AuthSessionValidity: { Ref: 'Minutes' },
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: { Ref: 'Seconds' } },
    });
  });

  test('a token duration is not compared with a known one', () => {
    expectValid((stack) => ({
      idTokenValidity: Duration.days(1),
      refreshTokenValidity: Duration.minutes(param(stack, 'Minutes', 'Number').valueAsNumber),
    }));
    expectValid((stack) => ({
      idTokenValidity: Duration.minutes(param(stack, 'Minutes', 'Number').valueAsNumber),
      refreshTokenValidity: Duration.hours(1),
    }));
  });
});

describe('a token duration in a unit the property cannot take is rejected (it cannot be rendered)', () => {
  test('a token validity in milliseconds', () => {
    const lines = errorLines((stack) => ({ accessTokenValidity: Duration.millis(param(stack, 'N', 'Number').valueAsNumber) }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^accessTokenValidity: Duration\.millis\(.*\) must be a whole number of seconds/);
  });

  test('an auth session in seconds, and a grace period in minutes', () => {
    const lines = errorLines((stack) => ({
      authSessionValidity: Duration.seconds(param(stack, 'N', 'Number').valueAsNumber),
      refreshTokenRotationGracePeriod: Duration.minutes(param(stack, 'M', 'Number').valueAsNumber),
    }));
    expect(lines.map((l) => l.split(':')[0])).toEqual(['authSessionValidity', 'refreshTokenRotationGracePeriod']);
  });
});

describe('a string with a token inside is checked for its literal parts', () => {
  test('https://${bucket.bucketDomainName}/cb passes', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: [`https://${new Bucket(stack, 'Bucket').bucketDomainName}/cb`] } }));
  });

  test('http://${domain}/cb passes: the host is unknown', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: [`http://${deployTime(stack, 'Domain')}/cb`] } }));
  });

  test('http://local${rest} and http://localhost${port}/cb pass: the host may be localhost', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: [`http://local${deployTime(stack, 'Rest')}`, `http://localhost${deployTime(stack, 'Port')}/cb`] } }));
  });

  test('${scheme}://app/cb and ${url} pass: a token may supply the scheme', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: [`${deployTime(stack, 'Scheme')}://app/cb`, deployTime(stack, 'Url'), `my${deployTime(stack, 'App')}://cb`] } }));
    expectValid((stack) => ({ oAuth: { callbackUrls: [`com.example.${deployTime(stack, 'App')}://cb`] } }));
  });

  const failures: Array<[string, (stack: Stack) => ClientProps, string, RegExp]> = [
    ['http://app.example.com/${path} fails: the host is known', (stack) => ({ oAuth: { callbackUrls: [`http://app.example.com/${deployTime(stack, 'Path')}`] } }),
      'oAuth.callbackUrls[0]', /must use https/],
    ['http://app.example.com:${port}/cb fails: the colon ends the host', (stack) => ({ oAuth: { callbackUrls: [`http://app.example.com:${deployTime(stack, 'Port')}/cb`] } }),
      'oAuth.callbackUrls[0]', /must use https/],
    ['http://[::2]${port}/cb fails: the bracket ends the host', (stack) => ({ oAuth: { callbackUrls: [`http://[::2]${deployTime(stack, 'Port')}/cb`] } }),
      'oAuth.callbackUrls[0]', /must use https/],
    ['https://${domain}/cb#x fails: a fragment', (stack) => ({ oAuth: { callbackUrls: [`https://${deployTime(stack, 'Domain')}/cb#x`] } }),
      'oAuth.callbackUrls[0]', /must not contain a fragment/],
    ['https://${domain}/a b fails: a space', (stack) => ({ oAuth: { logoutUrls: [`https://${deployTime(stack, 'Domain')}/a b`] } }),
      'oAuth.logoutUrls[0]', /must consist of letters/],
    ['/${path} fails: no token can make it absolute', (stack) => ({ oAuth: { callbackUrls: [`/${deployTime(stack, 'Path')}`] } }),
      'oAuth.callbackUrls[0]', /must be an absolute URL/],
    ['https://${domain}/ + 1020 characters fails: longer than 1024 whatever the token', (stack) => ({ oAuth: { callbackUrls: [`https://${deployTime(stack, 'Domain')}/${'a'.repeat(1016)}`] } }),
      'oAuth.callbackUrls[0]', /must be 1 to 1024 characters/],
    ['app/${name} as the client name fails: a slash', (stack) => ({ userPoolClientName: `app/${deployTime(stack, 'Name')}` }),
      'userPoolClientName', /must be 1 to 128 characters/],
    ['srv/${scope} with a space fails', (stack) => ({ oAuth: { scopes: [OAuthScope.custom(`srv /${deployTime(stack, 'Scope')}`)] } }),
      'oAuth.scopes[0]', /must be 1 to 256 characters/],
    ['${name}\\t as a provider fails: a tab', (stack) => ({ supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(`${deployTime(stack, 'Idp')}\t`)] }),
      'supportedIdentityProviders[0]', /or the name of a provider that can be registered/],
    ['abc${id}xyz as the Pinpoint application id fails: not hexadecimal', (stack) => ({ analytics: { applicationId: `abc${deployTime(stack, 'Id')}xyz`, externalId: 'x', role: { roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r', roleName: 'r' } } as never } }),
      'analytics.applicationId', /must be a Pinpoint project id/],
  ];

  test.each(failures)('%s', (_name, props, path, requirement) => {
    const lines = errorLines(props);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${path}: "`)).toBe(true);
    expect(lines[0]).toMatch(requirement);
  });

  test('a string that is all token, or a token and allowed characters, passes every rule', () => {
    expectValid((stack) => ({
      userPoolClientName: `app-${deployTime(stack, 'Env')}`,
      oAuth: { scopes: [OAuthScope.custom(`${deployTime(stack, 'Server')}/read`)] },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.custom(`Idp ${deployTime(stack, 'Idp')}`)],
      analytics: { applicationId: `abc${deployTime(stack, 'Id')}`, externalId: 'x', role: { roleRef: { roleArn: 'arn:aws:iam::123456789012:role/r', roleName: 'r' } } as never },
    }));
  });
});

describe('the default redirect URI and token callback URLs', () => {
  test('a literal default redirect URI passes when a callback URL has a token: the token may resolve to it', () => {
    expectValid((stack) => ({
      oAuth: { callbackUrls: [`https://${deployTime(stack, 'Domain')}/cb`], defaultRedirectUri: 'https://app.example.com/cb' },
    }));
  });

  test('a token default redirect URI passes whatever the callback URLs', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: ['https://app.example.com/cb'], defaultRedirectUri: deployTime(stack, 'Uri') } }));
  });

  test('a literal default redirect URI not among literal callback URLs still fails', () => {
    expect(errorLines({ oAuth: { callbackUrls: ['https://app.example.com/cb'], defaultRedirectUri: 'https://app.example.com/other' } }))
      .toEqual(['oAuth.defaultRedirectUri: "https://app.example.com/other" must be one of the callback URLs (callback URLs: ["https://app.example.com/cb"]) [default-redirect-uri-in-callback-urls]']);
  });
});

describe('a token list is not counted', () => {
  test('oAuth.callbackUrls: a token list beside 100 URLs would be 101 items, but is not a list here', () => {
    expectValid((stack) => ({ oAuth: { callbackUrls: new CfnParameter(stack, 'L', { type: 'CommaDelimitedList' }).valueAsList, logoutUrls: httpsUrls(100) } }));
  });

  test('an empty-looking token list is not "no callback URL"', () => {
    expectValid(() => ({ oAuth: { callbackUrls: Token.asList(Fn.importValue('Nothing')) } }));
  });

  test('a token scope is a scope: it counts once, and is no built-in scope for the client credentials grant', () => {
    expectValid((stack) => ({
      generateSecret: true,
      oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.custom(deployTime(stack, 'Scope'))] },
    }));
  });
});
