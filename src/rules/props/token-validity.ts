import type { Duration } from 'aws-cdk-lib';
import { exactMillis, MILLIS_PER, toLargestExactUnit } from '../../client/settings';
import type { DurationProperty, TokenValidityProperty } from '../../client/settings';
import type { ClientFacts } from '../client-facts';
import { ACCESS_ID_TOKEN_MAX, ACCESS_ID_TOKEN_MIN, AUTH_SESSION_MAX, AUTH_SESSION_MIN, REFRESH_TOKEN_MAX, REFRESH_TOKEN_MIN, ROTATION_GRACE_MAX, ROTATION_GRACE_MIN } from '../limits';
import { eachKey, found, NONE } from '../rule';
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

/** Whether a duration property is a token in another unit than `unit` (it cannot be converted). */
function tokenInOtherUnit(facts: ClientFacts, property: DurationProperty, unit: string): boolean {
  const duration = facts.props[property];
  return duration !== undefined && facts.millisOf(property) === undefined && duration.unitLabel() !== unit;
}

function rangeRule(property: 'authSessionValidity' | 'refreshTokenRotationGracePeriod', valid: Range, unit: 'minutes' | 'seconds', source: string): Rule {
  return {
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be a whole number of ${unit} from ${valid.min.toHumanString()} to ${valid.max.toHumanString()}`,
    source,
    check: (props, facts) => {
      const millis = facts.millisOf(property);
      const notWhole = millis !== undefined && !Number.isInteger(millis / MILLIS_PER[unit]);
      return found(valid.excludes(millis) || notWhole || tokenInOtherUnit(facts, property, unit), property, props[property]);
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
    check: (props, facts) => found(valid.excludes(facts.millisOf(property)), property, props[property]),
  })),
  {
    id: 'token-validity-whole-unit',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity, refreshTokenValidity',
    requirement: 'must be a whole number of seconds (a token duration must be in seconds, minutes, hours or days)',
    source: `${API_CLIENT_TYPE} (the validities are integers in the unit of TokenValidityUnits); ${CFN_UNITS}`,
    check: (props, facts) => eachKey(TOKEN_VALIDITIES, ({ property }) => {
      const duration = props[property];
      return found(duration !== undefined && toLargestExactUnit(duration, facts.millisOf(property)) === undefined, property, duration);
    }),
  },
  {
    id: 'token-validity-not-longer-than-refresh',
    level: 'error',
    property: 'idTokenValidity, accessTokenValidity',
    requirement: 'must not be longer than refreshTokenValidity',
    source: `${CDK_CLIENT} (idTokenValidity, accessTokenValidity); ${CFN_UNITS}`,
    check: (props, facts) => {
      const refresh = facts.millisOf('refreshTokenValidity');
      if (refresh === undefined) {
        return NONE;
      }
      return eachKey(ID_AND_ACCESS, (property) => {
        const millis = facts.millisOf(property);
        return millis !== undefined && millis > refresh
          ? [{ path: property, value: props[property], detail: `refreshTokenValidity is ${props.refreshTokenValidity!.toHumanString()}` }]
          : NONE;
      });
    },
  },
  rangeRule('authSessionValidity', new Range(AUTH_SESSION_MIN, AUTH_SESSION_MAX), 'minutes', `${API_CREATE_CLIENT} (AuthSessionValidity); ${CFN_CLIENT}`),
  rangeRule('refreshTokenRotationGracePeriod', new Range(ROTATION_GRACE_MIN, ROTATION_GRACE_MAX), 'seconds', `${API_ROTATION} (RetryGracePeriodSeconds)`),
];
