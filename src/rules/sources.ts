/** Where the rules are documented: every rule cites one or more of these. */

export const API_CLIENT_TYPE = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html';
export const API_CREATE_CLIENT = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html';
export const API_ANALYTICS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AnalyticsConfigurationType.html';
export const API_ROTATION = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html';
export const CFN_CLIENT = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html';
export const CFN_UNITS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-userpoolclient-tokenvalidityunits.html';
export const CDK_CLIENT = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolClient.html';
export const GUIDE_APP_CLIENTS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html';
export const GUIDE_SCOPES = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html';
export const GUIDE_AUTH_FLOWS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html';
export const GUIDE_EXISTENCE_ERRORS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html';
export const GUIDE_REVOCATION = 'https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html';
export const PINPOINT_END_OF_SUPPORT = 'https://docs.aws.amazon.com/pinpoint/latest/userguide/migrate.html';
export const OAUTH_IMPLICIT_BCP = 'https://datatracker.ietf.org/doc/html/rfc9700#section-2.1.2';
export const ERROR_FLOWS_AND_SCOPES = `${GUIDE_APP_CLIENTS} (Cognito: "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows")`;
export const GUIDE_ATTRIBUTES = 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html';
export const GUIDE_FEATURE_PLANS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html';
/** The Cognito API model that the AWS SDKs are generated from, as the `botocore` package carries it (its documentation, limits and patterns). */
export const API_MODEL = 'Cognito API model, botocore 1.44.8 (botocore/data/cognito-idp/2016-04-18/service-2.json)';
export const API_CREATE_IDP = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html';
export const API_RESOURCE_SERVER_SCOPE = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResourceServerScopeType.html';
export const API_CREATE_BRANDING = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html';
export const API_ASSET = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html';
export const API_CREATE_TERMS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateTerms.html';
export const CFN_BRANDING = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-managedloginbranding.html';
export const CFN_ASSET = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-managedloginbranding-assettype.html';
export const CFN_TERMS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-terms.html';
export const CFN_QUOTAS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';
export const GUIDE_TERMS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents';
export const GUIDE_REFRESH_TOKENS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html';
export const API_CREATE_DOMAIN = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolDomain.html';
export const TERRAFORM_BRANDING_ASSET_TEST = 'https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/cognitoidp/managed_login_branding_test.go';
export const CDK_PREFLIGHT_BRANDING = 'https://github.com/badmintoncryer/cdk-preflight/blob/main/rules/cognito/pf-cognito-managed-login-branding-values-exclusive/meta.yaml';
