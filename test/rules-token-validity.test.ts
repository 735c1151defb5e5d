import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { boundaryTests, errorLines, expectValid } from './rules-support';
import type { Boundary } from './rules-support';

const TOKENS = ['idTokenValidity', 'accessTokenValidity'] as const;
const RANGE_RULE = { idTokenValidity: 'idTokenValidity-range', accessTokenValidity: 'accessTokenValidity-range' } as const;

describe('idTokenValidity and accessTokenValidity: 5 minutes to 1 day', () => {
  boundaryTests(TOKENS.flatMap((property): Boundary[] => [
    {
      rule: RANGE_RULE[property], name: '5 minutes passes, 4 minutes 59 seconds fails',
      pass: { [property]: Duration.minutes(5) }, fail: { [property]: Duration.seconds(299) },
      path: property, value: 'Duration.seconds(299)',
    },
    {
      rule: RANGE_RULE[property], name: '1 day passes, 1 day + 1 second fails',
      pass: { [property]: Duration.days(1) }, fail: { [property]: Duration.seconds(86_401) },
      path: property, value: 'Duration.seconds(86401)',
    },
    {
      rule: RANGE_RULE[property], name: '24 hours passes, 1441 minutes fails',
      pass: { [property]: Duration.hours(24) }, fail: { [property]: Duration.minutes(1441) },
      path: property, value: 'Duration.minutes(1441)',
    },
    {
      rule: RANGE_RULE[property], name: '300000 ms passes, 299999 ms fails (also not whole seconds)',
      pass: { [property]: Duration.millis(300_000) }, fail: { [property]: Duration.millis(299_999) },
      path: property, value: 'Duration.millis(299999)', alsoFails: [property],
    },
  ]));
});

describe('refreshTokenValidity: 60 minutes to 10 years', () => {
  boundaryTests([
    {
      rule: 'refreshTokenValidity-range', name: '60 minutes passes, 59 minutes fails',
      pass: { refreshTokenValidity: Duration.minutes(60) }, fail: { refreshTokenValidity: Duration.minutes(59) },
      path: 'refreshTokenValidity', value: 'Duration.minutes(59)',
    },
    {
      rule: 'refreshTokenValidity-range', name: '1 hour passes, 3599 seconds fails',
      pass: { refreshTokenValidity: Duration.hours(1) }, fail: { refreshTokenValidity: Duration.seconds(3599) },
      path: 'refreshTokenValidity', value: 'Duration.seconds(3599)',
    },
    {
      rule: 'refreshTokenValidity-range', name: '315360000 seconds passes, one second more fails',
      pass: { refreshTokenValidity: Duration.seconds(315_360_000) }, fail: { refreshTokenValidity: Duration.seconds(315_360_001) },
      path: 'refreshTokenValidity', value: 'Duration.seconds(315360001)',
    },
    {
      rule: 'refreshTokenValidity-range', name: '3650 days passes, 3651 days fails',
      pass: { refreshTokenValidity: Duration.days(3650) }, fail: { refreshTokenValidity: Duration.days(3651) },
      path: 'refreshTokenValidity', value: 'Duration.days(3651)',
    },
  ]);
});

describe('token validities are whole seconds', () => {
  boundaryTests([
    {
      rule: 'token-validity-whole-unit', name: 'access: 330 seconds passes (aws-cdk-lib rejects it), 300.5 seconds fails',
      pass: { accessTokenValidity: Duration.seconds(330) }, fail: { accessTokenValidity: Duration.seconds(300.5) },
      path: 'accessTokenValidity', value: 'Duration.seconds(300.5)',
    },
    {
      rule: 'token-validity-whole-unit', name: 'access: 300 s in ms passes, 300500 ms fails',
      pass: { accessTokenValidity: Duration.millis(300_000) }, fail: { accessTokenValidity: Duration.millis(300_500) },
      path: 'accessTokenValidity', value: 'Duration.millis(300500)',
    },
    {
      rule: 'token-validity-whole-unit', name: 'id: 5.5 minutes passes, 5.501 minutes fails',
      pass: { idTokenValidity: Duration.minutes(5.5) }, fail: { idTokenValidity: Duration.millis(330_060) },
      path: 'idTokenValidity', value: 'Duration.millis(330060)',
    },
    {
      rule: 'token-validity-whole-unit', name: 'refresh: 2919.3 days passes (252227520000.00003 ms in floating point), 252227520000.5 ms fails',
      pass: { refreshTokenValidity: Duration.days(2919.3) }, fail: { refreshTokenValidity: Duration.millis(252_227_520_000.5) },
      path: 'refreshTokenValidity', value: 'Duration.millis(252227520000.5)',
    },
    {
      rule: 'token-validity-whole-unit', name: 'refresh: 1.5 hours passes, 3600.5 seconds fails',
      pass: { refreshTokenValidity: Duration.hours(1.5) }, fail: { refreshTokenValidity: Duration.seconds(3600.5) },
      path: 'refreshTokenValidity', value: 'Duration.seconds(3600.5)',
    },
    {
      rule: 'token-validity-whole-unit', name: 'a fraction of a millisecond off is not whole: 300000.001 ms fails',
      pass: { accessTokenValidity: Duration.millis(300_000) }, fail: { accessTokenValidity: Duration.millis(300_000.001) },
      path: 'accessTokenValidity', value: 'Duration.millis(300000.001)',
    },
    {
      rule: 'authSessionValidity-range', name: 'a fraction of a millisecond off a whole minute fails: 180000.001 ms',
      pass: { authSessionValidity: Duration.millis(180_000) }, fail: { authSessionValidity: Duration.millis(180_000.001) },
      path: 'authSessionValidity', value: 'Duration.millis(180000.001)',
    },
  ]);

  test('Duration.millis(1500) fails both as too short and as not whole seconds', () => {
    expect(errorLines({ accessTokenValidity: Duration.millis(1500) })).toEqual([
      'accessTokenValidity: Duration.millis(1500) must be from 5 minutes to 1 day [accessTokenValidity-range]',
      'accessTokenValidity: Duration.millis(1500) must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days) [token-validity-whole-unit]',
    ]);
  });

  test('a long duration written in days with a decimal is rendered exactly', () => {
    const client = expectValid({ refreshTokenValidity: Duration.days(2919.3) });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      RefreshTokenValidity: 4_203_792,
      TokenValidityUnits: { RefreshToken: 'minutes' },
    });
  });

  test('a valid duration that is not whole minutes is rendered exactly, in seconds; whole minutes in minutes', () => {
    const client = expectValid({
      accessTokenValidity: Duration.seconds(330),
      idTokenValidity: Duration.minutes(90),
      refreshTokenValidity: Duration.days(0.5),
    });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AccessTokenValidity: 330,
      IdTokenValidity: 90,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });
});

describe('idTokenValidity and accessTokenValidity are not longer than refreshTokenValidity', () => {
  boundaryTests(TOKENS.map((property): Boundary => ({
    rule: 'token-validity-not-longer-than-refresh', name: `${property}: equal to refresh passes, one second longer fails`,
    pass: { [property]: Duration.hours(2), refreshTokenValidity: Duration.hours(2) },
    fail: { [property]: Duration.seconds(7201), refreshTokenValidity: Duration.hours(2) },
    path: property, value: 'Duration.seconds(7201)', detail: 'refreshTokenValidity is 2 hours',
  })));

  test('both at once are two lines', () => {
    expect(errorLines({ idTokenValidity: Duration.days(1), accessTokenValidity: Duration.days(1), refreshTokenValidity: Duration.hours(23) })).toEqual([
      'idTokenValidity: Duration.days(1) must not be longer than refreshTokenValidity (refreshTokenValidity is 23 hours) [token-validity-not-longer-than-refresh]',
      'accessTokenValidity: Duration.days(1) must not be longer than refreshTokenValidity (refreshTokenValidity is 23 hours) [token-validity-not-longer-than-refresh]',
    ]);
  });

  test('without refreshTokenValidity (30 days by default) a 1 day token passes', () => {
    expectValid({ idTokenValidity: Duration.days(1), accessTokenValidity: Duration.days(1) });
  });
});

describe('authSessionValidity: 3 to 15 whole minutes', () => {
  const fail = (duration: Duration, value: string): Omit<Boundary, 'name' | 'pass'> => ({
    rule: 'authSessionValidity-range', fail: { authSessionValidity: duration }, path: 'authSessionValidity', value,
  });
  boundaryTests([
    { ...fail(Duration.minutes(2), 'Duration.minutes(2)'), name: '3 minutes passes, 2 minutes fails', pass: { authSessionValidity: Duration.minutes(3) } },
    { ...fail(Duration.minutes(16), 'Duration.minutes(16)'), name: '15 minutes passes, 16 minutes fails', pass: { authSessionValidity: Duration.minutes(15) } },
    { ...fail(Duration.minutes(3.5), 'Duration.minutes(3.5)'), name: '4 minutes passes, 3.5 minutes fails', pass: { authSessionValidity: Duration.minutes(4) } },
    { ...fail(Duration.seconds(181), 'Duration.seconds(181)'), name: '180 seconds passes, 181 seconds fails', pass: { authSessionValidity: Duration.seconds(180) } },
    { ...fail(Duration.seconds(901), 'Duration.seconds(901)'), name: '900 seconds passes, 901 seconds fails', pass: { authSessionValidity: Duration.seconds(900) } },
    { ...fail(Duration.hours(1), 'Duration.hours(1)'), name: '0.25 hours passes, 1 hour fails', pass: { authSessionValidity: Duration.hours(0.25) } },
  ]);

  test('a duration whose float is a hair off whole minutes or seconds is rendered as an integer', () => {
    const client = expectValid({ authSessionValidity: Duration.days(13 / 1440), refreshTokenRotationGracePeriod: Duration.days(11 / 86_400) });
    expect(Duration.days(13 / 1440).toMinutes({ integral: false })).toBe(12.999999999999998);
    expect(Duration.days(11 / 86_400).toSeconds({ integral: false })).toBe(10.999999999999998);
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      AuthSessionValidity: 13,
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 11 },
    });
  });

  test('is rendered in minutes', () => {
    const client = expectValid({ authSessionValidity: Duration.seconds(600) });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', { AuthSessionValidity: 10 });
  });
});

describe('refreshTokenRotationGracePeriod: 0 to 60 whole seconds', () => {
  const fail = (duration: Duration, value: string): Omit<Boundary, 'name' | 'pass'> => ({
    rule: 'refreshTokenRotationGracePeriod-range', fail: { refreshTokenRotationGracePeriod: duration }, path: 'refreshTokenRotationGracePeriod', value,
  });
  boundaryTests([
    { ...fail(Duration.seconds(61), 'Duration.seconds(61)'), name: '60 seconds passes, 61 seconds fails', pass: { refreshTokenRotationGracePeriod: Duration.seconds(60) } },
    { ...fail(Duration.seconds(1.5), 'Duration.seconds(1.5)'), name: '0 seconds passes, 1.5 seconds fails', pass: { refreshTokenRotationGracePeriod: Duration.seconds(0) } },
    { ...fail(Duration.millis(500), 'Duration.millis(500)'), name: '1 minute passes, 500 ms fails', pass: { refreshTokenRotationGracePeriod: Duration.minutes(1) } },
    { ...fail(Duration.minutes(2), 'Duration.minutes(2)'), name: '1000 ms passes, 2 minutes fails', pass: { refreshTokenRotationGracePeriod: Duration.millis(1000) } },
  ]);

  test('turns rotation on with the grace period in seconds, and leaves ALLOW_REFRESH_TOKEN_AUTH out', () => {
    const client = expectValid({ refreshTokenRotationGracePeriod: Duration.minutes(1), authFlows: { userSrp: true } });
    Template.fromStack(client.stack).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 60 },
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'],
    });
  });
});
