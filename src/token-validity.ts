import type { Duration } from 'aws-cdk-lib';
import type { UserPoolClientProps } from './props';

/** A time unit `TokenValidityUnits` takes. */
export type TokenValidityUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/** A duration as CloudFormation gets it: an integer (or a token) and its unit. */
export interface RenderedDuration {
  readonly value: number;
  readonly unit: TokenValidityUnit;
}

const MILLIS_PER: Record<TokenValidityUnit, number> = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
};

/** Largest first: the order in which units are tried. */
const UNITS: TokenValidityUnit[] = ['days', 'hours', 'minutes', 'seconds'];

/** `exactMillis` of each Duration seen (a Duration is immutable; the rules ask several times). */
const MILLIS = new WeakMap<Duration, number | undefined>();

/**
 * The duration in milliseconds, rounded where floating point leaves a hair off an integer
 * (`Duration.seconds(0.1)`), or undefined for a token.
 */
export function exactMillis(duration: Duration): number | undefined {
  if (MILLIS.has(duration)) {
    return MILLIS.get(duration);
  }
  let millis: number | undefined;
  if (!duration.isUnresolved()) {
    millis = duration.toMilliseconds({ integral: false });
    const rounded = Math.round(millis);
    // The hair grows with the value: Duration.days(2919.3) is 252227520000.00003 ms.
    if (Math.abs(millis - rounded) < Math.max(1e-6, Math.abs(millis) * 1e-12)) {
      millis = rounded;
    }
  }
  MILLIS.set(duration, millis);
  return millis;
}

/**
 * The duration in the largest unit that represents it exactly: `Duration.hours(2)` is 2 hours,
 * `Duration.seconds(330)` is 330 seconds. A token duration keeps the unit it was given in.
 * Undefined when no unit represents it as an integer (a fraction of a second, or a token in
 * milliseconds): the validation rules reject those before anything is rendered.
 */
export function toLargestExactUnit(duration: Duration): RenderedDuration | undefined {
  // The rules and the rendering both ask: worked out once per Duration.
  if (LARGEST.has(duration)) {
    return LARGEST.get(duration);
  }
  const rendered = largestExactUnit(duration);
  LARGEST.set(duration, rendered);
  return rendered;
}

/** `toLargestExactUnit` of each Duration seen. */
const LARGEST = new WeakMap<Duration, RenderedDuration | undefined>();

function largestExactUnit(duration: Duration): RenderedDuration | undefined {
  const millis = exactMillis(duration);
  if (millis === undefined) {
    const unit = UNITS.find((u) => u === duration.unitLabel());
    return unit === undefined ? undefined : tokenAmount(duration, unit);
  }
  const unit = UNITS.find((u) => Number.isInteger(millis / MILLIS_PER[u]));
  return unit === undefined ? undefined : { value: millis / MILLIS_PER[unit], unit };
}

function tokenAmount(duration: Duration, unit: TokenValidityUnit): RenderedDuration {
  const convert: Record<TokenValidityUnit, () => number> = {
    days: () => duration.toDays(),
    hours: () => duration.toHours(),
    minutes: () => duration.toMinutes(),
    seconds: () => duration.toSeconds(),
  };
  return { value: convert[unit](), unit };
}

/** The token validity part of the CloudFormation properties. */
export interface TokenValidityProperties {
  readonly idTokenValidity?: number;
  readonly accessTokenValidity?: number;
  readonly refreshTokenValidity?: number;
  readonly tokenValidityUnits?: { idToken?: string; accessToken?: string; refreshToken?: string };
  readonly authSessionValidity?: number;
  readonly refreshTokenRotation?: { feature: string; retryGracePeriodSeconds: number };
}

/**
 * Token validities, each in the largest exact unit with an explicit `TokenValidityUnits` entry;
 * the auth session in minutes; refresh-token rotation with its grace period in seconds.
 */
export function renderTokenValidity(props: UserPoolClientProps): TokenValidityProperties {
  const id = props.idTokenValidity && toLargestExactUnit(props.idTokenValidity);
  const access = props.accessTokenValidity && toLargestExactUnit(props.accessTokenValidity);
  const refresh = props.refreshTokenValidity && toLargestExactUnit(props.refreshTokenValidity);
  const anyToken = id || access || refresh;
  return {
    idTokenValidity: id ? id.value : undefined,
    accessTokenValidity: access ? access.value : undefined,
    refreshTokenValidity: refresh ? refresh.value : undefined,
    tokenValidityUnits: anyToken ? {
      idToken: id ? id.unit : undefined,
      accessToken: access ? access.unit : undefined,
      refreshToken: refresh ? refresh.unit : undefined,
    } : undefined,
    authSessionValidity: props.authSessionValidity && inUnit(props.authSessionValidity, 'minutes'),
    refreshTokenRotation: props.refreshTokenRotationGracePeriod ? {
      feature: 'ENABLED',
      retryGracePeriodSeconds: inUnit(props.refreshTokenRotationGracePeriod, 'seconds'),
    } : undefined,
  };
}

/**
 * A known duration in `unit`, without the float noise of the conversion (`Duration.days(11 / 86400)`
 * is 11 seconds, not 10.999999999999998); a token duration as its token.
 */
function inUnit(duration: Duration, unit: 'minutes' | 'seconds'): number {
  const millis = exactMillis(duration);
  if (millis === undefined) {
    return unit === 'minutes' ? duration.toMinutes({ integral: false }) : duration.toSeconds({ integral: false });
  }
  return millis / MILLIS_PER[unit];
}
