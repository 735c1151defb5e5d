import io.github.cdkcognitouserpoolclient.UserPoolClientChecks;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;

public class CheckClientsApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    pool.addDomain("Domain", UserPoolDomainOptions.builder().cognitoDomain(CognitoDomainOptions.builder().domainPrefix("example-auth").build()).build()); // its sign-in pages

    pool.addClient("WebClient", UserPoolClientOptions.builder()
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .scopes(List.of(OAuthScope.OPENID))
            .callbackUrls(List.of("https://app.example.com/oauth/callback"))
            .build())
        .preventUserExistenceErrors(true)
        .build());

    Aspects.of(app).add(new UserPoolClientChecks());
    app.synth();
  }
}
