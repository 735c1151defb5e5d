"""A Python consumer of the wheel jsii-pacmak builds.

Run by scripts/test-consumers.sh in a fresh venv that has only the wheel, aws-cdk-lib,
constructs and pytest installed.
"""

import json

import jsii
import pytest
from aws_cdk import App, Duration, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.assertions import Annotations, Match, Template

from cdk_cognito_user_pool_client import (
    BrandingAsset,
    BrandingAssetBytes,
    BrandingAssetCategory,
    BrandingAssetExtension,
    BrandingColorMode,
    LocalizedTermsUrl,
    ManagedLoginLanguage,
    TermsDocument,
    UserPoolClient,
)

# The errors jsii surfaces from the JavaScript side.
JSII_ERRORS = (RuntimeError, jsii.errors.JSIIError)

EXPECTED_CLIENT = {
    "ClientName": "consumer-client",
    "GenerateSecret": True,
    "AllowedOAuthFlowsUserPoolClient": True,
    "AllowedOAuthFlows": ["code"],
    "AllowedOAuthScopes": ["email", "openid"],
    "CallbackURLs": ["https://app.example.com/callback"],
    "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    "AccessTokenValidity": 120,
    "IdTokenValidity": 330,
    "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "seconds"},
}


def new_stack(name="ConsumerStack"):
    stack = Stack(App(), name)
    return stack, cognito.UserPool(stack, "Pool")


def client_resources(template):
    resources = template.find_resources("AWS::Cognito::UserPoolClient")
    assert len(resources) == 1, resources
    return next(iter(resources.items()))


def test_structs_as_keyword_argument_classes():
    stack, pool = new_stack()
    UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        user_pool_client_name="consumer-client",
        generate_secret=True,
        auth_flows=cognito.AuthFlow(user_srp=True),
        o_auth=cognito.OAuthSettings(
            flows=cognito.OAuthFlows(authorization_code_grant=True),
            scopes=[cognito.OAuthScope.EMAIL],
            callback_urls=["https://app.example.com/callback"],
        ),
        access_token_validity=Duration.hours(2),
        id_token_validity=Duration.seconds(330),
    )
    template = Template.from_stack(stack)
    template.resource_count_is("AWS::Cognito::UserPoolClient", 1)
    template.has_resource_properties("AWS::Cognito::UserPoolClient", EXPECTED_CLIENT)
    _, client = client_resources(template)
    pool_id = stack.get_logical_id(pool.node.default_child)
    assert client["Properties"]["UserPoolId"] == {"Ref": pool_id}


def test_structs_as_dicts_render_the_same_template():
    def synth(as_dicts):
        stack, pool = new_stack()
        if as_dicts:
            structs = dict(
                auth_flows={"user_srp": True},
                o_auth={
                    "flows": {"authorization_code_grant": True},
                    "scopes": [cognito.OAuthScope.EMAIL],
                    "callback_urls": ["https://app.example.com/callback"],
                },
            )
        else:
            structs = dict(
                auth_flows=cognito.AuthFlow(user_srp=True),
                o_auth=cognito.OAuthSettings(
                    flows=cognito.OAuthFlows(authorization_code_grant=True),
                    scopes=[cognito.OAuthScope.EMAIL],
                    callback_urls=["https://app.example.com/callback"],
                ),
            )
        UserPoolClient(
            stack,
            "Client",
            user_pool=pool,
            user_pool_client_name="consumer-client",
            generate_secret=True,
            access_token_validity=Duration.hours(2),
            id_token_validity=Duration.seconds(330),
            **structs,
        )
        return Template.from_stack(stack)

    from_dicts = synth(as_dicts=True)
    from_dicts.has_resource_properties("AWS::Cognito::UserPoolClient", EXPECTED_CLIENT)
    assert json.dumps(from_dicts.to_json(), sort_keys=True) == json.dumps(
        synth(as_dicts=False).to_json(), sort_keys=True
    )


def test_invalid_settings_raise_one_error_naming_each_property_as_python_spells_it():
    stack, pool = new_stack()
    with pytest.raises(JSII_ERRORS) as raised:
        UserPoolClient(
            stack,
            "Client",
            user_pool=pool,
            access_token_validity=Duration.minutes(1),
            o_auth={"callback_urls": ["http://x.example.com"]},
        )
    message = str(raised.value)
    assert "access_token_validity: Duration.minutes(1)" in message
    assert 'o_auth.callback_urls[0]: "http://x.example.com" must use https' in message
    assert "accessTokenValidity:" not in message  # the rule id accessTokenValidity-range stays as the README lists it
    assert "2 invalid settings" in message


def test_client_secret_is_a_getatt_without_custom_resource():
    stack, pool = new_stack()
    client = UserPoolClient(stack, "Client", user_pool=pool, generate_secret=True)
    secretsmanager.Secret(stack, "Secret", secret_string_value=client.user_pool_client_secret)
    client_id = stack.get_logical_id(client.node.default_child)

    assert stack.resolve(client.user_pool_client_secret.unsafe_unwrap()) == {
        "Fn::GetAtt": [client_id, "ClientSecret"]
    }
    template = Template.from_stack(stack)
    template.has_resource_properties(
        "AWS::SecretsManager::Secret",
        {"SecretString": {"Fn::GetAtt": [client_id, "ClientSecret"]}},
    )
    types = [r["Type"] for r in template.to_json()["Resources"].values()]
    assert [t for t in types if t.startswith("Custom::") or t == "AWS::Lambda::Function"] == []
    assert "AWS::CloudFormation::CustomResource" not in types


def test_client_secret_without_generate_secret_raises():
    stack, pool = new_stack()
    client = UserPoolClient(stack, "Client", user_pool=pool)
    with pytest.raises(JSII_ERRORS, match="user_pool_client_secret is available only if generate_secret is set to True"):
        client.user_pool_client_secret
    Template.from_stack(stack).has_resource_properties(
        "AWS::Cognito::UserPoolClient", {"GenerateSecret": Match.absent()}
    )


def test_branding_style_and_terms_documents():
    stack, pool = new_stack()
    client = UserPoolClient(stack, "Client", user_pool=pool)
    client.add_managed_login_branding("Branding",
        settings={"categories": {"global": {"colorSchemeMode": "DARK"}}},
        assets=[BrandingAsset(
            category=BrandingAssetCategory.FORM_LOGO,
            color_mode=BrandingColorMode.DYNAMIC,
            extension=BrandingAssetExtension.SVG,
            bytes=BrandingAssetBytes.from_base64("PHN2Zy8+"),
        )],
    )
    client.add_terms("Terms",
        terms_of_use=TermsDocument(
            default_url="https://app.example.com/terms",
            localized_urls=[LocalizedTermsUrl(language=ManagedLoginLanguage.GERMAN, url="https://app.example.com/de/terms")],
        ),
        privacy_policy={"default_url": "https://app.example.com/privacy"},
    )
    template = Template.from_stack(stack)
    client_id = stack.get_logical_id(client.node.default_child)
    template.has_resource_properties("AWS::Cognito::ManagedLoginBranding", {
        "ClientId": {"Ref": client_id},
        "Settings": {"categories": {"global": {"colorSchemeMode": "DARK"}}},
        "Assets": [{"Category": "FORM_LOGO", "ColorMode": "DYNAMIC", "Extension": "SVG", "Bytes": "PHN2Zy8+"}],
    })
    template.has_resource_properties("AWS::Cognito::Terms", {
        "ClientId": {"Ref": client_id},
        "TermsName": "terms-of-use",
        "Links": {"cognito:default": "https://app.example.com/terms", "cognito:german": "https://app.example.com/de/terms"},
    })
    template.has_resource_properties("AWS::Cognito::Terms", {
        "TermsName": "privacy-policy",
        "Links": {"cognito:default": "https://app.example.com/privacy"},
    })


def test_cognito_provided_style_by_default():
    stack, pool = new_stack()
    UserPoolClient(stack, "Client", user_pool=pool).add_managed_login_branding("Branding")
    Template.from_stack(stack).has_resource_properties(
        "AWS::Cognito::ManagedLoginBranding", {"UseCognitoProvidedValues": True, "Settings": Match.absent()}
    )


def test_invalid_branding_style_raises_naming_the_property_and_rule():
    stack, pool = new_stack()
    client = UserPoolClient(stack, "Client", user_pool=pool)
    with pytest.raises(JSII_ERRORS) as raised:
        client.add_managed_login_branding("Branding", use_cognito_provided_values=True, settings={})
    message = str(raised.value)
    assert "use_cognito_provided_values: true" in message
    assert "[branding-default-style-alone]" in message


def test_whole_app_error_and_warning_in_python_words():
    stack, pool = new_stack()
    UserPoolClient(
        stack,
        "Client",
        user_pool=pool,
        supported_identity_providers=[cognito.UserPoolClientIdentityProvider.custom("Corp")],
        o_auth=cognito.OAuthSettings(
            flows=cognito.OAuthFlows(implicit_code_grant=True),
            callback_urls=["https://app.example.com/cb"],
        ),
    )
    with pytest.raises(JSII_ERRORS) as raised:
        Template.from_stack(stack)
    message = str(raised.value)
    assert 'supported_identity_providers[0]: "Corp" must be an identity provider of the client\'s user pool' in message
    assert "declare_resources_outside_app()" in message
    assert "declareResourcesOutsideApp" not in message

    stack, pool = new_stack("WarnedStack")
    pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-auth"))
    UserPoolClient(stack, "Client", user_pool=pool, o_auth=cognito.OAuthSettings(
        flows=cognito.OAuthFlows(implicit_code_grant=True), callback_urls=["https://app.example.com/cb"]))
    warnings = [w.entry.data for w in Annotations.from_stack(stack).find_warning("*", Match.any_value())]
    implicit = [w for w in warnings if "implicit-grant" in w]
    assert implicit == [
        "o_auth.flows.implicit_code_grant: true turns on the implicit grant, which returns tokens in the browser URL; "
        "use authorization_code_grant (with PKCE) and turn implicit_code_grant off [ack: cdk-cognito-user-pool-client::implicit-grant]"
    ], warnings
