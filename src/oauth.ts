import { OAuthScope, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { OAuthFlows, UserPoolClientProps } from './props';

/** The callback URL aws-cdk-lib puts in when a browser flow is on and no callback URL is given. */
export const PLACEHOLDER_CALLBACK_URL = 'https://example.com';

/** The scopes a client gets when `oAuth.scopes` is not given (aws-cdk-lib's default). */
const DEFAULT_SCOPES = [OAuthScope.PROFILE, OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.COGNITO_ADMIN];

/** Scopes that make Cognito add `openid` (aws-cdk-lib's rule). */
const SCOPES_IMPLYING_OPENID = [OAuthScope.PHONE.scopeName, OAuthScope.EMAIL.scopeName, OAuthScope.PROFILE.scopeName];

/** The OAuth flows in effect: `oAuth.flows`, or the code and implicit grants by default. */
export function effectiveOAuthFlows(props: UserPoolClientProps): OAuthFlows {
  return props.oAuth?.flows ?? { implicitCodeGrant: true, authorizationCodeGrant: true };
}

/** Whether a flow that redirects a browser (authorization code or implicit grant) is on. */
export function hasBrowserFlow(flows: OAuthFlows): boolean {
  return !!(flows.authorizationCodeGrant || flows.implicitCodeGrant);
}

/**
 * The callback URLs in effect: `oAuth.callbackUrls`, or the placeholder `https://example.com` when a
 * browser flow is on and none are given.
 */
export function effectiveCallbackUrls(props: UserPoolClientProps): string[] | undefined {
  const given = props.oAuth?.callbackUrls;
  if (given === undefined && hasBrowserFlow(effectiveOAuthFlows(props))) {
    return [PLACEHOLDER_CALLBACK_URL];
  }
  return given;
}

/** `AllowedOAuthFlows`, in aws-cdk-lib's order. */
export function renderOAuthFlows(flows: OAuthFlows): string[] | undefined {
  const rendered: string[] = [];
  if (flows.clientCredentials) { rendered.push('client_credentials'); }
  if (flows.implicitCodeGrant) { rendered.push('implicit'); }
  if (flows.authorizationCodeGrant) { rendered.push('code'); }
  return rendered.length > 0 ? rendered : undefined;
}

/** `AllowedOAuthScopes`: the scopes given (or the default ones), deduplicated, with `openid` added where implied. */
export function renderOAuthScopes(scopes: OAuthScope[] | undefined): string[] {
  const names = new Set((scopes ?? DEFAULT_SCOPES).map((scope) => scope.scopeName));
  if (SCOPES_IMPLYING_OPENID.some((name) => names.has(name))) {
    names.add(OAuthScope.OPENID.scopeName);
  }
  return Array.from(names);
}

/** The OAuth part of the CloudFormation properties. */
export interface OAuthProperties {
  readonly allowedOAuthFlowsUserPoolClient: boolean;
  readonly allowedOAuthFlows?: string[];
  readonly allowedOAuthScopes?: string[];
  readonly callbackUrLs?: string[];
  readonly logoutUrLs?: string[];
  readonly defaultRedirectUri?: string;
}

export function renderOAuth(props: UserPoolClientProps): OAuthProperties {
  if (props.disableOAuth) {
    return { allowedOAuthFlowsUserPoolClient: false };
  }
  const callbackUrls = effectiveCallbackUrls(props);
  return {
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: renderOAuthFlows(effectiveOAuthFlows(props)),
    allowedOAuthScopes: renderOAuthScopes(props.oAuth?.scopes),
    callbackUrLs: callbackUrls && callbackUrls.length > 0 ? callbackUrls : undefined,
    logoutUrLs: props.oAuth?.logoutUrls,
    defaultRedirectUri: props.oAuth?.defaultRedirectUri,
  };
}

/**
 * Whether the user pool reference is a full `IUserPool` that knows its identity providers (a
 * `UserPool`, or one imported with `UserPool.fromUserPoolId`), not an `IUserPoolRef` alone (a
 * `CfnUserPool`).
 */
export function isUserPool(pool: object): pool is IUserPool {
  return Array.isArray((pool as Partial<IUserPool>).identityProviders);
}

/**
 * `SupportedIdentityProviders`: the providers given, or every provider registered on the pool
 * (at the time the client is created) plus `COGNITO`.
 */
export function renderSupportedIdentityProviders(props: UserPoolClientProps): string[] | undefined {
  let providers: string[];
  if (props.supportedIdentityProviders) {
    providers = props.supportedIdentityProviders.map((provider) => provider.name);
  } else {
    const registered = isUserPool(props.userPool) ? props.userPool.identityProviders.map((p) => p.providerName) : [];
    providers = Array.from(new Set([...registered, UserPoolClientIdentityProvider.COGNITO.name]));
  }
  return providers.length > 0 ? providers : undefined;
}
