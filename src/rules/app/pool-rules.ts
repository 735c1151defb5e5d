import { Token } from 'aws-cdk-lib';
import { UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolClientProps } from '../../client/props';
import { isUserPool } from '../../client/settings';
import type { ClientSettings } from '../../client/settings';
import type { Finding, RuleOf } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, GUIDE_ATTRIBUTES, GUIDE_FEATURE_PLANS, GUIDE_SCOPES } from '../sources';
import { knownItems } from '../tokens';
import { resourceServerOf } from './client-in-app';
import type { ClientInApp } from './client-in-app';
import type { PoolFacts } from './pool-index';

/**
 * A rule on a client in its app: runs when the app synthesizes, once the tree is complete.
 * `appliesTo` tells from the client's props alone, when it is constructed, whether the check can
 * find anything at all: a client to which no rule applies (it names no provider but COGNITO, no
 * custom scope, no attributes, no ALLOW_USER_AUTH) registers no validation.
 */
export type AppRule = RuleOf<[client: ClientInApp]> & {
  readonly appliesTo: (props: UserPoolClientProps, settings: ClientSettings) => boolean;
};

/** A list for a message: the first few names, and how many more. */
function list(names: Iterable<string>): string {
  const all = [...names];
  if (all.length === 0) {
    return 'none';
  }
  const shown = all.slice(0, 10).join(', ');
  return all.length > 10 ? `${shown} and ${all.length - 10} more` : shown;
}

/** Where else in the app a name is defined, for a message (a name reported is not on the client's pool). */
function elsewhere(client: ClientInApp, has: (pool: PoolFacts) => boolean): string {
  const others = client.index.allPools.filter(has);
  return others.length > 0 ? `; it belongs to another pool: ${others.map((pool) => pool.path).join(', ')}` : '';
}

const OUTSIDE_APP_HINT = 'define it in the app, or declare it with declareResourcesOutsideApp() if it exists outside the app';

/**
 * The rules on a client in its app, in the order their violations are reported. They apply to a
 * pool the app defines (an L2 `UserPool` or a `CfnUserPool`); against an imported pool they find
 * nothing.
 */
export const APP_RULES_OF_CLIENT: readonly AppRule[] = [
  {
    id: 'identity-provider-on-pool',
    level: 'error',
    property: 'supportedIdentityProviders[i]',
    requirement: `must be an identity provider of the client's user pool: ${OUTSIDE_APP_HINT}`,
    source: `${API_CLIENT_TYPE} (SupportedIdentityProviders: "the provider names ... that you have configured in your user pool"); aws-cdk issue https://github.com/aws/aws-cdk/issues/15850 ("The provider Google does not exist for User Pool")`,
    appliesTo: (props) => knownItems(props.supportedIdentityProviders).some((provider) => provider.name !== UserPoolClientIdentityProvider.COGNITO.name),
    check: (client) => {
      const { props, pool, outside } = client;
      if (pool.someProviderUnknown) {
        return [];
      }
      // Providers registered on an L2 pool, including imported ones (UserPoolIdentityProvider.fromProviderName).
      const registered = isUserPool(props.userPool) ? new Set(props.userPool.identityProviders.map((p) => p.providerName)) : new Set<string>();
      const findings: Finding[] = [];
      knownItems(props.supportedIdentityProviders).forEach((provider, i) => {
        const name = provider.name;
        if (Token.isUnresolved(name) || name === UserPoolClientIdentityProvider.COGNITO.name
          || pool.identityProviders.has(name) || registered.has(name) || outside.identityProviders.has(name)) {
          return;
        }
        findings.push({
          path: `supportedIdentityProviders[${i}]`,
          value: name,
          detail: `providers of this pool: ${list(pool.identityProviders.keys())}${elsewhere(client, (other) => other.identityProviders.has(name))}`,
        });
      });
      return findings;
    },
  },
  {
    id: 'scope-on-pool',
    level: 'error',
    property: 'oAuth.scopes[i]',
    requirement: `must be a scope declared by a resource server of the client's user pool (identifier/scopeName): ${OUTSIDE_APP_HINT}`,
    source: `${GUIDE_SCOPES}; ${API_CREATE_CLIENT} (AllowedOAuthScopes: custom scopes "from resource servers"; Cognito answers ScopeDoesNotExistException)`,
    // oAuth is given only while OAuth is on (the props' own rules): its scopes are the ones in effect.
    appliesTo: (props) => knownItems(props.oAuth?.scopes).some((scope) => scope.scopeName.includes('/')),
    check: (client) => {
      const { props, pool, outside } = client;
      const findings: Finding[] = [];
      knownItems(props.oAuth?.scopes).forEach((scope, i) => {
        const name = scope.scopeName;
        // A custom scope has a slash (identifier/scopeName: the props' own rules check its form); a built-in scope has none.
        if (Token.isUnresolved(name) || !name.includes('/') || outside.scopes.has(name)) {
          return;
        }
        const match = resourceServerOf(pool, name);
        if (match === undefined) {
          if (!pool.someResourceServerUnknown) {
            findings.push({
              path: `oAuth.scopes[${i}]`,
              value: name,
              detail: `resource servers of this pool: ${list(pool.resourceServers.keys())}${elsewhere(client, (other) => resourceServerOf(other, name) !== undefined)}`,
            });
          }
          return;
        }
        const declared = match.server.scopeNames;
        if (declared !== undefined && !declared.has(match.scopeName)) {
          findings.push({
            path: `oAuth.scopes[${i}]`,
            value: name,
            detail: `resource server "${match.server.identifier}" declares: ${list(declared)}`,
          });
        }
      });
      return findings;
    },
  },
  {
    id: 'attribute-on-pool',
    level: 'error',
    property: 'readAttributes, writeAttributes',
    requirement: `must be a standard attribute or a custom attribute (custom:name) of the client's user pool: ${OUTSIDE_APP_HINT}`,
    source: `${GUIDE_ATTRIBUTES} (standard and custom attributes; attribute permissions and scopes); ${API_CLIENT_TYPE} (ReadAttributes, WriteAttributes)`,
    appliesTo: (props) => props.readAttributes !== undefined || props.writeAttributes !== undefined,
    check: ({ props, pool, outside }) => {
      const known = pool.attributeNames;
      if (known === undefined) {
        return [];
      }
      const custom = [...known].filter((name) => name.startsWith('custom:'));
      return (['readAttributes', 'writeAttributes'] as const).flatMap((property) =>
        knownItems(props[property]?.attributes()).filter((name) =>
          !Token.isUnresolved(name) && !known.has(name) && !name.startsWith('dev:') && !outside.attributes.has(name),
        ).map((name): Finding => ({ path: property, value: name, detail: `custom attributes of this pool: ${list(custom)}` })));
    },
  },
  {
    id: 'required-attributes-writable',
    level: 'error',
    property: 'writeAttributes',
    requirement: 'must include every attribute the user pool requires, so that users can sign up through this client',
    source: `${GUIDE_ATTRIBUTES} (attribute permissions and scopes); aws-cdk issues https://github.com/aws/aws-cdk/issues/20760 and https://github.com/aws/aws-cdk/issues/30608 (Cognito: "Invalid write attributes specified while creating a client")`,
    appliesTo: (props) => props.writeAttributes !== undefined,
    check: ({ props, pool }) => {
      const given = props.writeAttributes?.attributes();
      const required = pool.requiredAttributes;
      if (given === undefined || Token.isUnresolved(given) || required === undefined) {
        return [];
      }
      const missing = required.filter((name) => !given.includes(name));
      return missing.length > 0 ? [{ path: 'writeAttributes', value: given, detail: `missing: ${missing.join(', ')}` }] : [];
    },
  },
  {
    id: 'user-auth-feature-plan',
    level: 'error',
    property: 'authFlows.user',
    requirement: 'needs a user pool in the Essentials feature plan or higher (featurePlan: FeaturePlan.ESSENTIALS or PLUS); the pool is in the Lite plan',
    source: `${API_CLIENT_TYPE} (ExplicitAuthFlows, ALLOW_USER_AUTH: "your user pool must be in the Essentials tier or higher"); ${GUIDE_FEATURE_PLANS}`,
    appliesTo: (props) => props.authFlows?.user === true,
    // Runs only for a client with authFlows.user (appliesTo).
    check: ({ pool }) => (pool.featurePlan === 'LITE' ? [{ path: 'authFlows.user', value: true }] : []),
  },
];
