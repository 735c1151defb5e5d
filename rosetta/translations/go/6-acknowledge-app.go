package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-cognito-user-pool-client/cdk-cognito-user-pool-client-go/cdkcognitouserpoolclient"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Auth"), nil)
	pool := awscognito.NewUserPool(stack, jsii.String("Pool"), nil)
	cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("LegacyClient"), &cdkcognitouserpoolclient.UserPoolClientProps{UserPool: pool})

	awscdk.Annotations_Of(app).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::implicit-grant"), jsii.String("legacy single-page app"))
	awscdk.Annotations_Of(app).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::placeholder-callback-url"), jsii.String("no hosted UI"))
	awscdk.Annotations_Of(app).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::browser-flow-without-domain"), jsii.String("no hosted UI"))
	awscdk.Annotations_Of(app).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::user-existence-errors"), jsii.String("kept for the legacy app"))

	app.Synth(nil)
}
