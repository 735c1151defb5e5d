import { at, eachKey, NONE } from '../rule';
import type { Rule } from '../rule';

/** The callback URL aws-cdk-lib puts in when a browser flow is on and no callback URL is given. */
export const PLACEHOLDER_CALLBACK_URL = 'https://example.com';
import { API_CREATE_CLIENT, API_MODEL, API_ROTATION, CDK_CLIENT, GUIDE_AUTH_FLOWS, GUIDE_REFRESH_TOKENS, GUIDE_EXISTENCE_ERRORS, GUIDE_REVOCATION, OAUTH_IMPLICIT_BCP, PINPOINT_END_OF_SUPPORT } from '../sources';

/** Warnings: valid but risky choices, which a user can acknowledge. */
export const WARNING_RULES: readonly Rule[] = [
  {
    id: 'implicit-grant',
    level: 'warning',
    property: 'oAuth.flows.implicitCodeGrant',
    requirement: 'turns on the implicit grant, which returns tokens in the browser URL; use authorizationCodeGrant (with PKCE) and turn implicitCodeGrant off',
    source: `${OAUTH_IMPLICIT_BCP}; ${CDK_CLIENT} (OAuthSettings.flows default: the authorization code and implicit grants)`,
    check: ({ oAuthEnabled, flows }) => {
      if (!oAuthEnabled || !flows.implicitCodeGrant) {
        return NONE;
      }
      return flows.defaulted
        ? [{ path: flows.path, value: undefined, requirement: ', so the implicit grant is on with the authorization code grant (as in aws-cdk-lib); the implicit grant returns tokens in the browser URL; turn on authorizationCodeGrant alone in flows (with PKCE)' }]
        : at(flows.at('implicitCodeGrant'));
    },
  },
  {
    id: 'placeholder-callback-url',
    level: 'warning',
    property: 'oAuth.callbackUrls',
    requirement: `, so the placeholder ${PLACEHOLDER_CALLBACK_URL} is registered as the callback URL; give your application's callback URLs`,
    source: `${CDK_CLIENT} (OAuthSettings.callbackUrls default)`,
    check: ({ placeholderCallbackUrl }) => (placeholderCallbackUrl ? at(placeholderCallbackUrl) : NONE),
  },
  {
    id: 'password-auth-flow',
    level: 'warning',
    property: 'authFlows.userPassword, authFlows.adminUserPassword',
    requirement: 'sends the password itself to Cognito instead of proving it with SRP; prefer authFlows.userSrp or authFlows.user',
    source: GUIDE_AUTH_FLOWS,
    check: (client) => eachKey(['userPassword', 'adminUserPassword'] as const, (flow) => {
      const written = client.authFlow(flow);
      return written ? at(written) : NONE;
    }),
  },
  {
    id: 'user-existence-errors',
    level: 'warning',
    property: 'preventUserExistenceErrors',
    requirement: 'lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on',
    source: `${GUIDE_EXISTENCE_ERRORS}; ${API_CREATE_CLIENT} (PreventUserExistenceErrors: "Defaults to LEGACY"); ${API_MODEL}`,
    check: ({ preventUserExistenceErrors: setting }) => {
      if (setting === undefined) {
        return [{ path: 'preventUserExistenceErrors', value: undefined, requirement: ', so Cognito uses LEGACY, which lets sign-in and password recovery reveal whether a user exists; turn preventUserExistenceErrors on' }];
      }
      return setting.value ? NONE : at(setting);
    },
  },
  {
    id: 'token-revocation-disabled',
    level: 'warning',
    property: 'enableTokenRevocation',
    requirement: 'turns token revocation off: refresh tokens of signed-out or compromised sessions cannot be revoked',
    source: GUIDE_REVOCATION,
    check: ({ enableTokenRevocation }) => (enableTokenRevocation?.value === false ? at(enableTokenRevocation) : NONE),
  },
  {
    id: 'pinpoint-analytics',
    level: 'warning',
    property: 'analytics',
    requirement: 'sends events to Amazon Pinpoint, whose support ended on 2026-10-30; plan a migration',
    source: PINPOINT_END_OF_SUPPORT,
    check: ({ analytics }) => (analytics !== undefined ? [{ path: analytics.path, value: '{...}' }] : NONE),
  },
  {
    id: 'refresh-token-flow-with-rotation',
    level: 'warning',
    property: 'explicitAuthFlows, refreshTokenRotation',
    checksOnly: 'our construct renders the flows without ALLOW_REFRESH_TOKEN_AUTH while rotation is on',
    requirement: 'turns on ALLOW_REFRESH_TOKEN_AUTH (named, or by Cognito\'s default when explicitAuthFlows is left out) while refresh-token rotation is on, where REFRESH_TOKEN_AUTH cannot be used; name the flows without it',
    source: `${GUIDE_REFRESH_TOKENS} ("You can't authenticate with REFRESH_TOKEN_AUTH in app clients with refresh token rotation enabled"); ${API_ROTATION}; ${API_CREATE_CLIENT} (ExplicitAuthFlows: "If you don't specify a value ... ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH")`,
    check: (client) => {
      if (client.rotation === undefined) {
        return NONE;
      }
      // A token list of flows names none that can be seen, and is given: nothing is found.
      const named = client.authFlow('refreshToken');
      if (named !== undefined) {
        return at(named);
      }
      return client.authFlowsGiven ? NONE : [{ path: client.rotation.path, value: client.rotation.shown, requirement: 'is on while explicitAuthFlows is left out, so Cognito\'s default flows include ALLOW_REFRESH_TOKEN_AUTH, which cannot be used with rotation; name the flows without it' }];
    },
  },
];
