import { OAuthScope, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { Duration } from 'aws-cdk-lib';
import { exactMillis, MILLIS_PER, UNITS } from '../rules/durations';
import type { RenderedDuration, TokenValidityUnit } from '../rules/durations';
import type { DurationProperty } from '../rules/description';
import { hasBrowserFlow } from '../rules/props/oauth';
import { PLACEHOLDER_CALLBACK_URL } from '../rules/props/warnings';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { OAuthFlows, UserPoolClientProps } from './props';

/*
 * What both the checks and the rendering derive from the props: the OAuth flows, callback URLs,
 * scopes and identity providers in effect, and exact durations. Worked out here, read by both.
 */


/** The scopes a client gets when `oAuth.scopes` is not given (aws-cdk-lib's default). */
const DEFAULT_SCOPES = [OAuthScope.PROFILE, OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.COGNITO_ADMIN];

/** Scopes that make Cognito add `openid` (aws-cdk-lib's rule). */
const SCOPES_IMPLYING_OPENID = [OAuthScope.PHONE.scopeName, OAuthScope.EMAIL.scopeName, OAuthScope.PROFILE.scopeName];

/** The OAuth flows in effect: `oAuth.flows`, or the code and implicit grants by default. */
export function effectiveOAuthFlows(props: UserPoolClientProps): OAuthFlows {
  return props.oAuth?.flows ?? { implicitCodeGrant: true, authorizationCodeGrant: true };
}

/**
 * The callback URLs in effect: `oAuth.callbackUrls`, or the placeholder `https://example.com` when a
 * browser flow is on and none are given.
 */
export function effectiveCallbackUrls(props: UserPoolClientProps): string[] | undefined {
  const given = props.oAuth?.callbackUrls;
  if (given === undefined && hasBrowserFlow(effectiveOAuthFlows(props))) {
    return [PLACEHOLDER_CALLBACK_URL];
  }
  return given;
}

/** `AllowedOAuthScopes`: the scopes given (or the default ones), deduplicated, with `openid` added where implied. */
export function effectiveScopeNames(scopes: OAuthScope[] | undefined): string[] {
  const names = new Set((scopes ?? DEFAULT_SCOPES).map((scope) => scope.scopeName));
  if (SCOPES_IMPLYING_OPENID.some((name) => names.has(name))) {
    names.add(OAuthScope.OPENID.scopeName);
  }
  return Array.from(names);
}

/**
 * Whether the user pool reference is a full `IUserPool` that knows its identity providers (a
 * `UserPool`, or one imported with `UserPool.fromUserPoolId`), not an `IUserPoolRef` alone (a
 * `CfnUserPool`).
 */
export function isUserPool(pool: object): pool is IUserPool {
  return Array.isArray((pool as Partial<IUserPool>).identityProviders);
}

/**
 * `SupportedIdentityProviders`: the providers given, or every provider registered on the pool
 * (at the time the client is created) plus `COGNITO`. Read once the props passed the checks: a pool
 * that is not an `IUserPool` comes with `supportedIdentityProviders` (identity-providers-of-imported-pool).
 */
export function effectiveIdentityProviderNames(props: UserPoolClientProps): string[] {
  if (props.supportedIdentityProviders) {
    return props.supportedIdentityProviders.map((provider) => provider.name);
  }
  const registered = (props.userPool as IUserPool).identityProviders.map((p) => p.providerName);
  return Array.from(new Set([...registered, UserPoolClientIdentityProvider.COGNITO.name]));
}


/**
 * The settings in effect for one client, each worked out once, on first use: the checks and the
 * rendering read the same values.
 */
export class ClientSettings {
  private _flows?: OAuthFlows;
  private _scopeNames?: string[];
  private _providerNames?: string[];
  /** `exactMillis` of each duration property, once converted. */
  private readonly millis = new Map<DurationProperty, number | undefined>();

  constructor(public readonly props: UserPoolClientProps) {}

  /** Whether OAuth is on (`disableOAuth` is not set). */
  get oAuthEnabled(): boolean {
    return !this.props.disableOAuth;
  }

  /** The OAuth flows in effect. */
  get oAuthFlows(): OAuthFlows {
    this._flows ??= effectiveOAuthFlows(this.props);
    return this._flows;
  }

  /** The callback URLs in effect, while OAuth is on. */
  get renderedCallbackUrls(): string[] | undefined {
    return this.oAuthEnabled ? effectiveCallbackUrls(this.props) : undefined;
  }

  /** `AllowedOAuthScopes` as rendered: the scopes given or the defaults, with `openid` added where implied. */
  get scopeNames(): string[] {
    this._scopeNames ??= effectiveScopeNames(this.props.oAuth?.scopes);
    return this._scopeNames;
  }

  /** `SupportedIdentityProviders` as rendered. */
  get identityProviderNames(): string[] {
    this._providerNames ??= effectiveIdentityProviderNames(this.props);
    return this._providerNames;
  }

  /**
   * The exact milliseconds of a duration property (`exactMillis`), or undefined when it is not given
   * or is a token. Converted once per client: the rules and the rendering ask several times, and each
   * conversion of a Duration runs aws-cdk-lib's token test of its amount.
   */
  millisOf(property: DurationProperty): number | undefined {
    if (!this.millis.has(property)) {
      const duration = this.props[property];
      this.millis.set(property, duration === undefined ? undefined : exactMillis(duration));
    }
    return this.millis.get(property);
  }
}

/**
 * The duration in the largest unit that represents it exactly: `Duration.hours(2)` is 2 hours,
 * `Duration.seconds(330)` is 330 seconds. A token duration keeps the unit it was given in.
 * Undefined when no unit represents it as an integer (a fraction of a second, or a token in
 * milliseconds): the validation rules reject those before anything is rendered. `millis` is its
 * `exactMillis` (`ClientSettings.millisOf`).
 */
export function toLargestExactUnit(duration: Duration, millis: number | undefined): RenderedDuration | undefined {
  if (millis === undefined) {
    const label = duration.unitLabel() as TokenValidityUnit;
    return UNITS.includes(label) ? tokenAmount(duration, label) : undefined;
  }
  for (const unit of UNITS) {
    if (Number.isInteger(millis / MILLIS_PER[unit])) {
      return { value: millis / MILLIS_PER[unit], unit };
    }
  }
  return undefined;
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
