import type { OAuthFlows } from '../props';
import type { ClientSettings } from '../settings';

/** `AllowedOAuthFlows`, in aws-cdk-lib's order: never empty, as the checks want a flow while OAuth is on. */
export function renderOAuthFlows(flows: OAuthFlows): string[] {
  const rendered: string[] = [];
  if (flows.clientCredentials) { rendered.push('client_credentials'); }
  if (flows.implicitCodeGrant) { rendered.push('implicit'); }
  if (flows.authorizationCodeGrant) { rendered.push('code'); }
  return rendered;
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

export function renderOAuth(settings: ClientSettings): OAuthProperties {
  if (!settings.oAuthEnabled) {
    return { allowedOAuthFlowsUserPoolClient: false };
  }
  const callbackUrls = settings.renderedCallbackUrls;
  const oAuth = settings.props.oAuth;
  return {
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: renderOAuthFlows(settings.oAuthFlows),
    allowedOAuthScopes: settings.scopeNames,
    callbackUrLs: callbackUrls && callbackUrls.length > 0 ? callbackUrls : undefined,
    logoutUrLs: oAuth?.logoutUrls,
    defaultRedirectUri: oAuth?.defaultRedirectUri,
  };
}

/** `SupportedIdentityProviders`: the providers given, or the pool's registered ones and `COGNITO`. */
export function renderSupportedIdentityProviders(settings: ClientSettings): string[] | undefined {
  const providers = settings.identityProviderNames;
  return providers.length > 0 ? providers : undefined;
}
