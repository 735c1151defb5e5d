import io.github.cdkcognitouserpoolclient.UserPoolClient;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.UserPool;

public class MobileClientApp {
  public static void main(final String[] args) {
    App app = new App();
    Stack stack = new Stack(app, "Auth");
    UserPool pool = new UserPool(stack, "Pool");

    // Before the switch, the pool created this client, with the same id and options.
    UserPoolClient.Builder.create(pool, "MobileClient")
        .userPool(pool)
        .authFlows(AuthFlow.builder().userSrp(true).build())
        .disableOAuth(true)
        .preventUserExistenceErrors(true)
        .build();

    app.synth();
  }
}
