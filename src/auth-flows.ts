import type { AuthFlow } from './props';

/**
 * `ExplicitAuthFlows` for the given `authFlows`, as aws-cdk-lib renders them: undefined (Cognito's
 * default flows) when no flow is named, otherwise the flows set to true plus
 * `ALLOW_REFRESH_TOKEN_AUTH`, which refresh-token rotation replaces.
 */
export function renderExplicitAuthFlows(authFlows: AuthFlow | undefined, refreshTokenRotation: boolean): string[] | undefined {
  if (!authFlows || Object.keys(authFlows).length === 0) {
    return undefined;
  }
  const flows: string[] = [];
  if (authFlows.userPassword) { flows.push('ALLOW_USER_PASSWORD_AUTH'); }
  if (authFlows.adminUserPassword) { flows.push('ALLOW_ADMIN_USER_PASSWORD_AUTH'); }
  if (authFlows.custom) { flows.push('ALLOW_CUSTOM_AUTH'); }
  if (authFlows.userSrp) { flows.push('ALLOW_USER_SRP_AUTH'); }
  if (authFlows.user) { flows.push('ALLOW_USER_AUTH'); }
  if (!refreshTokenRotation) { flows.push('ALLOW_REFRESH_TOKEN_AUTH'); }
  return flows;
}
