from aws_cdk import App, Stack
import aws_cdk.aws_cognito as cognito
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

app = App()
stack = Stack(app, "Auth")
pool = cognito.UserPool(stack, "Pool")
pool.add_domain("Domain", cognito_domain=cognito.CognitoDomainOptions(domain_prefix="example-auth"))  # its sign-in pages
web_client = UserPoolClient(stack, "SignInClient",
    user_pool=pool,
    o_auth=cognito.OAuthSettings(flows=cognito.OAuthFlows(authorization_code_grant=True), callback_urls=["https://app.example.com/callback"]),
    prevent_user_existence_errors=True
)

# Cognito's provided style: web_client.add_managed_login_branding("Branding"). Or settings and images
# (the settings document is JSON: its keys are Cognito's, as written here):
web_client.add_managed_login_branding("Branding",
    settings={"categories": {"global": {"colorSchemeMode": "DARK"}}},
    assets=[BrandingAsset(
        category=BrandingAssetCategory.FORM_LOGO,
        color_mode=BrandingColorMode.DYNAMIC,
        extension=BrandingAssetExtension.SVG,
        bytes=BrandingAssetBytes.from_base64("PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=")
    )]
)

web_client.add_terms("Terms",
    terms_of_use=TermsDocument(
        default_url="https://app.example.com/terms",
        localized_urls=[LocalizedTermsUrl(language=ManagedLoginLanguage.GERMAN, url="https://app.example.com/de/agb")]
    ),
    privacy_policy=TermsDocument(default_url="https://app.example.com/privacy")
)

app.synth()
