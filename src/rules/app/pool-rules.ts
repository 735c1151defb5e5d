import { Token } from 'aws-cdk-lib';
import { UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { CfnUserPoolIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { ClientDescription } from '../description';
import type { Finding, RuleOf } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, API_CREATE_DOMAIN, API_CREATE_IDP, API_MODEL, GUIDE_ATTRIBUTES, GUIDE_FEATURE_PLANS, GUIDE_SCOPES } from '../sources';
import { resourceServerOf } from './client-in-app';
import { seeThrough } from './references';
import type { ClientInApp } from './client-in-app';
import { STANDARD_ATTRIBUTES } from './pool-index';
import type { PoolFacts } from './pool-index';

/**
 * A rule on a client in its app: runs when the app synthesizes, once the tree is complete.
 * `appliesTo` tells from the client's props alone, when it is constructed, whether the check can
 * find anything at all: a client to which no rule applies (it names no provider but COGNITO, no
 * custom scope, no attributes, no ALLOW_USER_AUTH) registers no validation.
 */
export type AppRule = RuleOf<ClientInApp> & {
  readonly appliesTo: (client: ClientDescription) => boolean;
};

/**
 * The user pool attributes an identity provider maps (the keys of its `AttributeMapping`) that a
 * client can be given write access to: standard attributes and `custom:` ones. None for a mapping
 * that is a token.
 */
function mappedAttributes(provider: CfnUserPoolIdentityProvider | undefined): string[] {
  const mapping = provider?.attributeMapping;
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping) || Token.isUnresolved(mapping)) {
    return [];
  }
  return Object.keys(mapping).filter((attribute) => !Token.isUnresolved(attribute) && (STANDARD_ATTRIBUTES.has(attribute) || attribute.startsWith('custom:')));
}

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
function elsewhere(inApp: ClientInApp, has: (pool: PoolFacts) => boolean): string {
  const others = inApp.index.allPools.filter(has);
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
    appliesTo: ({ providers }) => providers?.items.some((provider) => provider.value !== UserPoolClientIdentityProvider.COGNITO.name) ?? false,
    check: (inApp) => {
      const { client, pool, outside } = inApp;
      if (pool.someProviderUnknown) {
        return [];
      }
      const findings: Finding[] = [];
      for (const provider of client.providers?.items ?? []) {
        // A token that refers to a provider of the app is checked as the provider's name.
        const name = seeThrough(provider.value);
        // Providers registered on an L2 pool count too, including imported ones (UserPoolIdentityProvider.fromProviderName).
        if (name === undefined || name === UserPoolClientIdentityProvider.COGNITO.name
          || pool.identityProviders.has(name) || pool.registeredProviderNames.has(name) || outside.identityProviders.has(name)) {
          continue;
        }
        findings.push({
          path: provider.path,
          value: name,
          detail: `providers of this pool: ${list(pool.identityProviders.keys())}${elsewhere(inApp, (other) => other.identityProviders.has(name))}`,
        });
      }
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
    appliesTo: ({ scopes }) => scopes?.items.some((scope) => scope.value.includes('/')) ?? false,
    check: (inApp) => {
      const { client, pool, outside } = inApp;
      const findings: Finding[] = [];
      for (const scope of client.scopes?.items ?? []) {
        // A token that refers to a resource server of the app is checked as the server's identifier.
        const name = seeThrough(scope.value);
        // A custom scope has a slash (identifier/scopeName: the props' own rules check its form); a built-in scope has none.
        if (name === undefined || !name.includes('/') || outside.scopes.has(name)) {
          continue;
        }
        const match = resourceServerOf(pool, name);
        if (match === undefined) {
          if (!pool.someResourceServerUnknown) {
            findings.push({
              path: scope.path,
              value: name,
              detail: `resource servers of this pool: ${list(pool.resourceServers.keys())}${elsewhere(inApp, (other) => resourceServerOf(other, name) !== undefined)}`,
            });
          }
          continue;
        }
        const declared = match.server.scopeNames;
        if (declared !== undefined && !declared.has(match.scopeName)) {
          findings.push({ path: scope.path, value: name, detail: `resource server "${match.server.identifier}" declares: ${list(declared)}` });
        }
      }
      return findings;
    },
  },
  {
    id: 'attribute-on-pool',
    level: 'error',
    property: 'readAttributes, writeAttributes',
    requirement: `must be a standard attribute or a custom attribute (custom:name) of the client's user pool: ${OUTSIDE_APP_HINT}`,
    source: `${GUIDE_ATTRIBUTES} (standard and custom attributes; attribute permissions and scopes); ${API_CLIENT_TYPE} (ReadAttributes, WriteAttributes)`,
    appliesTo: ({ readAttributes, writeAttributes }) => readAttributes !== undefined || writeAttributes !== undefined,
    check: ({ client, pool, outside }) => {
      const known = pool.attributeNames;
      if (known === undefined) {
        return [];
      }
      const custom = [...known].filter((name) => name.startsWith('custom:'));
      return [client.readAttributes, client.writeAttributes].flatMap((attributes) => (attributes?.items ?? []).filter(({ value: name }) =>
        !Token.isUnresolved(name) && !known.has(name) && !name.startsWith('dev:') && !outside.attributes.has(name),
      ).map(({ value: name }): Finding => ({ path: attributes!.path, value: name, detail: `custom attributes of this pool: ${list(custom)}` })));
    },
  },
  {
    id: 'required-attributes-writable',
    level: 'error',
    property: 'writeAttributes',
    requirement: 'must include every attribute the user pool requires, so that users can sign up through this client',
    source: `${GUIDE_ATTRIBUTES} (attribute permissions and scopes); aws-cdk issues https://github.com/aws/aws-cdk/issues/20760 and https://github.com/aws/aws-cdk/issues/30608 (Cognito: "Invalid write attributes specified while creating a client")`,
    appliesTo: ({ writeAttributes }) => writeAttributes !== undefined,
    check: ({ client, pool }) => {
      const given = client.writeAttributes;
      const required = pool.requiredAttributes;
      if (given === undefined || given.token || required === undefined) {
        return [];
      }
      const names = given.items.map((item) => item.value);
      const missing = required.filter((name) => !names.includes(name));
      return missing.length > 0 ? [{ path: given.path, value: given.shown, detail: `missing: ${missing.join(', ')}` }] : [];
    },
  },
  {
    id: 'user-auth-feature-plan',
    level: 'error',
    property: 'authFlows.user',
    requirement: 'needs a user pool in the Essentials feature plan or higher (featurePlan FeaturePlan.ESSENTIALS or FeaturePlan.PLUS); the pool is in the Lite plan',
    source: `${API_CLIENT_TYPE} (ExplicitAuthFlows, ALLOW_USER_AUTH: "your user pool must be in the Essentials tier or higher"); ${GUIDE_FEATURE_PLANS}`,
    appliesTo: (client) => client.authFlow('user') !== undefined,
    // Runs only for a client that names the flow (appliesTo).
    check: ({ client, pool }) => (pool.featurePlan === 'LITE' ? [{ path: client.authFlow('user')!.path, value: client.authFlow('user')!.shown }] : []),
  },
  {
    id: 'mapped-attributes-writable',
    level: 'error',
    property: 'writeAttributes',
    requirement: 'must include every attribute that an identity provider the client signs users in with maps: Cognito writes mapped attributes at every federated sign-in and fails the sign-in when the client cannot write one; add them to writeAttributes, or remove the mapping',
    source: `${API_CLIENT_TYPE} (WriteAttributes: "If your app client allows users to sign in through an IdP, this array must include all attributes that you have mapped to IdP attributes. ... If your app client does not have write access to a mapped attribute, Amazon Cognito throws an error when it tries to update the attribute"; `
      + `"When you don't specify the WriteAttributes for your app client, your app can write the values of the Standard attributes of your user pool"); ${API_CREATE_IDP} (AttributeMapping); ${API_MODEL}`,
    // A federated sign-in goes through OAuth, with a provider other than the pool itself.
    appliesTo: (client) => client.oAuthEnabled && client.providerNamesInEffect.some((name) => name !== UserPoolClientIdentityProvider.COGNITO.name),
    check: ({ client, pool }) => {
      const given = client.writeAttributes;
      if (given?.token) {
        return [];
      }
      // Without writeAttributes, the client writes the standard attributes.
      const writable: ReadonlySet<string> = given === undefined ? STANDARD_ATTRIBUTES : new Set(given.items.map((item) => item.value));
      const findings: Finding[] = [];
      for (const written of client.providerNamesInEffect) {
        const name = seeThrough(written);
        const provider = name === undefined ? undefined : pool.identityProviders.get(name);
        const missing = mappedAttributes(provider).filter((attribute) => !writable.has(attribute));
        if (missing.length > 0) {
          findings.push({ path: given?.path ?? 'writeAttributes', value: given?.shown, detail: `provider ${name} maps ${missing.join(', ')}` });
        }
      }
      return findings;
    },
  },
  {
    id: 'browser-flow-without-domain',
    level: 'warning',
    property: 'oAuth.flows',
    requirement: 'turns on a browser flow on a user pool without a domain: the managed login pages and the authorization server the flow signs users in with do not exist; give the pool a domain with addDomain(), or turn the flow off',
    source: `${API_CREATE_DOMAIN} ("A user pool domain hosts managed login, an authorization server and web server for authentication in your application"); ${API_CREATE_CLIENT} (AllowedOAuthFlows: "The OAuth grant types that you want your app client to generate for clients in managed login authentication"; CallbackURLs: "for managed login authentication")`,
    appliesTo: (client) => client.oAuthEnabled && (client.flows.authorizationCodeGrant || client.flows.implicitCodeGrant),
    // A domain defined in the app, on the client's pool (which the app defines: this rule runs only then).
    check: ({ client, index }) => (index.domainsOf(client.userPoolId).length === 0 ? [{ path: client.flows.path, value: client.flows.shown }] : []),
  },
];
