import type { Duration } from 'aws-cdk-lib';
import type { UserPoolClientProps } from '../props';
import { exactMillis, MILLIS_PER, toLargestExactUnit } from '../settings';
import type { RenderedDuration } from '../settings';

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
 * A token validity as `aws-cdk-lib` renders it, in minutes, whenever it is a whole number of
 * minutes (so switching from `aws-cdk-lib` changes nothing); otherwise in seconds
 * (`Duration.seconds(330)`, which `aws-cdk-lib` refuses). A token keeps the unit it was given in.
 */
export function toTokenValidityAmount(duration: Duration): RenderedDuration | undefined {
  const millis = exactMillis(duration);
  if (millis !== undefined && Number.isInteger(millis / MILLIS_PER.minutes)) {
    return { value: millis / MILLIS_PER.minutes, unit: 'minutes' };
  }
  return toLargestExactUnit(duration);
}

/**
 * Token validities, each with an explicit `TokenValidityUnits` entry (minutes, as `aws-cdk-lib`
 * renders them, or seconds); the auth session in minutes; refresh-token rotation with its grace
 * period in seconds.
 */
export function renderTokenValidity(props: UserPoolClientProps): TokenValidityProperties {
  const id = props.idTokenValidity && toTokenValidityAmount(props.idTokenValidity);
  const access = props.accessTokenValidity && toTokenValidityAmount(props.accessTokenValidity);
  const refresh = props.refreshTokenValidity && toTokenValidityAmount(props.refreshTokenValidity);
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
    return unit === 'minutes' ? duration.toMinutes() : duration.toSeconds();
  }
  return millis / MILLIS_PER[unit];
}
