import io.github.cdkcognitouserpoolclient.UserPoolClient;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.UserPool;

public class AcknowledgeForAppApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");
    UserPoolClient.Builder.create(stack, "LegacyClient").userPool(pool).build();

    Annotations.of(app).acknowledgeWarning("cdk-cognito-user-pool-client::implicit-grant", "legacy single-page app");
    Annotations.of(app).acknowledgeWarning("cdk-cognito-user-pool-client::placeholder-callback-url", "no hosted UI");
    Annotations.of(app).acknowledgeWarning("cdk-cognito-user-pool-client::browser-flow-without-domain", "no hosted UI");
    Annotations.of(app).acknowledgeWarning("cdk-cognito-user-pool-client::user-existence-errors", "kept for the legacy app");

    app.synth();
  }
}
