import { Duration } from 'aws-cdk-lib';
import { OAuthScope } from 'aws-cdk-lib/aws-cognito';
import { checkSchema, knownProperties, USER_POOL_CLIENT_PROPS } from './schema';
import type { StructSchema, ValueKind } from './schema';
import { isKnownList, knownItems, lazyRegExp, LiteralView } from './tokens';
import { effectiveCallbackUrls, effectiveOAuthFlows, hasBrowserFlow, isUserPool, PLACEHOLDER_CALLBACK_URL, renderOAuthScopes } from '../oauth';
import type { OAuthFlows, UserPoolClientProps } from '../props';
import { exactMillis, toLargestExactUnit } from '../token-validity';

/** One place in the props that breaks a rule. */
export interface Finding {
  /** The construct property as the user wrote it: `oAuth.callbackUrls[2]`. */
  readonly path: string;
  /** The value given there. */
  readonly value: unknown;
  /** A detail to add to the rule's requirement, for rules that compare two values. */
  readonly detail?: string;
  /** Replaces the rule's requirement, for rules whose message depends on the finding. */
  readonly requirement?: string;
}

/**
 * A documented rule of Cognito (or a risk worth a warning), as data: which property it reads,
 * what it allows, where that is written down, and the check that finds the places that break it.
 */
export interface Rule {
  /** Stable id; a warning's id is `cdk-cognito-user-pool-client:<id>`. */
  readonly id: string;
  /** An error stops synthesis; a warning can be acknowledged. */
  readonly level: 'error' | 'warning';
  /** The construct property it reads, as the README's validation table lists it. */
  readonly property: string;
  /** What is allowed (or, for a warning, why it is risky): the message after the value. */
  readonly requirement: string;
  /** Where the rule is documented. */
  readonly source: string;
  /** The places in the props that break the rule; `facts` holds what several rules derive from them. */
  readonly check: (props: UserPoolClientProps, facts: ClientFacts) => readonly Finding[];
}

/** A URL property the URL rules read, with its path in the props and what its literal parts show. */
export interface UrlFact {
  readonly path: string;
  readonly url: string;
  readonly view: LiteralView;
}

/**
 * What several rules derive from one client's props, worked out once per validation, on first use.
 */
export class ClientFacts {
  private _urls?: UrlFact[];
  private _scopeNames?: string[];

  constructor(private readonly props: UserPoolClientProps) {}

  /** The OAuth flows in effect. */
  get flows(): OAuthFlows {
    return effectiveOAuthFlows(this.props);
  }

  /** Every callback URL, logout URL and the default redirect URI, with its path. */
  get urls(): UrlFact[] {
    if (this._urls === undefined) {
      const oAuth = this.props.oAuth;
      const all: UrlFact[] = [];
      const add = (path: string, url: string) => all.push({ path, url, view: new LiteralView(url) });
      knownItems(oAuth?.callbackUrls).forEach((url, i) => add(`oAuth.callbackUrls[${i}]`, url));
      knownItems(oAuth?.logoutUrls).forEach((url, i) => add(`oAuth.logoutUrls[${i}]`, url));
      if (oAuth?.defaultRedirectUri !== undefined) {
        add('oAuth.defaultRedirectUri', oAuth.defaultRedirectUri);
      }
      this._urls = all;
    }
    return this._urls;
  }

  /** `AllowedOAuthScopes` as rendered: the scopes given or the defaults, with `openid` added where implied. */
  get scopeNames(): string[] {
    this._scopeNames ??= renderOAuthScopes(this.props.oAuth?.scopes);
    return this._scopeNames;
  }
}

// Sources, cited by every rule.
const API_CLIENT_TYPE = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html';
const API_CREATE_CLIENT = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html';
const API_ANALYTICS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AnalyticsConfigurationType.html';
const API_ROTATION = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html';
const CFN_CLIENT = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html';
const CFN_UNITS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpoolclient-tokenvalidityunits.html';
const CDK_CLIENT = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolClient.html';
const GUIDE_APP_CLIENTS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html';
const GUIDE_SCOPES = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html';
const GUIDE_AUTH_FLOWS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html';
const GUIDE_EXISTENCE_ERRORS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html';
const GUIDE_REVOCATION = 'https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html';
const PINPOINT_END_OF_SUPPORT = 'https://docs.aws.amazon.com/pinpoint/latest/userguide/migrate.html';
const OAUTH_IMPLICIT_BCP = 'https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2';
const ERROR_FLOWS_AND_SCOPES = `${GUIDE_APP_CLIENTS} (Cognito: "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows")`;

// Documented limits (seed and source beside each).
/** Access and ID tokens: 5 minutes to 1 day (UserPoolClientType, TokenValidityUnits). */
const ACCESS_ID_TOKEN_MIN = Duration.minutes(5);
const ACCESS_ID_TOKEN_MAX = Duration.days(1);
/** Refresh tokens: 60 minutes to 10 years, 315360000 seconds (UserPoolClientType, TokenValidityUnits). */
const REFRESH_TOKEN_MIN = Duration.minutes(60);
const REFRESH_TOKEN_MAX = Duration.seconds(315_360_000);
/** Auth session: 3 to 15 minutes (CreateUserPoolClient, AuthSessionValidity). */
const AUTH_SESSION_MIN = Duration.minutes(3);
const AUTH_SESSION_MAX = Duration.minutes(15);
/** Refresh-token rotation grace period: 0 to 60 seconds (RefreshTokenRotationType). */
const ROTATION_GRACE_MIN = Duration.seconds(0);
const ROTATION_GRACE_MAX = Duration.seconds(60);
/** CallbackURLs and LogoutURLs: at most 100 items; each URL 1 to 1024 characters (UserPoolClientType). */
const MAX_URLS = 100;
const MAX_URL_LENGTH = 1024;
/** AllowedOAuthScopes: at most 50 items, each 1 to 256 characters (UserPoolClientType). */
const MAX_SCOPES = 50;
const MAX_SCOPE_LENGTH = 256;
/** SupportedIdentityProviders: each 1 to 32 characters (UserPoolClientType). */
const MAX_PROVIDER_NAME_LENGTH = 32;
/** ClientName: 1 to 128 characters (UserPoolClientType). */
const MAX_CLIENT_NAME_LENGTH = 128;
/** ReadAttributes and WriteAttributes: each 1 to 2048 characters (UserPoolClientType). */
const MAX_ATTRIBUTE_LENGTH = 2048;

// Documented patterns, as runs of allowed characters (empty included), so that the literal parts of a
// string with tokens inside can be checked too. Printable ASCII (U+0021 to U+007E) is all letters,
// numbers, punctuation and symbols; U+0020 is a space separator (\p{Z}).
/** CallbackURLs, LogoutURLs, DefaultRedirectURI: `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`. */
const URL_TEXT = lazyRegExp('^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*$', 'u', /^[\x21-\x7E]*$/);
/** SupportedIdentityProviders (ProviderNameType): `[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+`: a provider name may hold spaces. */
const PROVIDER_TEXT = lazyRegExp('^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]*$', 'u', /^[\x20-\x7E]*$/);
/** AllowedOAuthScopes: `[\x21\x23-\x5B\x5D-\x7E]+`. */
const SCOPE_TEXT = /^[\x21\x23-\x5B\x5D-\x7E]*$/;
/**
 * ClientName: `[\w\s+=,.@-]+`, with `\w` and `\s` as ASCII, as in Java: JavaScript's `\s` also
 * takes U+FEFF (which CloudFormation's schema refuses), U+00A0 and other Unicode spaces.
 */
const CLIENT_NAME_TEXT = /^[\w \t\n\v\f\r+=,.@-]*$/;
/** AnalyticsConfiguration.ApplicationId: `^[0-9a-fA-F]+$`. */
const APPLICATION_ID_TEXT = /^[0-9a-fA-F]*$/;
/** A URI scheme (RFC 3986 section 3.1) followed by its colon. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** The host of an `http` URL, which must be `localhost`. */
const HTTP_HOST = /^http:\/\/([^/:?#]*)/i;

/** The scopes Cognito defines itself; the client credentials grant takes none of them. */
const BUILT_IN_SCOPES = new Set([OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN].map((s) => s.scopeName));

/** What a rule that holds finds: one shared empty list (most rules hold; nothing is allocated for them). */
const NONE: readonly Finding[] = Object.freeze([]);

function found(condition: boolean, path: string, value: unknown, detail?: string): readonly Finding[] {
  return condition ? [{ path, value, detail }] : NONE;
}

/** The places of a list where `test` holds, named `path[i]`. */
function eachItem<T>(list: readonly T[] | undefined, path: string, test: (item: T) => boolean, show: (item: T) => unknown = (item) => item): readonly Finding[] {
  const items = knownItems(list);
  let findings: Finding[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (test(items[i])) {
      (findings ??= []).push({ path: `${path}[${i}]`, value: show(items[i]) });
    }
  }
  return findings ?? NONE;
}

/** The findings of `check` for each of `keys`, concatenated (without allocating when there are none). */
function eachKey<K>(keys: readonly K[], check: (key: K) => readonly Finding[]): readonly Finding[] {
  let findings: readonly Finding[] = NONE;
  for (const key of keys) {
    const more = check(key);
    if (more.length > 0) {
      findings = findings.length === 0 ? more : [...findings, ...more];
    }
  }
  return findings;
}

function urlRule(id: string, requirement: string, source: string, breaks: (view: LiteralView, url: string) => boolean): Rule {
  return {
    id,
    level: 'error',
    property: 'oAuth.callbackUrls[i], oAuth.logoutUrls[i], oAuth.defaultRedirectUri',
    requirement,
    source,
    check: (_props, facts) => eachKey(facts.urls, ({ path, url, view }) => found(breaks(view, url), path, url)),
  };
}

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

/**
 * The rules, in the order their violations are reported. Each is documented in the README's
 * "Validation" section, generated from this table.
 */
export const RULES: readonly Rule[] = [
  // ---- token validity ----
  ...TOKEN_VALIDITIES.map(({ property, min, max }): Rule => ({
    id: `${property}-range`,
    level: 'error',
    property,
    requirement: `must be from ${min.toHumanString()} to ${max.toHumanString()}`,
    source: `${API_CLIENT_TYPE} (${property.replace(/^./, (c) => c.toUpperCase())}); ${CFN_UNITS}`,
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

  // ---- OAuth flows and scopes ----
  {
    id: 'oauth-settings-with-disable-oauth',
    level: 'error',
    property: 'oAuth',
    requirement: 'must not be given when disableOAuth is true',
    source: `${CDK_CLIENT} (oAuth: "An error is thrown when this is specified and disableOAuth is set")`,
    check: (props) => found(!!props.disableOAuth && props.oAuth !== undefined, 'oAuth', props.oAuth),
  },
  {
    id: 'client-credentials-alone',
    level: 'error',
    property: 'oAuth.flows',
    requirement: 'must not combine clientCredentials with authorizationCodeGrant or implicitCodeGrant',
    source: `${API_CREATE_CLIENT} (AllowedOAuthFlows: "you must add client_credentials as the only allowed OAuth flow")`,
    check: (props, { flows }) => {
      return found(!props.disableOAuth && !!flows.clientCredentials && hasBrowserFlow(flows), 'oAuth.flows', flows);
    },
  },
  {
    id: 'client-credentials-needs-secret',
    level: 'error',
    property: 'oAuth.flows.clientCredentials',
    requirement: 'needs generateSecret: true (the client credentials grant authenticates with the client secret)',
    source: `${GUIDE_APP_CLIENTS}; ${API_CREATE_CLIENT} (AllowedOAuthFlows: "a combination of the client ID and client secret")`,
    check: (props, facts) => found(!props.disableOAuth && !!facts.flows.clientCredentials && !props.generateSecret,
      'oAuth.flows.clientCredentials', true),
  },
  {
    id: 'client-credentials-custom-scopes-only',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: `must hold only custom (resource server) scopes with the client credentials grant, not ${[...BUILT_IN_SCOPES].join(', ')} (the default scopes are all of these)`,
    source: `${GUIDE_SCOPES} (the client credentials grant authorizes custom scopes; Cognito answers InvalidOAuthFlowException "openid is not supported with client_credentials flow")`,
    check: (props, facts) => {
      if (props.disableOAuth || !facts.flows.clientCredentials || isTokenList(props.oAuth?.scopes)) {
        return NONE;
      }
      const builtIn = facts.scopeNames.filter((name) => BUILT_IN_SCOPES.has(name));
      return found(builtIn.length > 0, 'oAuth.scopes', builtIn);
    },
  },
  {
    id: 'oauth-flow-required',
    level: 'error',
    property: 'oAuth.flows',
    requirement: 'must enable at least one flow while OAuth is on (or set disableOAuth: true)',
    source: ERROR_FLOWS_AND_SCOPES,
    check: (props) => found(!props.disableOAuth && props.oAuth?.flows !== undefined && !hasBrowserFlow(props.oAuth.flows) && !props.oAuth.flows.clientCredentials,
      'oAuth.flows', props.oAuth?.flows),
  },
  {
    id: 'oauth-scope-required',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: 'must hold at least one scope while OAuth is on (or set disableOAuth: true)',
    source: ERROR_FLOWS_AND_SCOPES,
    check: (props) => found(!props.disableOAuth && isKnownList(props.oAuth?.scopes) && props.oAuth!.scopes!.length === 0, 'oAuth.scopes', props.oAuth?.scopes),
  },
  {
    id: 'oauth-scope-count',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: `must hold at most ${MAX_SCOPES} scopes (after openid is added)`,
    source: `${API_CLIENT_TYPE} (AllowedOAuthScopes: "Maximum number of 50 items")`,
    check: (props, facts) => {
      if (props.disableOAuth || isTokenList(props.oAuth?.scopes)) {
        return NONE;
      }
      const count = facts.scopeNames.length;
      return found(count > MAX_SCOPES, 'oAuth.scopes', `${count} scopes`);
    },
  },
  {
    id: 'oauth-scope-format',
    level: 'error',
    property: 'oAuth.scopes[i]',
    requirement: `must be 1 to ${MAX_SCOPE_LENGTH} characters of [\\x21\\x23-\\x5B\\x5D-\\x7E] (printable ASCII without space, " and \\)`,
    source: `${API_CLIENT_TYPE} (AllowedOAuthScopes)`,
    check: (props) => eachItem(props.oAuth?.scopes, 'oAuth.scopes', (scope) => {
      return new LiteralView(scope.scopeName).breaksTextConstraint(MAX_SCOPE_LENGTH, SCOPE_TEXT);
    }, (scope) => scope.scopeName),
  },

  // ---- callback, logout and default redirect URLs ----
  {
    id: 'callback-url-required',
    level: 'error',
    property: 'oAuth.callbackUrls',
    requirement: 'must hold at least one URL when authorizationCodeGrant or implicitCodeGrant is on',
    source: `${CDK_CLIENT} (callbackUrls); ${API_CREATE_CLIENT} (CallbackURLs: Cognito redirects only to registered callback URLs)`,
    check: (props, facts) => found(!props.disableOAuth && hasBrowserFlow(facts.flows) && isKnownList(props.oAuth?.callbackUrls) && props.oAuth!.callbackUrls!.length === 0,
      'oAuth.callbackUrls', props.oAuth?.callbackUrls),
  },
  {
    id: 'url-count',
    level: 'error',
    property: 'oAuth.callbackUrls, oAuth.logoutUrls',
    requirement: `must hold at most ${MAX_URLS} URLs`,
    source: `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs: "Maximum number of 100 items")`,
    check: (props) => eachKey(['callbackUrls', 'logoutUrls'] as const, (key) => {
      const list = props.oAuth?.[key];
      return isKnownList(list) && list.length > MAX_URLS ? found(true, `oAuth.${key}`, `${list.length} URLs`) : NONE;
    }),
  },
  urlRule('url-length', `must be 1 to ${MAX_URL_LENGTH} characters`, `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: "Length Constraints")`,
    (view) => view.breaksTextConstraint(MAX_URL_LENGTH)),
  urlRule('url-characters', 'must consist of letters, marks, symbols, numbers and punctuation only (no spaces or control characters)',
    `${API_CLIENT_TYPE} (CallbackURLs, LogoutURLs, DefaultRedirectURI: pattern [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+)`,
    (view) => !view.literalsMatch(URL_TEXT)),
  urlRule('url-absolute', 'must be an absolute URL with a scheme, such as https://app.example.com/callback or myapp://callback',
    `${API_CLIENT_TYPE} (CallbackURLs: "Be an absolute URI")`,
    (view) => {
      const prefix = view.prefix;
      if (SCHEME.test(prefix)) {
        return false;
      }
      // A token may still supply the scheme, unless the literal text before it cannot start one.
      return !view.hasTokens || !/^[A-Za-z]?[A-Za-z0-9+.-]*$/.test(prefix);
    }),
  urlRule('url-no-fragment', 'must not contain a fragment (#)', `${API_CLIENT_TYPE} (CallbackURLs: "Not include a fragment component")`,
    (view) => view.literalText.includes('#')),
  urlRule('url-https', 'must use https (http is allowed only for http://localhost)',
    `${API_CLIENT_TYPE} (CallbackURLs: "Amazon Cognito requires HTTPS over HTTP except for http://localhost for testing purposes only")`,
    (view) => {
      const http = HTTP_HOST.exec(view.prefix);
      if (http === null) {
        return false;
      }
      // In `http://${host}/cb` the host is unknown: it is known when the literal prefix runs past it.
      const hostKnown = !view.hasTokens || view.prefix.length > http[0].length;
      return hostKnown && http[1].toLowerCase() !== 'localhost';
    }),
  {
    id: 'default-redirect-uri-in-callback-urls',
    level: 'error',
    property: 'oAuth.defaultRedirectUri',
    requirement: 'must be one of the callback URLs',
    source: `${API_CLIENT_TYPE} (DefaultRedirectURI: "Must be in the CallbackURLs list")`,
    check: (props, facts) => {
      const uri = props.oAuth?.defaultRedirectUri;
      const callbackUrls = props.disableOAuth ? undefined : effectiveCallbackUrls(props);
      // A callback URL with a token in it may resolve to the default redirect URI.
      const tokenInRedirect = facts.urls.some(({ path, view }) => !path.startsWith('oAuth.logoutUrls') && view.hasTokens);
      if (uri === undefined || isTokenList(callbackUrls) || tokenInRedirect) {
        return NONE;
      }
      return found(!(callbackUrls ?? []).includes(uri), 'oAuth.defaultRedirectUri', uri,
        `callback URLs: ${JSON.stringify(callbackUrls ?? [])}`);
    },
  },

  // ---- identity providers, name, attributes ----
  {
    id: 'identity-provider-name',
    level: 'error',
    property: 'supportedIdentityProviders[i]',
    requirement: `must be a provider name of 1 to ${MAX_PROVIDER_NAME_LENGTH} characters of letters, marks, symbols, numbers, punctuation and spaces`,
    source: `${API_CLIENT_TYPE} (SupportedIdentityProviders)`,
    check: (props) => eachItem(props.supportedIdentityProviders, 'supportedIdentityProviders', (provider) => {
      return new LiteralView(provider.name).breaksTextConstraint(MAX_PROVIDER_NAME_LENGTH, PROVIDER_TEXT);
    }, (provider) => provider.name),
  },
  {
    id: 'identity-providers-of-imported-pool',
    level: 'error',
    property: 'supportedIdentityProviders',
    requirement: 'must be given when userPool is not an IUserPool (such as a CfnUserPool): only an IUserPool knows its registered identity providers',
    source: `${CDK_CLIENT} (supportedIdentityProviders)`,
    check: (props) => found(props.supportedIdentityProviders === undefined && !isUserPool(props.userPool), 'supportedIdentityProviders', undefined),
  },
  {
    id: 'client-name',
    level: 'error',
    property: 'userPoolClientName',
    requirement: `must be 1 to ${MAX_CLIENT_NAME_LENGTH} characters of letters, digits, white space and _+=,.@-`,
    source: `${API_CLIENT_TYPE} (ClientName: pattern [\\w\\s+=,.@-]+)`,
    check: (props) => {
      const name = props.userPoolClientName;
      if (name === undefined) {
        return NONE;
      }
      return found(new LiteralView(name).breaksTextConstraint(MAX_CLIENT_NAME_LENGTH, CLIENT_NAME_TEXT), 'userPoolClientName', name);
    },
  },
  {
    id: 'attribute-name-length',
    level: 'error',
    property: 'readAttributes, writeAttributes',
    requirement: `must name attributes of 1 to ${MAX_ATTRIBUTE_LENGTH} characters`,
    source: `${API_CLIENT_TYPE} (ReadAttributes, WriteAttributes: "Length Constraints")`,
    check: (props) => eachKey(['readAttributes', 'writeAttributes'] as const, (property) =>
      eachItem(props[property]?.attributes(), property, (name) => new LiteralView(name).breaksTextConstraint(MAX_ATTRIBUTE_LENGTH))),
  },

  // ---- secrets and analytics ----
  {
    id: 'context-data-needs-secret',
    level: 'error',
    property: 'enablePropagateAdditionalUserContextData',
    requirement: 'needs generateSecret: true',
    source: `${API_CLIENT_TYPE} (EnablePropagateAdditionalUserContextData: "You can only activate EnablePropagateAdditionalUserContextData in an app client that has a client secret")`,
    check: (props) => found(!!props.enablePropagateAdditionalUserContextData && !props.generateSecret, 'enablePropagateAdditionalUserContextData', true),
  },
  {
    id: 'analytics-target',
    level: 'error',
    property: 'analytics',
    requirement: 'must give either application, or all of applicationId, externalId and role',
    source: `${CDK_CLIENT} (analytics); ${API_ANALYTICS}`,
    check: (props) => {
      const a = props.analytics;
      if (a === undefined) {
        return NONE;
      }
      const byId = [a.applicationId, a.externalId, a.role];
      const valid = a.application !== undefined ? byId.every((v) => v === undefined) : byId.every((v) => v !== undefined);
      const given = Object.entries(a).filter(([key, v]) => v !== undefined && key !== 'shareUserData').map(([key]) => key);
      return found(!valid, 'analytics', `{ ${given.join(', ')} }`);
    },
  },
  {
    id: 'analytics-application-id',
    level: 'error',
    property: 'analytics.applicationId',
    requirement: 'must be a Pinpoint project id of hexadecimal digits',
    source: `${API_ANALYTICS} (ApplicationId: pattern ^[0-9a-fA-F]+$)`,
    check: (props) => {
      const id = props.analytics?.applicationId;
      if (id === undefined) {
        return NONE;
      }
      return found(new LiteralView(id).breaksTextConstraint(Infinity, APPLICATION_ID_TEXT), 'analytics.applicationId', id);
    },
  },

  // ---- warnings: valid but risky ----
  {
    id: 'implicit-grant',
    level: 'warning',
    property: 'oAuth.flows.implicitCodeGrant',
    requirement: 'is on (it is by default): the implicit grant returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and set implicitCodeGrant: false',
    source: OAUTH_IMPLICIT_BCP,
    check: (props, facts) => found(!props.disableOAuth && !!facts.flows.implicitCodeGrant, 'oAuth.flows.implicitCodeGrant', true),
  },
  {
    id: 'placeholder-callback-url',
    level: 'warning',
    property: 'oAuth.callbackUrls',
    requirement: `, so the placeholder ${PLACEHOLDER_CALLBACK_URL} is registered as the callback URL; give your application's callback URLs`,
    source: `${CDK_CLIENT} (OAuthSettings.callbackUrls default)`,
    check: (props, facts) => found(!props.disableOAuth && props.oAuth?.callbackUrls === undefined && hasBrowserFlow(facts.flows), 'oAuth.callbackUrls', undefined),
  },
  {
    id: 'password-auth-flow',
    level: 'warning',
    property: 'authFlows.userPassword, authFlows.adminUserPassword',
    requirement: 'sends the password itself to Cognito instead of proving it with SRP; prefer authFlows.userSrp or authFlows.user',
    source: GUIDE_AUTH_FLOWS,
    check: (props) => eachKey(['userPassword', 'adminUserPassword'] as const, (flow) =>
      props.authFlows?.[flow] ? found(true, `authFlows.${flow}`, true) : NONE),
  },
  {
    id: 'user-existence-errors',
    level: 'warning',
    property: 'preventUserExistenceErrors',
    requirement: 'lets sign-in and password recovery reveal whether a user exists; set preventUserExistenceErrors: true',
    source: GUIDE_EXISTENCE_ERRORS,
    check: (props) => found(props.preventUserExistenceErrors !== true, 'preventUserExistenceErrors', props.preventUserExistenceErrors ?? false),
  },
  {
    id: 'token-revocation-disabled',
    level: 'warning',
    property: 'enableTokenRevocation',
    requirement: 'turns token revocation off: refresh tokens of signed-out or compromised sessions cannot be revoked',
    source: GUIDE_REVOCATION,
    check: (props) => found(props.enableTokenRevocation === false, 'enableTokenRevocation', false),
  },
  {
    id: 'pinpoint-analytics',
    level: 'warning',
    property: 'analytics',
    requirement: 'sends events to Amazon Pinpoint, whose support ended on 2026-10-30; plan a migration',
    source: PINPOINT_END_OF_SUPPORT,
    check: (props) => found(props.analytics !== undefined, 'analytics', '{...}'),
  },
];

function isTokenList(list: readonly unknown[] | undefined): boolean {
  return list !== undefined && !isKnownList(list);
}

/**
 * The rule that runs before all others: every property given is one the library knows, of the
 * kind it takes. The others read the props as typed, so they run only when this one finds nothing.
 */
export const SCHEMA_RULE: Rule = {
  id: 'known-properties',
  level: 'error',
  property: 'every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CDK_CLIENT} (the props of UserPoolClient: a property outside them would be dropped without a word)`,
  check: (props) => {
    const mismatches = checkSchema(props, USER_POOL_CLIENT_PROPS);
    if (props.userPool !== undefined && mismatches.length === 0) {
      return NONE;
    }
    return [
      // The one required property: the types say so, a JavaScript caller may still leave it out.
      ...(props.userPool === undefined
        ? [{ path: 'userPool', value: undefined, requirement: 'is required: the user pool (an IUserPool or IUserPoolRef) the client belongs to' }]
        : []),
      ...mismatches.map((mismatch) => ({
        path: mismatch.path,
        value: mismatch.value,
        requirement: mismatch.expected === undefined
          ? `is not a property this library knows (known here: ${knownProperties(schemaAt(mismatch.path)).join(', ')})`
          : `must be ${KIND_NAMES[mismatch.expected]}`,
      })),
    ];
  },
};

const KIND_NAMES: Record<ValueKind | 'struct', string> = {
  'string': 'a string',
  'boolean': 'a boolean',
  'duration': 'a Duration',
  'object': 'an object',
  'string[]': 'a list of strings',
  'object[]': 'a list of objects',
  'struct': 'an object (a struct)',
};

/** The schema of the struct that holds the property at `path`. */
function schemaAt(path: string): StructSchema<unknown> {
  let schema: unknown = USER_POOL_CLIENT_PROPS;
  for (const key of path.split('.').slice(0, -1)) {
    schema = (schema as Record<string, unknown>)[key];
  }
  return schema as StructSchema<unknown>;
}
