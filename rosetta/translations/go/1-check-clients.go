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

	pool.AddClient(jsii.String("WebClient"), &awscognito.UserPoolClientOptions{
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID()},
			CallbackUrls: jsii.Strings("https://app.example.com/oauth/callback"),
		},
		PreventUserExistenceErrors: jsii.Bool(true),
	})

	awscdk.Aspects_Of(app).Add(cdkcognitouserpoolclient.NewUserPoolClientChecks(), nil)
	app.Synth(nil)
}
