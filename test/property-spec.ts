// Random client props for the property tests: a plain-data description (a Spec, easy to print and
// shrink) and the props it stands for, made in a stack. `validSpec` makes only what Cognito accepts;
// `anySpec` mixes in every kind of invalid value.
import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import type { Stack } from 'aws-cdk-lib';
import { CfnUserPool, ClientAttributes, OAuthScope, UserPool, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolResourceServer } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnApp } from 'aws-cdk-lib/aws-pinpoint';
import * as fc from 'fast-check';
import type { UserPoolClientProps } from '../src';

export type Unit = 'millis' | 'seconds' | 'minutes' | 'hours' | 'days';
const MILLIS: Record<Unit, number> = { millis: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** A duration: an amount in a unit, or a number parameter in a unit. */
export type DurationSpec = { amount: number; unit: Unit } | { token: Unit };

/** A string, or a string parameter with literal text around it. */
export type Text = string | { before: string; after: string };

/** A scope: a built-in one, a custom name, or a scope of a resource server of the pool. */
export type ScopeSpec = { builtIn: 'phone' | 'email' | 'openid' | 'profile' | 'cognitoAdmin' } | { custom: Text } | { server: string; scope: string };

export interface Spec {
  pool: 'UserPool' | 'imported' | 'CfnUserPool';
  userPoolClientName?: Text;
  generateSecret?: boolean;
  authFlows?: { adminUserPassword?: boolean; custom?: boolean; userPassword?: boolean; userSrp?: boolean; user?: boolean };
  disableOAuth?: boolean;
  oAuth?: {
    flows?: { authorizationCodeGrant?: boolean; implicitCodeGrant?: boolean; clientCredentials?: boolean };
    callbackUrls?: Text[] | 'token-list';
    logoutUrls?: Text[] | 'token-list';
    scopes?: ScopeSpec[];
    /** A URL, or the index of a callback URL to use. */
    defaultRedirectUri?: Text | { callback: number };
  };
  authSessionValidity?: DurationSpec;
  preventUserExistenceErrors?: boolean;
  supportedIdentityProviders?: Text[];
  idTokenValidity?: DurationSpec;
  refreshTokenValidity?: DurationSpec;
  accessTokenValidity?: DurationSpec;
  refreshTokenRotationGracePeriod?: DurationSpec;
  readAttributes?: string[];
  writeAttributes?: string[];
  enableTokenRevocation?: boolean;
  enablePropagateAdditionalUserContextData?: boolean;
  analytics?: { application?: boolean; applicationId?: Text; externalId?: string; role?: boolean; shareUserData?: boolean };
}

// ---------- from a spec to props ----------

/** Makes the props a spec stands for, creating the pool, parameters, roles and apps it needs in `stack`. */
export function materialize(stack: Stack, spec: Spec): UserPoolClientProps {
  let params = 0;
  const param = (type: string) => new CfnParameter(stack, `Param${params++}`, { type });
  const text = (t: Text): string => typeof t === 'string' ? t : `${t.before}${param('String').valueAsString}${t.after}`;
  const duration = (d: DurationSpec | undefined): Duration | undefined => {
    if (d === undefined) {
      return undefined;
    }
    const amount = 'token' in d ? param('Number').valueAsNumber : d.amount;
    const unit = 'token' in d ? d.token : d.unit;
    return Duration[unit](amount);
  };
  const urls = (list: Text[] | 'token-list' | undefined): string[] | undefined =>
    list === 'token-list' ? param('CommaDelimitedList').valueAsList : list?.map(text);

  let userPool: UserPoolClientProps['userPool'];
  if (spec.pool === 'CfnUserPool') {
    userPool = new CfnUserPool(stack, 'Pool');
  } else if (spec.pool === 'imported') {
    userPool = UserPool.fromUserPoolId(stack, 'Pool', 'us-east-1_abcDEF123');
  } else {
    userPool = new UserPool(stack, 'Pool');
  }
  // one resource server per identifier, defining every scope the client asks of it
  const servers = new Map<string, UserPoolResourceServer>();
  if (userPool instanceof UserPool) {
    const wanted = new Map<string, Set<string>>();
    for (const s of spec.oAuth?.scopes ?? []) {
      if ('server' in s) {
        wanted.set(s.server, (wanted.get(s.server) ?? new Set()).add(s.scope));
      }
    }
    for (const [identifier, names] of wanted) {
      servers.set(identifier, userPool.addResourceServer(`Server${servers.size}`, {
        identifier, userPoolResourceServerName: `server${servers.size}`, scopes: [...names].map((name) => ({ scopeName: name, scopeDescription: name })),
      }));
    }
  }
  const scope = (s: ScopeSpec): OAuthScope => {
    if ('builtIn' in s) {
      return { phone: OAuthScope.PHONE, email: OAuthScope.EMAIL, openid: OAuthScope.OPENID, profile: OAuthScope.PROFILE, cognitoAdmin: OAuthScope.COGNITO_ADMIN }[s.builtIn];
    }
    if ('custom' in s) {
      return OAuthScope.custom(text(s.custom));
    }
    const server = servers.get(s.server);
    return server ? OAuthScope.resourceServer(server, { scopeName: s.scope, scopeDescription: s.scope }) : OAuthScope.custom(`${s.server}/${s.scope}`);
  };

  const callbackUrls = urls(spec.oAuth?.callbackUrls);
  const defaultRedirect = spec.oAuth?.defaultRedirectUri;
  const oAuth = spec.oAuth && {
    flows: spec.oAuth.flows,
    callbackUrls,
    logoutUrls: urls(spec.oAuth.logoutUrls),
    scopes: spec.oAuth.scopes?.map(scope),
    defaultRedirectUri: defaultRedirect === undefined ? undefined
      : typeof defaultRedirect === 'object' && 'callback' in defaultRedirect
        ? pickCallback(callbackUrls, defaultRedirect.callback)
        : text(defaultRedirect),
  };
  const attributes = (names: string[] | undefined) => names && new ClientAttributes().withCustomAttributes(...names);
  const analytics = spec.analytics && {
    application: spec.analytics.application ? new CfnApp(stack, 'PinpointApp', { name: 'app' }) : undefined,
    applicationId: spec.analytics.applicationId === undefined ? undefined : text(spec.analytics.applicationId),
    externalId: spec.analytics.externalId,
    role: spec.analytics.role ? new Role(stack, 'AnalyticsRole', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') }) : undefined,
    shareUserData: spec.analytics.shareUserData,
  };

  return {
    userPool: userPool as IUserPool,
    userPoolClientName: spec.userPoolClientName === undefined ? undefined : text(spec.userPoolClientName),
    generateSecret: spec.generateSecret,
    authFlows: spec.authFlows,
    disableOAuth: spec.disableOAuth,
    oAuth,
    authSessionValidity: duration(spec.authSessionValidity),
    preventUserExistenceErrors: spec.preventUserExistenceErrors,
    supportedIdentityProviders: spec.supportedIdentityProviders?.map((name) => UserPoolClientIdentityProvider.custom(text(name))),
    idTokenValidity: duration(spec.idTokenValidity),
    refreshTokenValidity: duration(spec.refreshTokenValidity),
    accessTokenValidity: duration(spec.accessTokenValidity),
    refreshTokenRotationGracePeriod: duration(spec.refreshTokenRotationGracePeriod),
    readAttributes: attributes(spec.readAttributes),
    writeAttributes: attributes(spec.writeAttributes),
    enableTokenRevocation: spec.enableTokenRevocation,
    enablePropagateAdditionalUserContextData: spec.enablePropagateAdditionalUserContextData,
    analytics,
  };
}

/** The callback URL at `index` (modulo their number), or the placeholder when none is given, or any URL for a token list. */
function pickCallback(callbackUrls: string[] | undefined, index: number): string {
  if (callbackUrls === undefined || callbackUrls.length === 0) {
    return 'https://example.com';
  }
  return Token.isUnresolved(callbackUrls) ? 'https://app.example.com/cb' : callbackUrls[index % callbackUrls.length];
}

// ---------- valid pieces ----------

const lower = 'abcdefghijklmnopqrstuvwxyz';
const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

const host = fc.oneof(
  fc.constantFrom('app.example.com', 'example.org', 'auth.example.co.uk', '例え.jp', 'xn--r8jz45g.jp'),
  fc.tuple(chars(lower, 1, 12), fc.constantFrom('.com', '.net', '.example')).map(([a, b]) => a + b),
);
const pathPart = chars(lower + '0123456789-._~%/é✓', 0, 30);

/** A URL Cognito takes as a callback or logout URL. */
export const validUrl: fc.Arbitrary<Text> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(host, pathPart, fc.option(chars(lower + '=&', 1, 10), { nil: undefined })).map(([h, p, q]) => `https://${h}/${p}${q ? `?${q}` : ''}`) },
  { weight: 2, arbitrary: fc.tuple(fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), pathPart).map(([port, p]) => `http://localhost${port ? `:${port}` : ''}/${p}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('myapp', 'com.example.app', 'x-app+v2'), fc.constantFrom('://', ':/'), pathPart).map(([s, sep, p]) => `${s}${sep}${p || 'cb'}`) },
  { weight: 1, arbitrary: fc.constant(`https://app.example.com/${'a'.repeat(1024 - 'https://app.example.com/'.length)}`) },
  { weight: 1, arbitrary: pathPart.map((p): Text => ({ before: 'https://', after: `/${p}` })) },
  { weight: 1, arbitrary: fc.constant<Text>({ before: 'http://', after: '/cb' }) },
);

/** A duration in [min, max] seconds, a whole number of `step` seconds, written in any unit that keeps it exact enough. */
function validDuration(min: number, max: number, step: number, tokenUnits: Unit[]): fc.Arbitrary<DurationSpec> {
  const value = fc.tuple(fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }), fc.constantFrom<Unit>('millis', 'seconds', 'minutes', 'hours', 'days'))
    .map(([n, unit]): DurationSpec => ({ amount: (n * step * 1000) / MILLIS[unit], unit }));
  const edges = fc.constantFrom(min, max).map((s): DurationSpec => ({ amount: s, unit: 'seconds' }));
  return fc.oneof({ weight: 6, arbitrary: value }, { weight: 2, arbitrary: edges }, { weight: 1, arbitrary: fc.constantFrom(...tokenUnits).map((token): DurationSpec => ({ token })) });
}

const seconds = (d: DurationSpec | undefined) => d === undefined || 'token' in d ? undefined : (d.amount * MILLIS[d.unit]) / 1000;

const BUILT_IN = ['phone', 'email', 'openid', 'profile', 'cognitoAdmin'] as const;
/** A custom scope `<resourceServerIdentifier>/<scopeName>`: the identifier may hold `/` (a URL), the scope name may not. */
const scopeName = fc.tuple(chars('abcdefghijklmnopqrstuvwxyz0123456789-_.:/!~[]', 1, 20), chars('abcdefghijklmnopqrstuvwxyz0123456789-_.:!~[]', 1, 19))
  .map(([identifier, name]) => `${identifier}/${name}`);
const customScope: fc.Arbitrary<ScopeSpec> = fc.oneof(
  scopeName.map((s): ScopeSpec => ({ custom: s })),
  fc.tuple(fc.constantFrom('srv', 'https://api.example.com', 'orders'), fc.constantFrom('read', 'write', 'admin')).map(([server, s]): ScopeSpec => ({ server, scope: s })),
  fc.constant<ScopeSpec>({ custom: { before: '', after: '/read' } }),
);
const anyValidScope = fc.oneof(fc.constantFrom(...BUILT_IN).map((b): ScopeSpec => ({ builtIn: b })), customScope);

const clientName = chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ +=,.@-\t', 1, 128);
const providerName = fc.oneof(
  fc.constantFrom('COGNITO', 'Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple', 'CorpSAML', 'My-OIDC-IdP', 'a_b'),
  // a name that can be registered (CreateIdentityProvider): no spaces, no underscore but as the second character
  chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.é', 3, 32),
);
const attributeName = chars('abcdefghijklmnopqrstuvwxyz0123456789_', 1, 20);
const hex = chars('0123456789abcdefABCDEF', 1, 32);

/** OAuth settings Cognito accepts, with the generateSecret they need. */
const validOAuth = fc.oneof(
  // browser flows (or the default ones)
  fc.record({
    flows: fc.option(fc.record({ authorizationCodeGrant: fc.boolean(), implicitCodeGrant: fc.boolean() }, { requiredKeys: [] })
      .filter((f) => !!(f.authorizationCodeGrant || f.implicitCodeGrant)), { nil: undefined }),
    callbackUrls: fc.option(fc.oneof(
      { weight: 8, arbitrary: fc.array(validUrl, { minLength: 1, maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(validUrl, { minLength: 100, maxLength: 100 }) },
      { weight: 1, arbitrary: fc.constant<'token-list'>('token-list') },
    ), { nil: undefined }),
    logoutUrls: fc.option(fc.array(validUrl, { maxLength: 3 }), { nil: undefined }),
    scopes: fc.option(fc.array(anyValidScope, { minLength: 1, maxLength: 50 }), { nil: undefined }),
    defaultRedirectUri: fc.option(fc.nat().map((callback) => ({ callback })), { nil: undefined }),
  }, { requiredKeys: [] }).map((oAuth) => ({ oAuth: { ...oAuth, scopes: oAuth.scopes && fitScopes(oAuth.scopes) }, generateSecret: undefined as boolean | undefined })),
  // machine to machine
  fc.record({
    callbackUrls: fc.option(fc.array(validUrl, { maxLength: 2 }), { nil: undefined }),
    scopes: fc.array(customScope, { minLength: 1, maxLength: 10 }),
  }).map(({ callbackUrls, scopes }) => ({ oAuth: { flows: { clientCredentials: true }, callbackUrls, scopes }, generateSecret: true as boolean | undefined })),
);

/** At most 50 scopes once duplicates are dropped and openid added. */
function fitScopes(scopes: ScopeSpec[]): ScopeSpec[] {
  const key = (s: ScopeSpec) => JSON.stringify(s);
  const unique = scopes.filter((s, i) => scopes.findIndex((t) => key(t) === key(s)) === i);
  const impliesOpenid = unique.some((s) => 'builtIn' in s && ['phone', 'email', 'profile'].includes(s.builtIn));
  const hasOpenid = unique.some((s) => 'builtIn' in s && s.builtIn === 'openid');
  return unique.slice(0, impliesOpenid && !hasOpenid ? 49 : 50);
}

/** Props Cognito accepts: the library must create the client. */
export const validSpec: fc.Arbitrary<Spec> = fc.record({
  pool: fc.constantFrom<Spec['pool']>('UserPool', 'UserPool', 'imported', 'CfnUserPool'),
  userPoolClientName: fc.option(fc.oneof(clientName, fc.constant<Text>({ before: 'app-', after: '-web' })), { nil: undefined }),
  generateSecret: fc.option(fc.boolean(), { nil: undefined }),
  authFlows: fc.option(fc.record({ adminUserPassword: fc.boolean(), custom: fc.boolean(), userPassword: fc.boolean(), userSrp: fc.boolean(), user: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
  oauth: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: validOAuth }),
  authSessionValidity: fc.option(validDuration(180, 900, 60, ['minutes']), { nil: undefined }),
  preventUserExistenceErrors: fc.option(fc.boolean(), { nil: undefined }),
  supportedIdentityProviders: fc.option(fc.array(providerName, { maxLength: 4 }), { nil: undefined }),
  idTokenValidity: fc.option(validDuration(300, 86_400, 1, ['seconds', 'minutes', 'hours']), { nil: undefined }),
  accessTokenValidity: fc.option(validDuration(300, 86_400, 1, ['seconds', 'minutes', 'hours']), { nil: undefined }),
  refreshTokenValidity: fc.option(validDuration(3600, 315_360_000, 1, ['seconds', 'minutes', 'hours', 'days']), { nil: undefined }),
  refreshTokenRotationGracePeriod: fc.option(validDuration(0, 60, 1, ['seconds']), { nil: undefined }),
  readAttributes: fc.option(fc.array(attributeName, { maxLength: 3 }), { nil: undefined }),
  writeAttributes: fc.option(fc.array(attributeName, { maxLength: 3 }), { nil: undefined }),
  enableTokenRevocation: fc.option(fc.boolean(), { nil: undefined }),
  enablePropagateAdditionalUserContextData: fc.option(fc.boolean(), { nil: undefined }),
  analytics: fc.option(fc.oneof(
    fc.record({ application: fc.constant(true), shareUserData: fc.option(fc.boolean(), { nil: undefined }) }),
    fc.record({ applicationId: fc.oneof(hex, fc.constant<Text>({ before: 'abc', after: '' })), externalId: chars(lower, 0, 20), role: fc.constant(true), shareUserData: fc.option(fc.boolean(), { nil: undefined }) }),
  ), { nil: undefined }),
  disableOAuth: fc.boolean(),
}, { requiredKeys: ['pool', 'oauth', 'disableOAuth'] }).map(({ oauth, disableOAuth, ...rest }): Spec => {
  const spec: Spec = { ...rest };
  if (disableOAuth && oauth === undefined) {
    spec.disableOAuth = true;
  } else if (oauth) {
    spec.oAuth = oauth.oAuth;
    spec.generateSecret = oauth.generateSecret ?? spec.generateSecret;
  }
  if (spec.enablePropagateAdditionalUserContextData) {
    spec.generateSecret = true;
  }
  if (spec.pool === 'CfnUserPool' && spec.supportedIdentityProviders === undefined) {
    spec.supportedIdentityProviders = ['COGNITO'];
  }
  // id and access tokens last no longer than the refresh token
  const refresh = seconds(spec.refreshTokenValidity);
  for (const key of ['idTokenValidity', 'accessTokenValidity'] as const) {
    const s = seconds(spec[key]);
    if (refresh !== undefined && s !== undefined && s > refresh) {
      spec[key] = { amount: refresh, unit: 'seconds' };
    }
  }
  return spec;
});

// ---------- invalid pieces, for anySpec ----------

const invalidUrl: fc.Arbitrary<Text> = fc.oneof(
  host.map((h) => `http://${h}/cb`),
  host.map((h) => `https://${h}/cb#frag`),
  pathPart.map((p) => `/${p}`),
  host.map((h) => `https://${h}/a b`),
  host.map((h) => `${h}/cb`),
  fc.constant(''),
  fc.constant(`https://app.example.com/${'a'.repeat(1025 - 'https://app.example.com/'.length)}`),
  fc.constant<Text>({ before: 'http://app.example.com/', after: '' }),
  fc.constant<Text>({ before: 'https://', after: '/cb#x' }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).map((any) => `https://app.example.com/${any}`),
);
const anyUrl = fc.oneof({ weight: 3, arbitrary: validUrl }, { weight: 1, arbitrary: invalidUrl });

/** A duration of any length (not negative: Duration refuses that itself) in any unit. */
const anyDuration: fc.Arbitrary<DurationSpec> = fc.oneof(
  fc.tuple(fc.oneof(fc.integer({ min: 0, max: 400_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })), fc.constantFrom<Unit>('millis', 'seconds', 'minutes', 'hours', 'days'))
    .map(([amount, unit]): DurationSpec => ({ amount, unit })),
  fc.constantFrom<Unit>('millis', 'seconds', 'minutes', 'hours', 'days').map((token): DurationSpec => ({ token })),
);
const anyName = fc.oneof(clientName, fc.string({ maxLength: 140 }), chars('ab/:#\u00a0\u2003\ufeff\u3000', 1, 5), fc.string({ unit: 'binary', maxLength: 12 }));
const anyScope = fc.oneof(anyValidScope, fc.string({ maxLength: 5 }).map((s): ScopeSpec => ({ custom: s })), fc.string({ unit: 'binary', maxLength: 5 }).map((s): ScopeSpec => ({ custom: s })), fc.constant<ScopeSpec>({ custom: 's'.repeat(257) }));
const anyProvider = fc.oneof(providerName, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constant('x'.repeat(33)));

/** Wild values for each property: valid or not, anything the types allow. */
const wild = {
  pool: fc.constantFrom<Spec['pool']>('UserPool', 'imported', 'CfnUserPool'),
  userPoolClientName: anyName,
  generateSecret: fc.boolean(),
  authFlows: fc.record({ adminUserPassword: fc.boolean(), custom: fc.boolean(), userPassword: fc.boolean(), userSrp: fc.boolean(), user: fc.boolean() }, { requiredKeys: [] }),
  disableOAuth: fc.boolean(),
  oAuth: fc.record({
    flows: fc.record({ authorizationCodeGrant: fc.boolean(), implicitCodeGrant: fc.boolean(), clientCredentials: fc.boolean() }, { requiredKeys: [] }),
    callbackUrls: fc.oneof(fc.array(anyUrl, { maxLength: 6 }), fc.array(validUrl, { minLength: 99, maxLength: 102 }), fc.constant<'token-list'>('token-list')),
    logoutUrls: fc.oneof(fc.array(anyUrl, { maxLength: 3 }), fc.constant<'token-list'>('token-list')),
    scopes: fc.array(anyScope, { maxLength: 52 }),
    defaultRedirectUri: fc.oneof(anyUrl, fc.nat().map((callback) => ({ callback }))),
  }, { requiredKeys: [] }),
  authSessionValidity: anyDuration,
  preventUserExistenceErrors: fc.boolean(),
  supportedIdentityProviders: fc.array(anyProvider, { maxLength: 4 }),
  idTokenValidity: anyDuration,
  refreshTokenValidity: anyDuration,
  accessTokenValidity: anyDuration,
  refreshTokenRotationGracePeriod: anyDuration,
  readAttributes: fc.array(fc.oneof(attributeName, fc.constant('a'.repeat(2042))), { maxLength: 3 }),
  writeAttributes: fc.array(attributeName, { maxLength: 3 }),
  enableTokenRevocation: fc.boolean(),
  enablePropagateAdditionalUserContextData: fc.boolean(),
  analytics: fc.record({
    application: fc.boolean(), applicationId: fc.oneof(hex, fc.string({ maxLength: 8 })), externalId: fc.string({ maxLength: 8 }), role: fc.boolean(), shareUserData: fc.boolean(),
  }, { requiredKeys: [] }),
};
type WildKey = keyof typeof wild;
const WILD_KEYS = Object.keys(wild) as WildKey[];

/**
 * Anything the types allow, valid or not: valid props with 0 to 4 properties replaced by wild values
 * (so both outcomes are common), or every property wild. The library must either create the client
 * or throw a ValidationError.
 */
export const anySpec: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(validSpec, fc.subarray(WILD_KEYS, { maxLength: 4 })).chain(([valid, keys]) =>
    fc.record(Object.fromEntries(keys.map((key) => [key, wild[key]])) as { [K in WildKey]: typeof wild[K] })
      .map((overrides) => ({ ...valid, ...overrides }) as Spec)) },
  { weight: 1, arbitrary: fc.record(wild, { requiredKeys: ['pool'] }) as fc.Arbitrary<Spec> },
);
