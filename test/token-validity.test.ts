/**
 * Durations are rendered exactly, and as aws-cdk-lib renders them wherever aws-cdk-lib accepts
 * them: each token validity in minutes when it is a whole number of minutes, otherwise in seconds,
 * with an explicit `TokenValidityUnits` entry; a token keeps the unit it was given in; the auth
 * session in minutes; the refresh-token rotation grace period in seconds.
 */
import { App, CfnParameter, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../src';
import { clientProperties } from './util/compat';

type Validities = Pick<cognito.UserPoolClientProps,
  'idTokenValidity' | 'accessTokenValidity' | 'refreshTokenValidity' | 'authSessionValidity' | 'refreshTokenRotationGracePeriod'>;

function render(validities: Validities | ((stack: Stack) => Validities)): Record<string, any> {
  const stack = new Stack(new App(), 'Stack');
  const props = typeof validities === 'function' ? validities(stack) : validities;
  new UserPoolClient(stack, 'Client', { userPool: new cognito.UserPool(stack, 'Pool'), disableOAuth: true, ...props });
  return clientProperties(Template.fromStack(stack).toJSON());
}

describe('each token validity in minutes, or in seconds when it is not a whole number of minutes', () => {
  const CASES: Array<[string, keyof Validities, Duration, number, string]> = [
    ['seconds(330) -> 330 seconds', 'idTokenValidity', Duration.seconds(330), 330, 'seconds'],
    ['hours(2) -> 120 minutes', 'accessTokenValidity', Duration.hours(2), 120, 'minutes'],
    ['days(30) -> 43200 minutes', 'refreshTokenValidity', Duration.days(30), 43_200, 'minutes'],
    ['minutes(90) -> 90 minutes', 'idTokenValidity', Duration.minutes(90), 90, 'minutes'],
    ['minutes(60) -> 60 minutes', 'idTokenValidity', Duration.minutes(60), 60, 'minutes'],
    ['days(1) for the access token -> 1440 minutes', 'accessTokenValidity', Duration.days(1), 1440, 'minutes'],
    ['hours(24) for the ID token -> 1440 minutes', 'idTokenValidity', Duration.hours(24), 1440, 'minutes'],
    ['minutes(5) -> 5 minutes', 'accessTokenValidity', Duration.minutes(5), 5, 'minutes'],
    ['seconds(300) -> 5 minutes', 'idTokenValidity', Duration.seconds(300), 5, 'minutes'],
    ['millis(300000) -> 5 minutes', 'idTokenValidity', Duration.millis(300_000), 5, 'minutes'],
    ['seconds(301) -> 301 seconds', 'accessTokenValidity', Duration.seconds(301), 301, 'seconds'],
    ['hours(1.5) -> 90 minutes', 'accessTokenValidity', Duration.hours(1.5), 90, 'minutes'],
    ['minutes(1439) -> 1439 minutes', 'accessTokenValidity', Duration.minutes(1439), 1439, 'minutes'],
    ['minutes(60) for the refresh token -> 60 minutes', 'refreshTokenValidity', Duration.minutes(60), 60, 'minutes'],
    ['hours(36) for the refresh token -> 2160 minutes', 'refreshTokenValidity', Duration.hours(36), 2160, 'minutes'],
    ['days(3650) for the refresh token -> 5256000 minutes', 'refreshTokenValidity', Duration.days(3650), 5_256_000, 'minutes'],
    ['seconds(315360000) for the refresh token -> 5256000 minutes', 'refreshTokenValidity', Duration.seconds(315_360_000), 5_256_000, 'minutes'],
    ['seconds(3601) for the refresh token -> 3601 seconds', 'refreshTokenValidity', Duration.seconds(3601), 3601, 'seconds'],
    ['days(0.5 + 1 / 86400) for the refresh token -> 43201 seconds', 'refreshTokenValidity', Duration.days(0.5 + 1 / 86_400), 43_201, 'seconds'],
  ];

  test.each(CASES)('%s', (_name, property, duration, value, unit) => {
    const token = property.replace(/Validity$/, '').replace(/^./, (c) => c.toUpperCase());
    const props = render({ [property]: duration });
    expect(props[`${token}Validity`]).toBe(value);
    expect(props.TokenValidityUnits).toEqual({ [token]: unit });
  });

  test('all three together, each with its own unit', () => {
    expect(render({ idTokenValidity: Duration.minutes(60), accessTokenValidity: Duration.seconds(330), refreshTokenValidity: Duration.days(30) })).toMatchObject({
      IdTokenValidity: 60,
      AccessTokenValidity: 330,
      RefreshTokenValidity: 43_200,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'seconds', RefreshToken: 'minutes' },
    });
  });

  test('no validity given: neither validities nor TokenValidityUnits', () => {
    const props = render({});
    for (const key of ['IdTokenValidity', 'AccessTokenValidity', 'RefreshTokenValidity', 'TokenValidityUnits', 'AuthSessionValidity', 'RefreshTokenRotation']) {
      expect(props).not.toHaveProperty(key);
    }
  });
});

describe('a token keeps the unit it was given in', () => {
  test('Duration.minutes(Lazy.number(...))', () => {
    expect(render({ idTokenValidity: Duration.minutes(Lazy.number({ produce: () => 60 })) })).toMatchObject({
      IdTokenValidity: 60, TokenValidityUnits: { IdToken: 'minutes' },
    });
  });

  test('Duration.hours(CfnParameter.valueAsNumber)', () => {
    expect(render((s) => ({ accessTokenValidity: Duration.hours(new CfnParameter(s, 'AccessHours', { type: 'Number' }).valueAsNumber) }))).toMatchObject({
      AccessTokenValidity: { Ref: 'AccessHours' }, TokenValidityUnits: { AccessToken: 'hours' },
    });
  });

  test('Duration.days(CfnParameter.valueAsNumber) for the refresh token', () => {
    expect(render((s) => ({ refreshTokenValidity: Duration.days(new CfnParameter(s, 'RefreshDays', { type: 'Number' }).valueAsNumber) }))).toMatchObject({
      RefreshTokenValidity: { Ref: 'RefreshDays' }, TokenValidityUnits: { RefreshToken: 'days' },
    });
  });

  test('Duration.seconds(Lazy.number(...))', () => {
    expect(render({ accessTokenValidity: Duration.seconds(Lazy.number({ produce: () => 3600 })) })).toMatchObject({
      AccessTokenValidity: 3600, TokenValidityUnits: { AccessToken: 'seconds' },
    });
  });

  test('a token next to a literal', () => {
    expect(render((s) => ({
      idTokenValidity: Duration.minutes(new CfnParameter(s, 'IdMinutes', { type: 'Number' }).valueAsNumber),
      refreshTokenValidity: Duration.hours(48),
    }))).toMatchObject({
      IdTokenValidity: { Ref: 'IdMinutes' }, RefreshTokenValidity: 2880, TokenValidityUnits: { IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });
});

describe('auth session in minutes', () => {
  test.each([
    ['minutes(3)', Duration.minutes(3), 3],
    ['minutes(15)', Duration.minutes(15), 15],
    ['seconds(300)', Duration.seconds(300), 5],
    ['hours(0.25)', Duration.hours(0.25), 15],
  ])('%s', (_name, duration, minutes) => {
    const props = render({ authSessionValidity: duration });
    expect(props.AuthSessionValidity).toBe(minutes);
    expect(props).not.toHaveProperty('TokenValidityUnits');
  });

  test('from a token in minutes', () => {
    expect(render({ authSessionValidity: Duration.minutes(Lazy.number({ produce: () => 7 })) }).AuthSessionValidity).toBe(7);
  });
});

describe('refresh-token rotation grace period in seconds', () => {
  test.each([
    ['seconds(0)', Duration.seconds(0), 0],
    ['millis(0)', Duration.millis(0), 0],
    ['seconds(30)', Duration.seconds(30), 30],
    ['minutes(1)', Duration.minutes(1), 60],
    ['millis(15000)', Duration.millis(15_000), 15],
  ])('%s', (_name, duration, seconds) => {
    expect(render({ refreshTokenRotationGracePeriod: duration }).RefreshTokenRotation).toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: seconds });
  });

  test('a duration floating point leaves a hair off a whole second is rendered as that integer', () => {
    // Duration.minutes(31 / 60).toSeconds({ integral: false }) is 31.000000000000004; the rules
    // accept it as 31 seconds, so it must be rendered as 31 (CloudFormation takes an integer).
    expect(render({ refreshTokenRotationGracePeriod: Duration.minutes(31 / 60) }).RefreshTokenRotation)
      .toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 31 });
  });

  test('a millionth of a millisecond is no floating-point hair: refused, not rounded to 0 seconds', () => {
    expect(() => render({ refreshTokenRotationGracePeriod: Duration.millis(0.000001) }))
      .toThrow('refreshTokenRotationGracePeriod: Duration.millis(0.000001) must be a whole number of seconds from 0 seconds to 1 minute [refreshTokenRotationGracePeriod-range]');
  });

  test('from a token in seconds', () => {
    expect(render({ refreshTokenRotationGracePeriod: Duration.seconds(Lazy.number({ produce: () => 20 })) }).RefreshTokenRotation)
      .toEqual({ Feature: 'ENABLED', RetryGracePeriodSeconds: 20 });
  });
});
