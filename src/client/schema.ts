import { checkSchema, isObject, KIND_NAMES } from '../rules/schema';
import type { StructSchema } from '../rules/schema';
import type { RuleOf } from '../rules/rule';
import { CDK_CLIENT } from '../rules/sources';
import type { AnalyticsConfiguration, AuthFlow, OAuthFlows, OAuthSettings, UserPoolClientProps } from './props';

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
  scopes: 'scope[]',
  defaultRedirectUri: 'string',
};

const ANALYTICS: StructSchema<AnalyticsConfiguration> = {
  application: 'pinpoint-app',
  applicationId: 'string',
  externalId: 'string',
  role: 'role',
  shareUserData: 'boolean',
};

/** The whole props struct of `UserPoolClient`. */
export const USER_POOL_CLIENT_PROPS: StructSchema<UserPoolClientProps> = {
  userPool: 'user-pool',
  userPoolClientName: 'string',
  generateSecret: 'boolean',
  authFlows: AUTH_FLOW,
  disableOAuth: 'boolean',
  oAuth: OAUTH_SETTINGS,
  authSessionValidity: 'duration',
  preventUserExistenceErrors: 'boolean',
  supportedIdentityProviders: 'provider[]',
  idTokenValidity: 'duration',
  refreshTokenValidity: 'duration',
  accessTokenValidity: 'duration',
  refreshTokenRotationGracePeriod: 'duration',
  readAttributes: 'client-attributes',
  writeAttributes: 'client-attributes',
  enableTokenRevocation: 'boolean',
  enablePropagateAdditionalUserContextData: 'boolean',
  analytics: ANALYTICS,
};

/** A schema violation as the schema rule reports it: the place, the value, what is expected there. */
export interface SchemaFinding {
  readonly path: string;
  readonly value: unknown;
  readonly requirement: string;
}

const NO_FINDINGS: readonly SchemaFinding[] = Object.freeze([]);

/**
 * What is wrong with the shape of the props: the required pool missing, props that are not an
 * object, a property the library does not know, a value of another kind than its property takes.
 */
export function schemaFindings(props: unknown): readonly SchemaFinding[] {
  if (!isObject(props) || Array.isArray(props)) {
    return [{ path: 'props', value: props, requirement: `must be ${KIND_NAMES.struct} holding at least userPool` }];
  }
  const mismatches = checkSchema(props, USER_POOL_CLIENT_PROPS);
  if (props.userPool !== undefined && mismatches.length === 0) {
    return NO_FINDINGS;
  }
  const findings: SchemaFinding[] = [];
  // The one required property: the types say so, a JavaScript caller may still leave it out.
  if (props.userPool === undefined) {
    findings.push({ path: 'userPool', value: undefined, requirement: 'is required: the user pool (an IUserPool or IUserPoolRef) the client belongs to' });
  }
  for (const mismatch of mismatches) {
    const detail = mismatch.detail === undefined ? '' : ` (${mismatch.detail})`;
    findings.push({
      path: mismatch.path,
      value: mismatch.value,
      requirement: mismatch.expected === undefined
        ? `is not a property this library knows (known here: ${mismatch.known!.join(', ')})`
        : `must be ${mismatch.expected}${detail}`,
    });
  }
  return findings;
}

/**
 * The rule that runs before all others: every property given is one the library knows, of the
 * kind it takes. The others read the props as typed, so they run only when this one finds nothing.
 */
export const SCHEMA_RULE: RuleOf<unknown> = {
  id: 'known-properties',
  level: 'error',
  property: 'every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CDK_CLIENT} (the props of UserPoolClient: a property outside them would be dropped without a word)`,
  check: (props) => schemaFindings(props),
};
