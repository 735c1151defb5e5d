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
	pool.AddDomain(jsii.String("Domain"), &awscognito.UserPoolDomainOptions{CognitoDomain: &awscognito.CognitoDomainOptions{DomainPrefix: jsii.String("example-auth")}}) // its sign-in pages
	client := cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("LegacySpa"), &cdkcognitouserpoolclient.UserPoolClientProps{
		UserPool: pool,
		OAuth:    &awscognito.OAuthSettings{CallbackUrls: jsii.Strings("https://legacy.example.com/cb")},
	})

	// one client
	awscdk.Annotations_Of(client).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::implicit-grant"), jsii.String("legacy SPA, migrating to code grant"))
	// every client of the app (after the clients are created)
	awscdk.Annotations_Of(app).AcknowledgeWarning(jsii.String("cdk-cognito-user-pool-client::user-existence-errors"), jsii.String("internal tool"))

	app.Synth(nil)
}
