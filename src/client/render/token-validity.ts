import { MILLIS_PER } from '../../rules/durations';
import type { RenderedDuration } from '../../rules/durations';
import { toLargestExactUnit } from '../settings';
import type { DurationProperty, TokenValidityProperty } from '../../rules/description';
import type { ClientSettings } from '../settings';

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
function toTokenValidityAmount(settings: ClientSettings, property: TokenValidityProperty): RenderedDuration | undefined {
  const duration = settings.props[property];
  if (duration === undefined) {
    return undefined;
  }
  const millis = settings.millisOf(property);
  if (millis !== undefined && Number.isInteger(millis / MILLIS_PER.minutes)) {
    return { value: millis / MILLIS_PER.minutes, unit: 'minutes' };
  }
  return toLargestExactUnit(duration, millis);
}

/**
 * Token validities, each with an explicit `TokenValidityUnits` entry (minutes, as `aws-cdk-lib`
 * renders them, or seconds); the auth session in minutes; refresh-token rotation with its grace
 * period in seconds.
 */
export function renderTokenValidity(settings: ClientSettings): TokenValidityProperties {
  const props = settings.props;
  const id = toTokenValidityAmount(settings, 'idTokenValidity');
  const access = toTokenValidityAmount(settings, 'accessTokenValidity');
  const refresh = toTokenValidityAmount(settings, 'refreshTokenValidity');
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
    authSessionValidity: props.authSessionValidity && inUnit(settings, 'authSessionValidity', 'minutes'),
    refreshTokenRotation: props.refreshTokenRotationGracePeriod ? {
      feature: 'ENABLED',
      retryGracePeriodSeconds: inUnit(settings, 'refreshTokenRotationGracePeriod', 'seconds'),
    } : undefined,
  };
}

/**
 * A duration given, known, in `unit`, without the float noise of the conversion
 * (`Duration.days(11 / 86400)` is 11 seconds, not 10.999999999999998); a token duration as its token.
 */
function inUnit(settings: ClientSettings, property: DurationProperty, unit: 'minutes' | 'seconds'): number {
  const millis = settings.millisOf(property);
  if (millis === undefined) {
    const duration = settings.props[property]!;
    return unit === 'minutes' ? duration.toMinutes() : duration.toSeconds();
  }
  return millis / MILLIS_PER[unit];
}
