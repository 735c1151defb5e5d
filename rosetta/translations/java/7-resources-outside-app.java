import io.github.cdkcognitouserpoolclient.ResourcesOutsideApp;
import io.github.cdkcognitouserpoolclient.UserPoolClient;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;

public class LegacySamlClientApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    pool.addDomain("Domain", UserPoolDomainOptions.builder().cognitoDomain(CognitoDomainOptions.builder().domainPrefix("example-auth").build()).build()); // its sign-in pages

    UserPoolClient legacyClient = UserPoolClient.Builder.create(stack, "LegacySamlClient")
        .userPool(pool)
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .scopes(List.of(OAuthScope.OPENID, OAuthScope.custom("https://legacy.example.com/read")))
            .callbackUrls(List.of("https://legacy.example.com/callback"))
            .build())
        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.custom("LegacySaml")))
        .readAttributes(new ClientAttributes().withCustomAttributes("legacy_id"))
        .preventUserExistenceErrors(true)
        .build();
    legacyClient.declareResourcesOutsideApp(ResourcesOutsideApp.builder()
        .identityProviders(List.of("LegacySaml"))
        .scopes(List.of("https://legacy.example.com/read"))
        .attributes(List.of("custom:legacy_id"))
        .build());

    app.synth();
  }
}
