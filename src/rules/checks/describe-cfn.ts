import { Token } from 'aws-cdk-lib';
import type { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { AnalyticsSettings, AuthFlowName, ClientDescription, ClientOrigin, DurationProperty, OAuthFlowName, OAuthFlowSettings, Written, WrittenAt, WrittenDuration, WrittenList, WrittenText, WrittenUrl } from '../description';
import { MILLIS_PER } from '../durations';
import { MessageText } from '../engine';
import { LiteralView } from '../tokens';

/*
 * A `CfnUserPoolClient` as the rules read it: its properties as CloudFormation will receive them
 * (the L1's attributes, escape hatches on them included, with `addPropertyOverride` and
 * `addOverride` applied), each named as its author wrote it: the L2 prop for aws-cdk-lib's
 * `UserPoolClient` (`oAuth.callbackUrls[2]`), the L1 property for a raw L1 (`callbackUrLs[2]`).
 */

/** Each property: its CloudFormation name, its L1 name, and the L2 prop aws-cdk-lib renders it from. */
const PROPERTIES = {
  userPoolId: ['UserPoolId', 'userPool'],
  clientName: ['ClientName', 'userPoolClientName'],
  generateSecret: ['GenerateSecret', 'generateSecret'],
  explicitAuthFlows: ['ExplicitAuthFlows', 'authFlows'],
  allowedOAuthFlowsUserPoolClient: ['AllowedOAuthFlowsUserPoolClient', 'disableOAuth'],
  allowedOAuthFlows: ['AllowedOAuthFlows', 'oAuth.flows'],
  allowedOAuthScopes: ['AllowedOAuthScopes', 'oAuth.scopes'],
  callbackUrLs: ['CallbackURLs', 'oAuth.callbackUrls'],
  logoutUrLs: ['LogoutURLs', 'oAuth.logoutUrls'],
  defaultRedirectUri: ['DefaultRedirectURI', 'oAuth.defaultRedirectUri'],
  supportedIdentityProviders: ['SupportedIdentityProviders', 'supportedIdentityProviders'],
  readAttributes: ['ReadAttributes', 'readAttributes'],
  writeAttributes: ['WriteAttributes', 'writeAttributes'],
  preventUserExistenceErrors: ['PreventUserExistenceErrors', 'preventUserExistenceErrors'],
  enableTokenRevocation: ['EnableTokenRevocation', 'enableTokenRevocation'],
  enablePropagateAdditionalUserContextData: ['EnablePropagateAdditionalUserContextData', 'enablePropagateAdditionalUserContextData'],
  analyticsConfiguration: ['AnalyticsConfiguration', 'analytics'],
  idTokenValidity: ['IdTokenValidity', 'idTokenValidity'],
  accessTokenValidity: ['AccessTokenValidity', 'accessTokenValidity'],
  refreshTokenValidity: ['RefreshTokenValidity', 'refreshTokenValidity'],
  tokenValidityUnits: ['TokenValidityUnits', 'idTokenValidity'],
  authSessionValidity: ['AuthSessionValidity', 'authSessionValidity'],
  refreshTokenRotation: ['RefreshTokenRotation', 'refreshTokenRotationGracePeriod'],
} as const;

type L1Property = keyof typeof PROPERTIES;

const L1_PROPERTIES = Object.keys(PROPERTIES) as L1Property[];

/** The fields of the nested structs: CloudFormation name to L1 name. */
const NESTED: Record<string, Record<string, string>> = {
  AnalyticsConfiguration: { ApplicationArn: 'applicationArn', ApplicationId: 'applicationId', ExternalId: 'externalId', RoleArn: 'roleArn', UserDataShared: 'userDataShared' },
  TokenValidityUnits: { IdToken: 'idToken', AccessToken: 'accessToken', RefreshToken: 'refreshToken' },
  RefreshTokenRotation: { Feature: 'feature', RetryGracePeriodSeconds: 'retryGracePeriodSeconds' },
};

/** The L2 prop of each flow and auth flow aws-cdk-lib renders. */
const OAUTH_FLOWS: Record<OAuthFlowName, string> = { authorizationCodeGrant: 'code', implicitCodeGrant: 'implicit', clientCredentials: 'client_credentials' };
const AUTH_FLOWS: Record<AuthFlowName, string> = {
  userPassword: 'ALLOW_USER_PASSWORD_AUTH',
  adminUserPassword: 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  custom: 'ALLOW_CUSTOM_AUTH',
  userSrp: 'ALLOW_USER_SRP_AUTH',
  user: 'ALLOW_USER_AUTH',
  refreshToken: 'ALLOW_REFRESH_TOKEN_AUTH',
};

/** The default units of the token validities (TokenValidityUnits). */
const DEFAULT_UNITS = { idTokenValidity: 'hours', accessTokenValidity: 'hours', refreshTokenValidity: 'days' } as const;
const UNIT_KEYS = { idTokenValidity: 'idToken', accessTokenValidity: 'accessToken', refreshTokenValidity: 'refreshToken' } as const;
const UNIT_MILLIS: Record<string, number> = { ...MILLIS_PER };

/** A plain object (not a list, not a token). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Token.isUnresolved(value) && !isIntrinsic(value);
}

/** A CloudFormation intrinsic function given as an object (`{ 'Fn::If': [...] }`, `{ Ref: ... }`): its value is known only at deployment. */
function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/**
 * The L1's properties with its raw overrides applied (as CloudFormation names them, so as L1
 * names): an override of a whole property replaces it, one inside a struct replaces that field,
 * a deletion override (undefined) removes it.
 */
function effectiveProperties(client: CfnUserPoolClient): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const l1 of L1_PROPERTIES) {
    properties[l1] = (client as unknown as Record<string, unknown>)[l1];
  }
  // CfnResource keeps its overrides in `rawOverrides` (addOverride, addPropertyOverride, addDeletionOverride).
  const overrides = (client as unknown as { rawOverrides: { Properties?: unknown } }).rawOverrides.Properties;
  if (!isRecord(overrides)) {
    return properties;
  }
  // (An override of a property CloudFormation's schema does not have is its own validation's to report.)
  for (const l1 of L1_PROPERTIES) {
    const cfnName = PROPERTIES[l1][0];
    if (!(cfnName in overrides)) {
      continue;
    }
    const value = overrides[cfnName];
    const nested = NESTED[cfnName];
    if (nested !== undefined && isRecord(value) && isRecord(properties[l1])) {
      const merged: Record<string, unknown> = { ...(properties[l1] as Record<string, unknown>) };
      for (const [field, fieldValue] of Object.entries(value)) {
        merged[nested[field] ?? field] = fieldValue;
      }
      properties[l1] = merged;
    } else if (nested !== undefined && isRecord(value)) {
      properties[l1] = Object.fromEntries(Object.entries(value).map(([field, fieldValue]) => [nested[field] ?? field, fieldValue]));
    } else {
      properties[l1] = value;
    }
  }
  return properties;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/**
 * A `CfnUserPoolClient` as the rules read it. Its properties are read once, when it is described;
 * each setting is worked out on first use and kept (the rules read most of them several times).
 */
export class CfnDescription implements ClientDescription {
  private readonly properties: Record<string, unknown>;
  /** The settings worked out so far, by getter. */
  private readonly settings = new Map<string, unknown>();
  /** The durations worked out so far (the rules read each several times). */
  private readonly durations = new Map<DurationProperty, WrittenDuration | undefined>();

  constructor(client: CfnUserPoolClient, public readonly origin: Exclude<ClientOrigin, 'construct'>) {
    this.properties = effectiveProperties(client);
  }

  /** A setting, worked out on first use. */
  private once<T>(key: string, make: () => T): T {
    if (!this.settings.has(key)) {
      this.settings.set(key, make());
    }
    return this.settings.get(key) as T;
  }

  /** Where a property (or an item of it, or a field of its struct) is written, as its author named it. */
  private path(property: L1Property, suffix = ''): string {
    return `${this.origin === 'l1' ? property : PROPERTIES[property][1]}${suffix}`;
  }

  private get(property: L1Property): unknown {
    return this.properties[property];
  }

  private written<T>(property: L1Property, value: T): Written<T> {
    return { value, path: this.path(property), shown: value };
  }

  /** A list property: its items (each a string; anything else is CloudFormation's schema's to report). */
  private list<I>(property: L1Property, item: (value: string, path: string) => I): WrittenList<I> | undefined {
    const value = this.get(property);
    if (value === undefined) {
      return undefined;
    }
    if (!Array.isArray(value) || Token.isUnresolved(value)) {
      return { path: this.path(property), shown: value, token: true, length: 1, items: [] };
    }
    const items: I[] = [];
    value.forEach((entry, i) => {
      if (typeof entry === 'string') {
        items.push(item(entry, this.path(property, `[${i}]`)));
      }
    });
    return { path: this.path(property), shown: value, token: false, length: value.length, items };
  }

  private names(property: L1Property): WrittenList<WrittenText> | undefined {
    return this.list(property, (value, path) => ({ value, path, shown: value, view: new LiteralView(value) }));
  }

  get userPoolId(): string {
    const id = this.get('userPoolId');
    return typeof id === 'string' ? id : '';
  }

  get oAuthEnabled(): boolean {
    return isTrue(this.get('allowedOAuthFlowsUserPoolClient'));
  }

  get flows(): OAuthFlowSettings {
    return this.once('flows', () => this.describeFlows());
  }

  private describeFlows(): OAuthFlowSettings {
    const list = this.list('allowedOAuthFlows', (value, path) => ({ value, path }));
    const items = list?.items ?? [];
    const has = (flow: OAuthFlowName) => items.some((item) => item.value === OAUTH_FLOWS[flow]);
    return {
      authorizationCodeGrant: has('authorizationCodeGrant'),
      implicitCodeGrant: has('implicitCodeGrant'),
      clientCredentials: has('clientCredentials'),
      path: this.path('allowedOAuthFlows'),
      shown: list?.shown,
      defaulted: false,
      missing: this.oAuthEnabled && !list?.token && items.length === 0,
      // The rules ask where a flow is written only when it is on: an item names it.
      at: (flow) => (this.origin === 'l1'
        ? { path: items.find((i) => i.value === OAUTH_FLOWS[flow])!.path, shown: OAUTH_FLOWS[flow] }
        : { path: `oAuth.flows.${flow}`, shown: true }),
    };
  }

  get scopes(): WrittenList<WrittenText> | undefined {
    return this.once('scopes', () => this.names('allowedOAuthScopes'));
  }

  get scopeNamesInEffect(): readonly string[] {
    return this.once('scopeNamesInEffect', () => this.oAuthEnabled ? (this.scopes?.items ?? []).map((scope) => scope.value) : []);
  }

  get scopesMissing(): boolean {
    const scopes = this.scopes;
    return this.oAuthEnabled && !scopes?.token && (scopes?.items.length ?? 0) === 0;
  }

  get callbackUrls(): WrittenList<string> | undefined {
    return this.once('callbackUrls', () => this.list('callbackUrLs', (value) => value));
  }

  get logoutUrls(): WrittenList<string> | undefined {
    return this.once('logoutUrls', () => this.list('logoutUrLs', (value) => value));
  }

  get defaultRedirectUri(): Written<string> | undefined {
    const uri = this.get('defaultRedirectUri');
    return typeof uri === 'string' ? this.written('defaultRedirectUri', uri) : undefined;
  }

  get callbackUrlsInEffect(): WrittenList<string> | undefined {
    return this.callbackUrls;
  }

  get urls(): readonly WrittenUrl[] {
    return this.once('urls', () => {
      const url = (redirect: boolean) => (value: string, path: string): WrittenUrl => ({ redirect, value, path, shown: value, view: new LiteralView(value) });
      const uri = this.defaultRedirectUri;
      return [
        ...this.list('callbackUrLs', url(true))?.items ?? [],
        ...this.list('logoutUrLs', url(false))?.items ?? [],
        ...(uri === undefined ? [] : [url(true)(uri.value, uri.path)]),
      ];
    });
  }

  /** aws-cdk-lib's construct registers `https://example.com` when a browser flow is on and no callback URL is given. */
  get placeholderCallbackUrl(): Written<string> | undefined {
    const urls = this.callbackUrls;
    return this.origin === 'aws-cdk-lib' && this.oAuthEnabled && urls?.items.length === 1 && urls.items[0] === 'https://example.com'
      ? { value: urls.items[0], path: this.path('callbackUrLs'), shown: undefined }
      : undefined;
  }

  get providers(): WrittenList<WrittenText> | undefined {
    return this.once('providers', () => this.names('supportedIdentityProviders'));
  }

  get providerNamesInEffect(): readonly string[] {
    return this.once('providerNamesInEffect', () => (this.providers?.items ?? []).map((provider) => provider.value));
  }

  get generateSecret(): boolean {
    return isTrue(this.get('generateSecret'));
  }

  /** The auth flows as written. */
  private get authFlows(): WrittenList<{ value: string; path: string }> | undefined {
    return this.once('authFlows', () => this.list('explicitAuthFlows', (value, path) => ({ value, path })));
  }

  authFlow(flow: AuthFlowName): WrittenAt | undefined {
    const item = this.authFlows?.items.find((i) => i.value === AUTH_FLOWS[flow]);
    if (item === undefined) {
      return undefined;
    }
    return this.origin === 'l1' ? { path: item.path, shown: item.value } : { path: `authFlows.${flow}`, shown: true };
  }

  get authFlowsGiven(): boolean {
    return this.get('explicitAuthFlows') !== undefined;
  }

  get readAttributes(): WrittenList<Written<string>> | undefined {
    return this.list('readAttributes', (value, path) => ({ value, path, shown: value }));
  }

  get writeAttributes(): WrittenList<Written<string>> | undefined {
    return this.list('writeAttributes', (value, path) => ({ value, path, shown: value }));
  }

  get clientName(): Written<string> | undefined {
    const name = this.get('clientName');
    return typeof name === 'string' ? this.written('clientName', name) : undefined;
  }

  duration(property: DurationProperty): WrittenDuration | undefined {
    if (!this.durations.has(property)) {
      this.durations.set(property, this.describeDuration(property));
    }
    return this.durations.get(property);
  }

  private describeDuration(property: DurationProperty): WrittenDuration | undefined {
    switch (property) {
      case 'authSessionValidity':
        return this.amount('authSessionValidity', this.get('authSessionValidity'), 'minutes');
      case 'refreshTokenRotationGracePeriod': {
        const rotation = this.get('refreshTokenRotation');
        const seconds = isRecord(rotation) ? rotation.retryGracePeriodSeconds : undefined;
        return this.amount('refreshTokenRotation', seconds, 'seconds', this.origin === 'l1' ? '.retryGracePeriodSeconds' : '');
      }
      default: {
        // Units given as a token or an intrinsic are unknown (null): the amount is then never judged.
        const units = this.get('tokenValidityUnits');
        const unit = units === undefined ? undefined : isRecord(units) ? units[UNIT_KEYS[property]] : null;
        return this.amount(property, this.get(property), unit === undefined ? DEFAULT_UNITS[property] : unit);
      }
    }
  }

  /** An amount in a unit: exact milliseconds when both are known. */
  private amount(property: L1Property, amount: unknown, unit: unknown, suffix = ''): WrittenDuration | undefined {
    if (amount === undefined) {
      return undefined;
    }
    const knownUnit = typeof unit === 'string' && !Token.isUnresolved(unit) ? unit : undefined;
    const amountIsToken = Token.isUnresolved(amount);
    const millis = typeof amount === 'number' && !amountIsToken && knownUnit !== undefined && UNIT_MILLIS[knownUnit] !== undefined
      ? amount * UNIT_MILLIS[knownUnit] : undefined;
    const text = `${amountIsToken ? 'a token' : String(amount)} ${knownUnit ?? '(unit unknown)'}`;
    return { path: this.path(property, suffix), shown: new MessageText(text), text, millis, tokenUnit: knownUnit };
  }

  get rotation(): Written<unknown> | undefined {
    const rotation = this.get('refreshTokenRotation');
    return isRecord(rotation) && rotation.feature === 'ENABLED' ? { value: rotation, path: this.path('refreshTokenRotation'), shown: rotation } : undefined;
  }

  get preventUserExistenceErrors(): Written<boolean> | undefined {
    const value = this.get('preventUserExistenceErrors');
    if (value === undefined) {
      return undefined;
    }
    // A token (or anything but a literal) is decided at deployment: it is not judged.
    const known = typeof value === 'string' && !Token.isUnresolved(value);
    // A message shows it only when it is not ENABLED: aws-cdk-lib's prop was false.
    return { value: !known || value === 'ENABLED', path: this.path('preventUserExistenceErrors'), shown: this.origin === 'l1' ? value : false };
  }

  get enableTokenRevocation(): Written<unknown> {
    return this.written('enableTokenRevocation', this.get('enableTokenRevocation'));
  }

  get contextData(): Written<unknown> {
    return this.written('enablePropagateAdditionalUserContextData', this.get('enablePropagateAdditionalUserContextData'));
  }

  get analytics(): AnalyticsSettings | undefined {
    const a = this.get('analyticsConfiguration');
    if (!isRecord(a)) {
      return undefined;
    }
    const l1 = this.origin === 'l1';
    const field = (name: string, l2: string) => (l1 ? `.${name}` : `.${l2}`);
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const names = l1 ? { applicationArn: 'applicationArn', applicationId: 'applicationId', externalId: 'externalId', roleArn: 'roleArn' }
      : { applicationArn: 'application', applicationId: 'applicationId', externalId: 'externalId', roleArn: 'role' };
    const id = text(a.applicationId);
    const role = text(a.roleArn);
    return {
      path: this.path('analyticsConfiguration'),
      targetFields: (Object.keys(names) as Array<keyof typeof names>).filter((key) => a[key] !== undefined).map((key) => names[key]),
      byApplication: a.applicationArn !== undefined,
      byId: [a.applicationId, a.externalId, a.roleArn].map((v) => v !== undefined),
      applicationId: id === undefined ? undefined : { value: id, path: this.path('analyticsConfiguration', field('applicationId', 'applicationId')), shown: id },
      roleArn: role === undefined ? undefined : { value: role, path: this.path('analyticsConfiguration', field('roleArn', 'role')), shown: role },
    };
  }
}

/** The property names of each origin, worked out once. */
const PROPERTY_NAMES = new Map<ClientOrigin, readonly string[]>();

/** The property names messages about such a client spell in the caller's language. */
export function propertyNamesOf(origin: Exclude<ClientOrigin, 'construct'>): readonly string[] {
  let names = PROPERTY_NAMES.get(origin);
  if (names === undefined) {
    names = listPropertyNames(origin);
    PROPERTY_NAMES.set(origin, names);
  }
  return names;
}

function listPropertyNames(origin: Exclude<ClientOrigin, 'construct'>): readonly string[] {
  if (origin === 'l1') {
    return [...Object.keys(PROPERTIES), ...Object.values(NESTED).flatMap((fields) => Object.values(fields))];
  }
  const props = Object.values(PROPERTIES).flatMap(([, l2]) => l2.split('.'));
  return [...new Set([...props, ...Object.keys(OAUTH_FLOWS), ...Object.keys(AUTH_FLOWS)])];
}
