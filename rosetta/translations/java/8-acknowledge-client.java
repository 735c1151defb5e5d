import io.github.cdkcognitouserpoolclient.UserPoolClient;
import java.util.List;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;

public class AcknowledgeForClientApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    pool.addDomain("Domain", UserPoolDomainOptions.builder().cognitoDomain(CognitoDomainOptions.builder().domainPrefix("example-auth").build()).build()); // its sign-in pages
    UserPoolClient client = UserPoolClient.Builder.create(stack, "LegacySpa")
        .userPool(pool)
        .oAuth(OAuthSettings.builder().callbackUrls(List.of("https://legacy.example.com/cb")).build())
        .build();

    // one client
    Annotations.of(client).acknowledgeWarning("cdk-cognito-user-pool-client::implicit-grant", "legacy SPA, migrating to code grant");
    // every client of the app (after the clients are created)
    Annotations.of(app).acknowledgeWarning("cdk-cognito-user-pool-client::user-existence-errors", "internal tool");

    app.synth();
  }
}
