import type { AuthFlow } from '../props';

/**
 * The flows Cognito turns on when `ExplicitAuthFlows` is left out, less `ALLOW_REFRESH_TOKEN_AUTH`,
 * which refresh-token rotation forbids: with rotation on and no `authFlows`, these are rendered.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html (ExplicitAuthFlows: "If you don't specify a value for ExplicitAuthFlows, your app client supports ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH.")
 */
const DEFAULT_FLOWS_WITH_ROTATION = ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_SRP_AUTH'];

/**
 * `ExplicitAuthFlows` for the given `authFlows`, as aws-cdk-lib renders them: undefined (Cognito's
 * default flows) when no flow is named, otherwise the flows set to true plus
 * `ALLOW_REFRESH_TOKEN_AUTH`, which refresh-token rotation replaces. With rotation on and no flow
 * named, Cognito's default flows without `ALLOW_REFRESH_TOKEN_AUTH` (aws-cdk-lib leaves them out,
 * and Cognito's default would include the flow rotation forbids).
 */
export function renderExplicitAuthFlows(authFlows: AuthFlow | undefined, refreshTokenRotation: boolean): string[] | undefined {
  if (!authFlows || Object.keys(authFlows).length === 0) {
    return refreshTokenRotation ? [...DEFAULT_FLOWS_WITH_ROTATION] : undefined;
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
