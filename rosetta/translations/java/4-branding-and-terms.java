import io.github.cdkcognitouserpoolclient.BrandingAsset;
import io.github.cdkcognitouserpoolclient.BrandingAssetBytes;
import io.github.cdkcognitouserpoolclient.BrandingAssetCategory;
import io.github.cdkcognitouserpoolclient.BrandingAssetExtension;
import io.github.cdkcognitouserpoolclient.BrandingColorMode;
import io.github.cdkcognitouserpoolclient.LocalizedTermsUrl;
import io.github.cdkcognitouserpoolclient.ManagedLoginBrandingOptions;
import io.github.cdkcognitouserpoolclient.ManagedLoginLanguage;
import io.github.cdkcognitouserpoolclient.TermsDocument;
import io.github.cdkcognitouserpoolclient.TermsDocumentsOptions;
import io.github.cdkcognitouserpoolclient.UserPoolClient;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;

public class SignInPagesApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    pool.addDomain("Domain", UserPoolDomainOptions.builder().cognitoDomain(CognitoDomainOptions.builder().domainPrefix("example-auth").build()).build()); // its sign-in pages
    UserPoolClient webClient = UserPoolClient.Builder.create(stack, "SignInClient")
        .userPool(pool)
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .callbackUrls(List.of("https://app.example.com/callback"))
            .build())
        .preventUserExistenceErrors(true)
        .build();

    // Cognito's provided style: webClient.addManagedLoginBranding("Branding"). Or settings and images:
    webClient.addManagedLoginBranding("Branding", ManagedLoginBrandingOptions.builder()
        .settings(Map.of("categories", Map.of("global", Map.of("colorSchemeMode", "DARK"))))
        .assets(List.of(BrandingAsset.builder()
            .category(BrandingAssetCategory.FORM_LOGO)
            .colorMode(BrandingColorMode.DYNAMIC)
            .extension(BrandingAssetExtension.SVG)
            .bytes(BrandingAssetBytes.fromBase64("PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="))
            .build()))
        .build());

    webClient.addTerms("Terms", TermsDocumentsOptions.builder()
        .termsOfUse(TermsDocument.builder()
            .defaultUrl("https://app.example.com/terms")
            .localizedUrls(List.of(LocalizedTermsUrl.builder()
                .language(ManagedLoginLanguage.GERMAN)
                .url("https://app.example.com/de/agb")
                .build()))
            .build())
        .privacyPolicy(TermsDocument.builder().defaultUrl("https://app.example.com/privacy").build())
        .build());

    app.synth();
  }
}
