import { isUserPool } from '../../settings';
import { CLIENT_NAME_TEXT, MAX_ATTRIBUTE_LENGTH, MAX_CLIENT_NAME_LENGTH, MAX_PROVIDER_NAME_LENGTH, PROVIDER_TEXT } from '../limits';
import { eachItem, eachKey, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CLIENT_TYPE, CDK_CLIENT } from '../sources';
import { LiteralView } from '../tokens';

/** Identity provider names, the client name and attribute names. */
export const NAME_RULES: readonly Rule[] = [
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
];
