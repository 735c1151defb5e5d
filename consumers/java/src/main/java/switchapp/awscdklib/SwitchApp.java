package switchapp.awscdklib;

import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AnalyticsConfiguration;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.pinpoint.CfnApp;

/**
 * An app written for aws-cdk-lib's UserPoolClient, with every prop it takes. The class of the
 * same name in switchapp.switched is this file with only the import of UserPoolClient changed
 * (and its package): scripts/test-consumers.sh checks that, and that both synthesize the same client.
 */
public final class SwitchApp {
  public static void main(String[] args) {
    App app = new App(AppProps.builder().outdir(args[0]).build());
    Stack stack = new Stack(app, "SwitchStack");
    UserPool pool = new UserPool(stack, "Pool");
    UserPoolClient client = UserPoolClient.Builder.create(stack, "WebClient")
        .userPool(pool)
        .userPoolClientName("web")
        .generateSecret(true)
        .authFlows(AuthFlow.builder().userSrp(true).userPassword(true).build())
        .disableOAuth(false)
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
            .scopes(List.of(OAuthScope.EMAIL, OAuthScope.OPENID))
            .callbackUrls(List.of("https://app.example.com/callback"))
            .logoutUrls(List.of("https://app.example.com/signed-out"))
            .defaultRedirectUri("https://app.example.com/callback")
            .build())
        .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
        .readAttributes(new ClientAttributes().withStandardAttributes(
            StandardAttributesMask.builder().email(true).emailVerified(true).build()))
        .writeAttributes(new ClientAttributes().withStandardAttributes(
            StandardAttributesMask.builder().email(true).build()))
        .accessTokenValidity(Duration.hours(2))
        .idTokenValidity(Duration.minutes(30))
        .refreshTokenValidity(Duration.days(30))
        .authSessionValidity(Duration.minutes(5))
        .preventUserExistenceErrors(true)
        .enableTokenRevocation(true)
        .enablePropagateAdditionalUserContextData(true)
        .analytics(AnalyticsConfiguration.builder()
            .application(CfnApp.Builder.create(stack, "Analytics").name("web-analytics").build())
            .shareUserData(true)
            .build())
        .build();
    CfnOutput.Builder.create(stack, "ClientId").value(client.getUserPoolClientId()).build();
    app.synth();
  }
}
