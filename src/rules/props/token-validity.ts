import type { Duration } from 'aws-cdk-lib';
import type { DurationProperty, TokenValidityProperty, WrittenDuration } from '../description';
import { exactMillis, MILLIS_PER, UNITS } from '../durations';
import { ACCESS_ID_TOKEN_MAX, ACCESS_ID_TOKEN_MIN, AUTH_SESSION_MAX, AUTH_SESSION_MIN, REFRESH_TOKEN_MAX, REFRESH_TOKEN_MIN, ROTATION_GRACE_MAX, ROTATION_GRACE_MIN } from '../limits';
import { at, eachKey, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CREATE_CLIENT, API_ROTATION, API_CLIENT_TYPE, CDK_CLIENT, CFN_CLIENT, CFN_UNITS } from '../sources';

/**
 * A documented range. Its limits are converted to milliseconds on first use, not when the rules are
 * loaded: the first conversion of a Duration loads aws-cdk-lib's deprecation-warning module (4 MB),
 * which importing this library should not.
 */
class Range {
  private millis?: { readonly min: number; readonly max: number };

  constructor(public readonly min: Duration, public readonly max: Duration) {}

  /** Whether a known duration lies outside the range; a token duration (or none) never does. */
  excludes(millis: number | undefined): boolean {
    if (millis === undefined) {
      return false;
    }
    this.millis ??= { min: exactMillis(this.min)!, max: exactMillis(this.max)! };
    return millis < this.millis.min || millis > this.millis.max;
  }
}

/** The duration properties whose token validity ranges are documented. */
const TOKEN_VALIDITIES: ReadonlyArray<{ property: TokenValidityProperty; range: Range }> = [
  { property: 'idTokenValidity', range: new Range(ACCESS_ID_TOKEN_MIN, ACCESS_ID_TOKEN_MAX) },
  { property: 'accessTokenValidity', range: new Range(ACCESS_ID_TOKEN_MIN, ACCESS_ID_TOKEN_MAX) },
  { property: 'refreshTokenValidity', range: new Range(REFRESH_TOKEN_MIN, REFRESH_TOKEN_MAX) },
];

/** Whether a duration is a token counted in another unit than `unit` (it cannot be converted). */
function tokenInOtherUnit(duration: WrittenDuration, unit: string): boolean {
  return duration.millis === undefined && duration.tokenUnit !== undefined && duration.tokenUnit !== unit;
}

/** Whether a duration is no whole number of seconds, or a token in a unit `TokenValidityUnits` does not take. */
function notWholeSeconds(duration: WrittenDuration): boolean {
  return duration.millis === undefined
    ? duration.tokenUnit !== undefined && !(UNITS as readonly string[]).includes(duration.tokenUnit)
    : !Number.isInteger(duration.millis / MILLIS_PER.seconds);
}

function rangeRule(property: Exclude<DurationProperty, TokenValidityProperty>, valid: Range, unit: 'minutes' | 'seconds', source: string): Rule {
  return {
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be a whole number of ${unit} from ${valid.min.toHumanString()} to ${valid.max.toHumanString()}`,
    source,
    check: (client) => {
      const duration = client.duration(property);
      if (duration === undefined) {
        return NONE;
      }
      const millis = duration.millis;
      const notWhole = millis !== undefined && !Number.isInteger(millis / MILLIS_PER[unit]);
      return found(valid.excludes(millis) || notWhole || tokenInOtherUnit(duration, unit), duration.path, duration.shown);
    },
  };
}

const ID_AND_ACCESS = ['idTokenValidity', 'accessTokenValidity'] as const;

/** Token validities, the auth session and the refresh-token rotation grace period. */
export const TOKEN_VALIDITY_RULES: readonly Rule[] = [
  ...TOKEN_VALIDITIES.map(({ property, range: valid }): Rule => ({
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be from ${valid.min.toHumanString()} to ${valid.max.toHumanString()}`,
    source: `${API_CLIENT_TYPE} (${property.charAt(0).toUpperCase()}${property.slice(1)}); ${CFN_UNITS}`,
    check: (client) => {
      const duration = client.duration(property);
      return duration !== undefined && valid.excludes(duration.millis) ? at(duration) : NONE;
    },
  })),
  {
    id: 'token-validity-whole-unit',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity, refreshTokenValidity',
    requirement: 'must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days)',
    source: `${API_CLIENT_TYPE} (the validities are integers in the unit of TokenValidityUnits); ${CFN_UNITS}`,
    check: (client) => eachKey(TOKEN_VALIDITIES, ({ property }) => {
      const duration = client.duration(property);
      return duration !== undefined && notWholeSeconds(duration) ? at(duration) : NONE;
    }),
  },
  {
    id: 'token-validity-not-longer-than-refresh',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity',
    requirement: 'must not be longer than refreshTokenValidity',
    source: `${CDK_CLIENT} (idTokenValidity, accessTokenValidity); ${CFN_UNITS}`,
    check: (client) => {
      const refresh = client.duration('refreshTokenValidity');
      const refreshMillis = refresh?.millis;
      if (refreshMillis === undefined) {
        return NONE;
      }
      return eachKey(ID_AND_ACCESS, (property) => {
        const duration = client.duration(property);
        return duration?.millis !== undefined && duration.millis > refreshMillis ? at(duration, `${refresh!.path} is ${refresh!.text}`) : NONE;
      });
    },
  },
  rangeRule('authSessionValidity', new Range(AUTH_SESSION_MIN, AUTH_SESSION_MAX), 'minutes', `${API_CREATE_CLIENT} (AuthSessionValidity); ${CFN_CLIENT}`),
  rangeRule('refreshTokenRotationGracePeriod', new Range(ROTATION_GRACE_MIN, ROTATION_GRACE_MAX), 'seconds', `${API_ROTATION} (RetryGracePeriodSeconds)`),
];
