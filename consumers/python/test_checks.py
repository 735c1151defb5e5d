"""UserPoolClientChecks from Python: aws-cdk-lib's clients and raw L1s, checked when the app
synthesizes, each property named as Python spells it."""

import jsii
import pytest
from aws_cdk import App, Aspects, Stack
from aws_cdk import aws_cognito as cognito

from cdk_cognito_user_pool_client import UserPoolClientChecks

JSII_ERRORS = (RuntimeError, jsii.errors.JSIIError)


def test_aws_cdk_lib_client_and_raw_l1_in_python_spelling():
    app = App()
    Aspects.of(app).add(UserPoolClientChecks())
    stack = Stack(app, "Checked")
    pool = cognito.UserPool(stack, "Pool")
    pool.add_client("CdkClient", o_auth=cognito.OAuthSettings(callback_urls=["http://x.example.com"]))
    cognito.CfnUserPoolClient(stack, "RawClient", user_pool_id=pool.user_pool_id, callback_ur_ls=["http://y.example.com"], client_name="web/app")
    with pytest.raises(JSII_ERRORS) as error:
        app.synth()
    message = str(error.value)
    assert '[Checked/Pool/CdkClient] o_auth.callback_urls[0]: "http://x.example.com" must use https' in message
    assert '[Checked/RawClient] callback_ur_ls[0]: "http://y.example.com" must use https' in message
    assert '[Checked/RawClient] client_name: "web/app" must be 1 to 128 characters' in message


def test_a_valid_aws_cdk_lib_client_synthesizes():
    app = App()
    Aspects.of(app).add(UserPoolClientChecks())
    stack = Stack(app, "Checked")
    pool = cognito.UserPool(stack, "Pool")
    pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-auth"))
    pool.add_client(
        "CdkClient",
        o_auth=cognito.OAuthSettings(
            flows=cognito.OAuthFlows(authorization_code_grant=True),
            callback_urls=["https://app.example.com/cb"],
        ),
        prevent_user_existence_errors=True,
    )
    app.synth()
