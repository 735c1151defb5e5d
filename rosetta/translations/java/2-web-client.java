import io.github.cdkcognitouserpoolclient.UserPoolClient;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;

public class WebClientApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    pool.addDomain("Domain", UserPoolDomainOptions.builder().cognitoDomain(CognitoDomainOptions.builder().domainPrefix("example-auth").build()).build()); // its sign-in pages

    UserPoolClient.Builder.create(stack, "WebClient")
        .userPool(pool)
        .userPoolClientName("web")
        .authFlows(AuthFlow.builder().userSrp(true).build())
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL))
            .callbackUrls(List.of("https://app.example.com/oauth/callback", "http://localhost:3000/oauth/callback"))
            .logoutUrls(List.of("https://app.example.com/"))
            .build())
        .preventUserExistenceErrors(true)
        .accessTokenValidity(Duration.minutes(30))
        .idTokenValidity(Duration.minutes(30))
        .refreshTokenValidity(Duration.days(7))
        .build();

    app.synth();
  }
}
