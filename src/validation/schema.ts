import type { AnalyticsConfiguration, AuthFlow, OAuthFlows, OAuthSettings, UserPoolClientProps } from '../props';

/** The kind of value a property takes, as far as it can be told at run time. */
export type ValueKind = 'string' | 'boolean' | 'duration' | 'object' | 'string[]' | 'object[]';

/**
 * Every property of a props struct with its kind, or the schema of the nested struct.
 * `Required<T>` makes the compiler insist that every field of the struct is listed here, so a
 * field added to the API cannot be forgotten by the check for unknown properties.
 */
export type StructSchema<T> = { readonly [K in keyof Required<T>]: ValueKind | StructSchema<NonNullable<T[K]>> };

const AUTH_FLOW: StructSchema<AuthFlow> = {
  adminUserPassword: 'boolean',
  custom: 'boolean',
  userPassword: 'boolean',
  userSrp: 'boolean',
  user: 'boolean',
};

const OAUTH_FLOWS: StructSchema<OAuthFlows> = {
  authorizationCodeGrant: 'boolean',
  implicitCodeGrant: 'boolean',
  clientCredentials: 'boolean',
};

const OAUTH_SETTINGS: StructSchema<OAuthSettings> = {
  flows: OAUTH_FLOWS,
  callbackUrls: 'string[]',
  logoutUrls: 'string[]',
  scopes: 'object[]',
  defaultRedirectUri: 'string',
};

const ANALYTICS: StructSchema<AnalyticsConfiguration> = {
  application: 'object',
  applicationId: 'string',
  externalId: 'string',
  role: 'object',
  shareUserData: 'boolean',
};

/** The whole props struct of `UserPoolClient`. */
export const USER_POOL_CLIENT_PROPS: StructSchema<UserPoolClientProps> = {
  userPool: 'object',
  userPoolClientName: 'string',
  generateSecret: 'boolean',
  authFlows: AUTH_FLOW,
  disableOAuth: 'boolean',
  oAuth: OAUTH_SETTINGS,
  authSessionValidity: 'duration',
  preventUserExistenceErrors: 'boolean',
  supportedIdentityProviders: 'object[]',
  idTokenValidity: 'duration',
  refreshTokenValidity: 'duration',
  accessTokenValidity: 'duration',
  refreshTokenRotationGracePeriod: 'duration',
  readAttributes: 'object',
  writeAttributes: 'object',
  enableTokenRevocation: 'boolean',
  enablePropagateAdditionalUserContextData: 'boolean',
  analytics: ANALYTICS,
};

/** A property whose value is not what its schema says. */
export interface SchemaMismatch {
  readonly path: string;
  readonly value: unknown;
  /** Undefined for a property the schema does not know. */
  readonly expected?: ValueKind | 'struct';
}

function isKind(value: unknown, kind: ValueKind): boolean {
  switch (kind) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'duration': return typeof value === 'object' && value !== null && typeof (value as { toMilliseconds?: unknown }).toMilliseconds === 'function';
    case 'object': return typeof value === 'object' && value !== null;
    case 'string[]': return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'object[]': return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
  }
}

/**
 * Every property of `value` that `schema` does not know, or whose value is of another kind.
 * Props reach the construct untyped from JavaScript and through casts; nothing in them is ignored.
 * `path` is the prefix of the struct's properties (`oAuth.`); `mismatches` collects across nested structs.
 */
export function checkSchema(value: object, schema: StructSchema<unknown>, path = '', mismatches: SchemaMismatch[] = []): SchemaMismatch[] {
  const known = schema as Record<string, ValueKind | StructSchema<unknown>>;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || !Object.prototype.hasOwnProperty.call(value, key)) {
      continue;
    }
    // Paths are built only for a mismatch or a nested struct: most props match.
    const expected = Object.prototype.hasOwnProperty.call(known, key) ? known[key] : undefined;
    if (expected === undefined) {
      mismatches.push({ path: path + key, value: item });
    } else if (typeof expected === 'string') {
      if (!isKind(item, expected as ValueKind)) {
        mismatches.push({ path: path + key, value: item, expected: expected as ValueKind });
      }
    } else if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      mismatches.push({ path: path + key, value: item, expected: 'struct' });
    } else {
      checkSchema(item, expected, `${path}${key}.`, mismatches);
    }
  }
  return mismatches;
}

/** The property names a schema knows, for messages. */
export function knownProperties(schema: StructSchema<unknown>): string[] {
  return Object.keys(schema as object);
}
