import { BUILT_IN_PROVIDERS, CLIENT_NAME_TEXT, MAX_ATTRIBUTE_LENGTH, MAX_CLIENT_NAME_LENGTH, MAX_PROVIDER_NAME_LENGTH, PROVIDER_TEXT, REGISTERED_PROVIDER_NAME } from '../limits';
import { at, eachItem, eachKey, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, API_CREATE_IDP, API_MODEL, CDK_CLIENT } from '../sources';
import { LiteralView } from '../tokens';

/** Identity provider names, the client name and attribute names. */
export const NAME_RULES: readonly Rule[] = [
  {
    id: 'identity-provider-name',
    level: 'error',
    property: 'supportedIdentityProviders[i]',
    requirement: `must be ${[...BUILT_IN_PROVIDERS].join(', ')} or the name of a provider that can be registered: `
      + `3 to ${MAX_PROVIDER_NAME_LENGTH} letters, marks, symbols, numbers and punctuation, no spaces, an underscore only as the second character`,
    source: `${API_CLIENT_TYPE} (SupportedIdentityProviders: 1 to 32 characters of [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+); `
      + `${API_CREATE_CLIENT} (SupportedIdentityProviders: "COGNITO, Facebook, Google, SignInWithApple, and LoginWithAmazon ... the names that you configured for the SAML and OIDC IdPs"); `
      + `${API_CREATE_IDP} (ProviderName: pattern [^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+); ${API_MODEL} (ProviderNameType, ProviderNameTypeV2)`,
    check: (client) => eachItem(client.providers?.items, ({ value, view }) => {
      if (view.breaksTextConstraint(MAX_PROVIDER_NAME_LENGTH, PROVIDER_TEXT)) {
        return true;
      }
      // a name with a token in it is the name of a provider the app registers
      return !view.hasTokens && !BUILT_IN_PROVIDERS.has(value) && !REGISTERED_PROVIDER_NAME.test(value);
    }),
  },
  {
    id: 'identity-providers-of-imported-pool',
    level: 'error',
    property: 'supportedIdentityProviders',
    requirement: 'must be given when userPool is not an IUserPool (such as a CfnUserPool): only an IUserPool knows its registered identity providers',
    source: `${CDK_CLIENT} (supportedIdentityProviders)`,
    constructOnly: 'it guards how the construct works out its providers; any other client names its providers itself, or has none',
    check: ({ construct }) => (construct?.providersOfImportedPool ? at(construct.providersOfImportedPool) : NONE),
  },
  {
    id: 'client-name',
    level: 'error',
    property: 'userPoolClientName',
    requirement: `must be 1 to ${MAX_CLIENT_NAME_LENGTH} characters of letters, digits, white space and _+=,.@-`,
    source: `${API_CLIENT_TYPE} (ClientName: pattern [\\w\\s+=,.@-]+)`,
    check: ({ clientName }) => (clientName !== undefined && new LiteralView(clientName.value).breaksTextConstraint(MAX_CLIENT_NAME_LENGTH, CLIENT_NAME_TEXT) ? at(clientName) : NONE),
  },
  {
    id: 'attribute-name-length',
    level: 'error',
    property: 'readAttributes, writeAttributes',
    requirement: `must name attributes of 1 to ${MAX_ATTRIBUTE_LENGTH} characters`,
    source: `${API_CLIENT_TYPE} (ReadAttributes, WriteAttributes: "Length Constraints")`,
    check: (client) => eachKey([client.readAttributes, client.writeAttributes], (list) =>
      eachItem(list?.items, (name) => new LiteralView(name.value).breaksTextConstraint(MAX_ATTRIBUTE_LENGTH))),
  },
];
