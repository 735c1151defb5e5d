import { hasBrowserFlow } from '../../client/settings';
import { BUILT_IN_SCOPES, isCustomScope, MAX_SCOPE_LENGTH, MAX_SCOPES, SCOPE_TEXT } from '../limits';
import { eachItem, found, isTokenList, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CLIENT_TYPE, API_CREATE_CLIENT, API_MODEL, API_RESOURCE_SERVER_SCOPE, CDK_CLIENT, ERROR_FLOWS_AND_SCOPES, GUIDE_APP_CLIENTS, GUIDE_SCOPES } from '../sources';
import { isKnownList } from '../tokens';
import { nameOf } from '../client-facts';

/** OAuth flows and scopes. */
export const OAUTH_RULES: readonly Rule[] = [
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
    check: (props) => found(!props.disableOAuth && props.oAuth?.scopes?.length === 0 && isKnownList(props.oAuth.scopes), 'oAuth.scopes', props.oAuth?.scopes),
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
    check: (_props, facts) => eachItem(facts.scopes, 'oAuth.scopes', (scope) => scope.view.breaksTextConstraint(MAX_SCOPE_LENGTH, SCOPE_TEXT), nameOf),
  },
  {
    id: 'oauth-custom-scope-form',
    level: 'error',
    property: 'oAuth.scopes[i]',
    requirement: `must be a built-in scope (${[...BUILT_IN_SCOPES].join(', ')}) or a custom scope resourceServerIdentifier/scopeName, both parts non-empty`,
    source: `${API_RESOURCE_SERVER_SCOPE} (ScopeName: "Amazon Cognito renders custom scopes in the format resourceServerIdentifier/ScopeName"; pattern without /); `
      + `${API_MODEL} (ResourceServerScopeNameType, ResourceServerIdentifierType: 1 to 256 characters)`,
    check: (_props, facts) => eachItem(facts.scopes, 'oAuth.scopes', ({ name, view }) => {
      // a scope with a token in it is a resource server's (OAuthScope.resourceServer); an empty one breaks oauth-scope-format
      return name !== '' && !view.hasTokens && !BUILT_IN_SCOPES.has(name) && !isCustomScope(name);
    }, nameOf),
  },
];
