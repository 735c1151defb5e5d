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

	cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("WebClient"), &cdkcognitouserpoolclient.UserPoolClientProps{
		UserPool:           pool,
		UserPoolClientName: jsii.String("web"),
		AuthFlows:          &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID(), awscognito.OAuthScope_EMAIL()},
			CallbackUrls: jsii.Strings("https://app.example.com/oauth/callback", "http://localhost:3000/oauth/callback"),
			LogoutUrls:   jsii.Strings("https://app.example.com/"),
		},
		PreventUserExistenceErrors: jsii.Bool(true),
		AccessTokenValidity:        awscdk.Duration_Minutes(jsii.Number(30)),
		IdTokenValidity:            awscdk.Duration_Minutes(jsii.Number(30)),
		RefreshTokenValidity:       awscdk.Duration_Days(jsii.Number(7)),
	})

	app.Synth(nil)
}
