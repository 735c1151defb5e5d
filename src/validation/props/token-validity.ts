import { Duration } from 'aws-cdk-lib';
import { exactMillis, toLargestExactUnit } from '../../settings';
import { ACCESS_ID_TOKEN_MAX, ACCESS_ID_TOKEN_MIN, AUTH_SESSION_MAX, AUTH_SESSION_MIN, REFRESH_TOKEN_MAX, REFRESH_TOKEN_MIN, ROTATION_GRACE_MAX, ROTATION_GRACE_MIN } from '../limits';
import { eachKey, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CREATE_CLIENT, API_ROTATION, API_CLIENT_TYPE, CDK_CLIENT, CFN_CLIENT, CFN_UNITS } from '../sources';

/** The duration properties whose token validity ranges are documented. */
const TOKEN_VALIDITIES: Array<{ property: 'idTokenValidity' | 'accessTokenValidity' | 'refreshTokenValidity'; min: Duration; max: Duration }> = [
  { property: 'idTokenValidity', min: ACCESS_ID_TOKEN_MIN, max: ACCESS_ID_TOKEN_MAX },
  { property: 'accessTokenValidity', min: ACCESS_ID_TOKEN_MIN, max: ACCESS_ID_TOKEN_MAX },
  { property: 'refreshTokenValidity', min: REFRESH_TOKEN_MIN, max: REFRESH_TOKEN_MAX },
];

/** Whether a known duration lies outside [min, max]; a token duration is never out of range. */
function outOfRange(duration: Duration | undefined, min: Duration, max: Duration): boolean {
  const millis = duration && exactMillis(duration);
  return millis !== undefined && (millis < exactMillis(min)! || millis > exactMillis(max)!);
}

/** Whether a known duration is not a whole number of `unit`. */
function notWhole(duration: Duration | undefined, unit: Duration): boolean {
  const millis = duration && exactMillis(duration);
  return millis !== undefined && !Number.isInteger(millis / exactMillis(unit)!);
}

/** Whether a token duration is in a unit the property cannot take. */
function tokenInOtherUnit(duration: Duration | undefined, units: string[]): boolean {
  return duration !== undefined && exactMillis(duration) === undefined && !units.includes(duration.unitLabel());
}

function rangeRule(property: 'authSessionValidity' | 'refreshTokenRotationGracePeriod', min: Duration, max: Duration, unit: Duration, unitName: 'minutes' | 'seconds', source: string): Rule {
  return {
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be a whole number of ${unitName} from ${min.toHumanString()} to ${max.toHumanString()}`,
    source,
    check: (props) => {
      const duration = props[property];
      return found(outOfRange(duration, min, max) || notWhole(duration, unit) || tokenInOtherUnit(duration, [unitName]), property, duration);
    },
  };
}


/** Token validities, the auth session and the refresh-token rotation grace period. */
export const TOKEN_VALIDITY_RULES: readonly Rule[] = [
  ...TOKEN_VALIDITIES.map(({ property, min, max }): Rule => ({
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be from ${min.toHumanString()} to ${max.toHumanString()}`,
    source: `${API_CLIENT_TYPE} (${property.charAt(0).toUpperCase()}${property.slice(1)}); ${CFN_UNITS}`,
    check: (props) => found(outOfRange(props[property], min, max), property, props[property]),
  })),
  {
    id: 'token-validity-whole-unit',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity, refreshTokenValidity',
    requirement: 'must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days)',
    source: `${API_CLIENT_TYPE} (the validities are integers in the unit of TokenValidityUnits); ${CFN_UNITS}`,
    check: (props) => eachKey(TOKEN_VALIDITIES, ({ property }) => {
      const duration = props[property];
      return found(duration !== undefined && toLargestExactUnit(duration) === undefined, property, duration);
    }),
  },
  {
    id: 'token-validity-not-longer-than-refresh',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity',
    requirement: 'must not be longer than refreshTokenValidity',
    source: `${CDK_CLIENT} (idTokenValidity, accessTokenValidity); ${CFN_UNITS}`,
    check: (props) => {
      const refresh = props.refreshTokenValidity && exactMillis(props.refreshTokenValidity);
      if (refresh === undefined) {
        return NONE;
      }
      return eachKey(['idTokenValidity', 'accessTokenValidity'] as const, (property) => {
        const millis = props[property] && exactMillis(props[property]!);
        return millis !== undefined && millis > refresh
          ? [{ path: property, value: props[property], detail: `refreshTokenValidity is ${props.refreshTokenValidity!.toHumanString()}` }]
          : NONE;
      });
    },
  },
  rangeRule('authSessionValidity', AUTH_SESSION_MIN, AUTH_SESSION_MAX, Duration.minutes(1), 'minutes', `${API_CREATE_CLIENT} (AuthSessionValidity); ${CFN_CLIENT}`),
  rangeRule('refreshTokenRotationGracePeriod', ROTATION_GRACE_MIN, ROTATION_GRACE_MAX, Duration.seconds(1), 'seconds', `${API_ROTATION} (RetryGracePeriodSeconds)`),
];
