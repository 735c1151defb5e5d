import { BUILT_IN_SCOPES, isCustomScope, MAX_SCOPE_LENGTH, MAX_SCOPES, SCOPE_TEXT } from '../limits';
import { at, eachItem, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, API_MODEL, API_RESOURCE_SERVER_SCOPE, CDK_CLIENT, ERROR_FLOWS_AND_SCOPES, GUIDE_APP_CLIENTS, GUIDE_SCOPES } from '../sources';

/**
 * Whether a flow that redirects a browser (authorization code or implicit grant) is on: in a
 * description's flows, or in `oAuth.flows` as given.
 */
export function hasBrowserFlow(flows: { readonly authorizationCodeGrant?: boolean; readonly implicitCodeGrant?: boolean }): boolean {
  return !!(flows.authorizationCodeGrant || flows.implicitCodeGrant);
}

/** OAuth flows and scopes. */
export const OAUTH_RULES: readonly Rule[] = [
  {
    id: 'oauth-settings-with-disable-oauth',
    level: 'error',
    property: 'oAuth',
    requirement: 'must not be given when disableOAuth is true',
    source: `${CDK_CLIENT} (oAuth: "An error is thrown when this is specified and disableOAuth is set")`,
    constructOnly: 'disableOAuth is a prop of the construct; a CfnUserPoolClient turns OAuth off with allowedOAuthFlowsUserPoolClient',
    check: ({ construct }) => (construct?.oAuthWhileDisabled ? at(construct.oAuthWhileDisabled) : NONE),
  },
  {
    id: 'client-credentials-alone',
    level: 'error',
    property: 'oAuth.flows',
    requirement: 'must not combine clientCredentials with authorizationCodeGrant or implicitCodeGrant',
    source: `${API_CREATE_CLIENT} (AllowedOAuthFlows: "you must add client_credentials as the only allowed OAuth flow")`,
    check: (client) => found(client.oAuthEnabled && client.flows.clientCredentials && hasBrowserFlow(client.flows), client.flows.path, client.flows.shown),
  },
  {
    id: 'client-credentials-needs-secret',
    level: 'error',
    property: 'oAuth.flows.clientCredentials',
    requirement: 'needs generateSecret turned on (the client credentials grant authenticates with the client secret)',
    source: `${GUIDE_APP_CLIENTS}; ${API_CREATE_CLIENT} (AllowedOAuthFlows: "a combination of the client ID and client secret")`,
    check: (client) => (client.oAuthEnabled && client.flows.clientCredentials && !client.generateSecret ? at(client.flows.at('clientCredentials')) : NONE),
  },
  {
    id: 'client-credentials-custom-scopes-only',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: `must hold only custom (resource server) scopes with the client credentials grant, not ${[...BUILT_IN_SCOPES].join(', ')} (the default scopes are all of these)`,
    source: `${GUIDE_SCOPES} (the client credentials grant authorizes custom scopes; Cognito answers InvalidOAuthFlowException "openid is not supported with client_credentials flow")`,
    check: (client) => {
      if (!client.oAuthEnabled || !client.flows.clientCredentials || client.scopes?.token) {
        return NONE;
      }
      const builtIn = client.scopeNamesInEffect.filter((name) => BUILT_IN_SCOPES.has(name));
      return found(builtIn.length > 0, client.scopes?.path ?? SCOPES_PATH[client.origin], builtIn);
    },
  },
  {
    id: 'oauth-flow-required',
    level: 'error',
    property: 'oAuth.flows',
    requirement: 'must enable at least one flow while OAuth is on (or turn disableOAuth on)',
    source: ERROR_FLOWS_AND_SCOPES,
    check: ({ flows }) => found(flows.missing, flows.path, flows.shown),
  },
  {
    id: 'oauth-scope-required',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: 'must hold at least one scope while OAuth is on (or turn disableOAuth on)',
    source: ERROR_FLOWS_AND_SCOPES,
    check: (client) => found(client.scopesMissing, client.scopes?.path ?? SCOPES_PATH[client.origin], client.scopes?.shown),
  },
  {
    id: 'oauth-scope-count',
    level: 'error',
    property: 'oAuth.scopes',
    requirement: `must hold at most ${MAX_SCOPES} scopes (after openid is added)`,
    source: `${API_CLIENT_TYPE} (AllowedOAuthScopes: "Maximum number of 50 items")`,
    check: (client) => {
      if (!client.oAuthEnabled || client.scopes?.token) {
        return NONE;
      }
      const count = client.scopeNamesInEffect.length;
      return found(count > MAX_SCOPES, client.scopes?.path ?? SCOPES_PATH[client.origin], `${count} scopes`);
    },
  },
  {
    id: 'oauth-scope-format',
    level: 'error',
    property: 'oAuth.scopes[i]',
    requirement: `must be 1 to ${MAX_SCOPE_LENGTH} characters of [\\x21\\x23-\\x5B\\x5D-\\x7E] (printable ASCII without space, " and \\)`,
    source: `${API_CLIENT_TYPE} (AllowedOAuthScopes)`,
    check: (client) => eachItem(client.scopes?.items, (scope) => scope.view.breaksTextConstraint(MAX_SCOPE_LENGTH, SCOPE_TEXT)),
  },
  {
    id: 'oauth-custom-scope-form',
    level: 'error',
    property: 'oAuth.scopes[i]',
    requirement: `must be a built-in scope (${[...BUILT_IN_SCOPES].join(', ')}) or a custom scope resourceServerIdentifier/scopeName, both parts non-empty`,
    source: `${API_RESOURCE_SERVER_SCOPE} (ScopeName: "Amazon Cognito renders custom scopes in the format resourceServerIdentifier/ScopeName"; pattern without /); `
      + `${API_MODEL} (ResourceServerScopeNameType, ResourceServerIdentifierType: 1 to 256 characters)`,
    // a scope with a token in it is a resource server's (OAuthScope.resourceServer); an empty one breaks oauth-scope-format
    check: (client) => eachItem(client.scopes?.items, ({ value, view }) => value !== '' && !view.hasTokens && !BUILT_IN_SCOPES.has(value) && !isCustomScope(value)),
  },
];

/** Where the scopes are written, for a client that leaves them out. */
const SCOPES_PATH = { 'construct': 'oAuth.scopes', 'aws-cdk-lib': 'oAuth.scopes', 'l1': 'allowedOAuthScopes' } as const;
