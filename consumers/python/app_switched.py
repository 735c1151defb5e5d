"""An app written for aws-cdk-lib's UserPoolClient, with every prop it takes.

app_switched.py is this file with only the import of UserPoolClient changed (test_switch.py
checks that, and that both synthesize the same client).
"""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_pinpoint as pinpoint
from cdk_cognito_user_pool_client import UserPoolClient

app = cdk.App()
stack = cdk.Stack(app, "SwitchStack")
pool = cognito.UserPool(stack, "Pool")
client = UserPoolClient(
    stack,
    "WebClient",
    user_pool=pool,
    user_pool_client_name="web",
    generate_secret=True,
    auth_flows=cognito.AuthFlow(user_srp=True, user_password=True),
    disable_o_auth=False,
    o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(authorization_code_grant=True),
        scopes=[cognito.OAuthScope.EMAIL, cognito.OAuthScope.OPENID],
        callback_urls=["https://app.example.com/callback"],
        logout_urls=["https://app.example.com/signed-out"],
        default_redirect_uri="https://app.example.com/callback",
    ),
    supported_identity_providers=[cognito.UserPoolClientIdentityProvider.COGNITO],
    read_attributes=cognito.ClientAttributes().with_standard_attributes(email=True, email_verified=True),
    write_attributes=cognito.ClientAttributes().with_standard_attributes(email=True),
    access_token_validity=cdk.Duration.hours(2),
    id_token_validity=cdk.Duration.minutes(30),
    refresh_token_validity=cdk.Duration.days(30),
    auth_session_validity=cdk.Duration.minutes(5),
    prevent_user_existence_errors=True,
    enable_token_revocation=True,
    enable_propagate_additional_user_context_data=True,
    analytics=cognito.AnalyticsConfiguration(
        application=pinpoint.CfnApp(stack, "Analytics", name="web-analytics"),
        share_user_data=True,
    ),
)
cdk.CfnOutput(stack, "ClientId", value=client.user_pool_client_id)
app.synth()
