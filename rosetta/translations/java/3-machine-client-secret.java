import io.github.cdkcognitouserpoolclient.UserPoolClient;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.ResourceServerScope;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolResourceServer;
import software.amazon.awscdk.services.cognito.UserPoolResourceServerOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;

public class MachineClientApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    ResourceServerScope readScope = ResourceServerScope.Builder.create().scopeName("read").scopeDescription("Read orders").build();
    UserPoolResourceServer api = pool.addResourceServer("OrdersApi",
        UserPoolResourceServerOptions.builder().identifier("orders").scopes(List.of(readScope)).build());

    UserPoolClient machineClient = UserPoolClient.Builder.create(stack, "MachineClient")
        .userPool(pool)
        .generateSecret(true)
        .oAuth(OAuthSettings.builder()
            .flows(OAuthFlows.builder().clientCredentials(true).build())
            .scopes(List.of(OAuthScope.resourceServer(api, readScope)))
            .build())
        .preventUserExistenceErrors(true)
        .build();

    Secret.Builder.create(stack, "MachineClientSecret")
        .secretObjectValue(Map.of(
            "clientId", SecretValue.unsafePlainText(machineClient.getUserPoolClientId()),
            "clientSecret", machineClient.getUserPoolClientSecret()))
        .build();

    app.synth();
  }
}
