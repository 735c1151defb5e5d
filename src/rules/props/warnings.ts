import { hasBrowserFlow, PLACEHOLDER_CALLBACK_URL } from '../../client/settings';
import { eachKey, found, NONE } from '../rule';
import type { Rule } from '../rule';
import { API_CREATE_CLIENT, API_MODEL, CDK_CLIENT, GUIDE_AUTH_FLOWS, GUIDE_EXISTENCE_ERRORS, GUIDE_REVOCATION, OAUTH_IMPLICIT_BCP, PINPOINT_END_OF_SUPPORT } from '../sources';

/** Warnings: valid but risky choices, which a user can acknowledge. */
export const WARNING_RULES: readonly Rule[] = [
  {
    id: 'implicit-grant',
    level: 'warning',
    property: 'oAuth.flows.implicitCodeGrant',
    requirement: 'turns on the implicit grant, which returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and set implicitCodeGrant: false',
    source: `${OAUTH_IMPLICIT_BCP}; ${CDK_CLIENT} (OAuthSettings.flows default: the authorization code and implicit grants)`,
    check: (props, facts) => {
      if (props.disableOAuth || !facts.flows.implicitCodeGrant) {
        return NONE;
      }
      return props.oAuth?.flows === undefined
        ? [{ path: 'oAuth.flows', value: undefined, requirement: ', so the implicit grant is on with the authorization code grant (as in aws-cdk-lib); the implicit grant returns tokens in the browser URL; set flows: { authorizationCodeGrant: true } (with PKCE)' }]
        : [{ path: 'oAuth.flows.implicitCodeGrant', value: true }];
    },
  },
  {
    id: 'placeholder-callback-url',
    level: 'warning',
    property: 'oAuth.callbackUrls',
    requirement: `, so the placeholder ${PLACEHOLDER_CALLBACK_URL} is registered as the callback URL; give your application's callback URLs`,
    source: `${CDK_CLIENT} (OAuthSettings.callbackUrls default)`,
    check: (props, facts) => found(!props.disableOAuth && props.oAuth?.callbackUrls === undefined && hasBrowserFlow(facts.flows), 'oAuth.callbackUrls', undefined),
  },
  {
    id: 'password-auth-flow',
    level: 'warning',
    property: 'authFlows.userPassword, authFlows.adminUserPassword',
    requirement: 'sends the password itself to Cognito instead of proving it with SRP; prefer authFlows.userSrp or authFlows.user',
    source: GUIDE_AUTH_FLOWS,
    check: (props) => eachKey(['userPassword', 'adminUserPassword'] as const, (flow) =>
      props.authFlows?.[flow] ? found(true, `authFlows.${flow}`, true) : NONE),
  },
  {
    id: 'user-existence-errors',
    level: 'warning',
    property: 'preventUserExistenceErrors',
    requirement: 'lets sign-in and password recovery reveal whether a user exists; set preventUserExistenceErrors: true',
    source: `${GUIDE_EXISTENCE_ERRORS}; ${API_CREATE_CLIENT} (PreventUserExistenceErrors: "Defaults to LEGACY"); ${API_MODEL}`,
    check: (props) => {
      if (props.preventUserExistenceErrors === true) {
        return NONE;
      }
      return props.preventUserExistenceErrors === undefined
        ? [{ path: 'preventUserExistenceErrors', value: undefined, requirement: ', so Cognito uses LEGACY, which lets sign-in and password recovery reveal whether a user exists; set preventUserExistenceErrors: true' }]
        : [{ path: 'preventUserExistenceErrors', value: false }];
    },
  },
  {
    id: 'token-revocation-disabled',
    level: 'warning',
    property: 'enableTokenRevocation',
    requirement: 'turns token revocation off: refresh tokens of signed-out or compromised sessions cannot be revoked',
    source: GUIDE_REVOCATION,
    check: (props) => found(props.enableTokenRevocation === false, 'enableTokenRevocation', false),
  },
  {
    id: 'pinpoint-analytics',
    level: 'warning',
    property: 'analytics',
    requirement: 'sends events to Amazon Pinpoint, whose support ended on 2026-10-30; plan a migration',
    source: PINPOINT_END_OF_SUPPORT,
    check: (props) => found(props.analytics !== undefined, 'analytics', '{...}'),
  },
];
