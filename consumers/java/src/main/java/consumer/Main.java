package consumer;

import io.github.cdkcognitouserpoolclient.BrandingAsset;
import io.github.cdkcognitouserpoolclient.BrandingAssetBytes;
import io.github.cdkcognitouserpoolclient.BrandingAssetCategory;
import io.github.cdkcognitouserpoolclient.BrandingAssetExtension;
import io.github.cdkcognitouserpoolclient.BrandingColorMode;
import io.github.cdkcognitouserpoolclient.LocalizedTermsUrl;
import io.github.cdkcognitouserpoolclient.ManagedLoginBranding;
import io.github.cdkcognitouserpoolclient.ManagedLoginBrandingOptions;
import io.github.cdkcognitouserpoolclient.ManagedLoginLanguage;
import io.github.cdkcognitouserpoolclient.TermsDocument;
import io.github.cdkcognitouserpoolclient.TermsDocuments;
import io.github.cdkcognitouserpoolclient.TermsDocumentsOptions;
import io.github.cdkcognitouserpoolclient.UserPoolClient;
import io.github.cdkcognitouserpoolclient.UserPoolClientChecks;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CfnUserPoolClient;
import software.amazon.awscdk.services.cognito.IUserPoolClient;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;

/**
 * A Java consumer of the Maven artifact: synthesizes the client that ../check-template.js checks
 * into the directory given as the first argument, and checks what only a Java caller sees.
 */
public final class Main {
  private static int checks = 0;

  private static void check(String name, boolean ok, Object detail) {
    if (!ok) {
      throw new AssertionError(name + ": " + detail);
    }
    checks++;
    System.out.println("ok - " + name);
  }

  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Main OUTDIR");
    }
    App app = new App(AppProps.builder().outdir(args[0]).build());
    Stack stack = new Stack(app, "ConsumerStack");
    UserPool pool = new UserPool(stack, "Pool");
    UserPoolClient client = UserPoolClient.Builder.create(stack, "Client")
        .userPool(pool)
        .userPoolClientName("consumer-client")
        .generateSecret(true)
        .authFlows(AuthFlow.builder().userSrp(true).build())
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .scopes(List.of(OAuthScope.EMAIL))
            .callbackUrls(List.of("https://app.example.com/callback"))
            .build())
        .accessTokenValidity(Duration.hours(2))
        .idTokenValidity(Duration.seconds(330))
        .build();
    IUserPoolClient asCdkClient = client; // a drop-in replacement for aws-cdk-lib's client
    Secret.Builder.create(stack, "ClientSecret").secretStringValue(client.getUserPoolClientSecret()).build();
    ManagedLoginBranding style = client.addManagedLoginBranding("Branding", ManagedLoginBrandingOptions.builder()
        .settings(Map.of("categories", Map.of("global", Map.of("colorSchemeMode", "DARK"))))
        .assets(List.of(BrandingAsset.builder()
            .category(BrandingAssetCategory.FORM_LOGO)
            .colorMode(BrandingColorMode.DYNAMIC)
            .extension(BrandingAssetExtension.SVG)
            .bytes(BrandingAssetBytes.fromBase64("PHN2Zy8+"))
            .build()))
        .build());
    TermsDocuments terms = client.addTerms("Terms", TermsDocumentsOptions.builder()
        .termsOfUse(TermsDocument.builder()
            .defaultUrl("https://app.example.com/terms")
            .localizedUrls(List.of(LocalizedTermsUrl.builder()
                .language(ManagedLoginLanguage.GERMAN).url("https://app.example.com/de/terms").build()))
            .build())
        .privacyPolicy(TermsDocument.builder().defaultUrl("https://app.example.com/privacy").build())
        .build());
    app.synth();

    Template template = Template.fromStack(stack);
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", Map.of(
        "ClientName", "consumer-client",
        "AllowedOAuthFlows", List.of("code"),
        "AccessTokenValidity", 120,
        "TokenValidityUnits", Map.of("AccessToken", "minutes", "IdToken", "seconds")));
    check("Template assertions on AWS::Cognito::UserPoolClient", true, null);
    check("the branding style and terms documents have ids", style.getManagedLoginBrandingId().startsWith("${Token[")
        && terms.getTermsOfUseId() != null && terms.getPrivacyPolicyId() != null, style.getManagedLoginBrandingId());
    check("userPoolClientId is a token", asCdkClient.getUserPoolClientId().startsWith("${Token["),
        asCdkClient.getUserPoolClientId());

    Stack bad = new Stack(new App(), "Bad");
    String message = null;
    try {
      UserPoolClient.Builder.create(bad, "Client")
          .userPool(new UserPool(bad, "Pool"))
          .accessTokenValidity(Duration.minutes(1))
          .oAuth(OAuthSettings.builder().callbackUrls(List.of("http://x.example.com")).build())
          .build();
    } catch (RuntimeException e) {
      message = e.getMessage();
    }
    // Java's builders use the TypeScript names: .oAuth(...), .callbackUrls(...)
    check("an invalid client throws a RuntimeException naming each property as the builders do",
        message != null && message.contains("accessTokenValidity: Duration.minutes(1)")
            && message.contains("oAuth.callbackUrls[0]: \"http://x.example.com\" must use https"),
        message);

    Stack badBranding = new Stack(new App(), "BadBranding");
    UserPoolClient styled = UserPoolClient.Builder.create(badBranding, "Client").userPool(new UserPool(badBranding, "Pool")).build();
    String brandingMessage = null;
    try {
      styled.addManagedLoginBranding("Branding", ManagedLoginBrandingOptions.builder()
          .useCognitoProvidedValues(true)
          .settings(Map.of())
          .build());
    } catch (RuntimeException e) {
      brandingMessage = e.getMessage();
    }
    check("an invalid branding style throws a RuntimeException naming the property and the rule",
        brandingMessage != null && brandingMessage.contains("useCognitoProvidedValues: true")
            && brandingMessage.contains("[branding-default-style-alone]"),
        brandingMessage);

    // aws-cdk-lib's construct and a raw L1, checked by UserPoolClientChecks when the app synthesizes.
    App checkedApp = new App();
    Aspects.of(checkedApp).add(new UserPoolClientChecks());
    Stack checked = new Stack(checkedApp, "Checked");
    UserPool checkedPool = new UserPool(checked, "Pool");
    checkedPool.addClient("CdkClient", UserPoolClientOptions.builder()
        .oAuth(OAuthSettings.builder().callbackUrls(List.of("http://x.example.com")).build())
        .build());
    CfnUserPoolClient.Builder.create(checked, "RawClient")
        .userPoolId(checkedPool.getUserPoolId())
        .clientName("web/app")
        .build();
    String checksMessage = null;
    try {
      checkedApp.synth();
    } catch (RuntimeException e) {
      checksMessage = e.getMessage();
    }
    check("UserPoolClientChecks names aws-cdk-lib's props and the L1's properties as Java spells them, every violation at once",
        checksMessage != null
            && checksMessage.contains("[Checked/Pool/CdkClient] oAuth.callbackUrls[0]: \"http://x.example.com\" must use https")
            && checksMessage.contains("[Checked/RawClient] clientName: \"web/app\" must be 1 to 128 characters"),
        checksMessage);

    String secretMessage = null;
    try {
      styled.getUserPoolClientSecret();
    } catch (RuntimeException e) {
      secretMessage = e.getMessage();
    }
    check("reading the secret of a client without one names the getter as Java calls it",
        secretMessage != null && secretMessage.contains("getUserPoolClientSecret() is available only if generateSecret is set to true."),
        secretMessage);

    Stack outside = new Stack(new App(), "Outside");
    UserPoolClient.Builder.create(outside, "Client")
        .userPool(new UserPool(outside, "Pool"))
        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.custom("Corp")))
        .build();
    String appMessage = null;
    try {
      Template.fromStack(outside);
    } catch (RuntimeException e) {
      appMessage = e.getMessage();
    }
    check("a whole-app error names the property and the method as Java spells them",
        appMessage != null && appMessage.contains("supportedIdentityProviders[0]: \"Corp\" must be an identity provider of the client's user pool")
            && appMessage.contains("declareResourcesOutsideApp()"),
        appMessage);

    System.out.println("java consumer: " + checks + " checks passed");
  }
}
