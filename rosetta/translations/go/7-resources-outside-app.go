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

	legacyClient := cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("LegacySamlClient"), &cdkcognitouserpoolclient.UserPoolClientProps{
		UserPool: pool,
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_OPENID(), awscognito.OAuthScope_Custom(jsii.String("https://legacy.example.com/read"))},
			CallbackUrls: jsii.Strings("https://legacy.example.com/callback"),
		},
		SupportedIdentityProviders: &[]awscognito.UserPoolClientIdentityProvider{awscognito.UserPoolClientIdentityProvider_Custom(jsii.String("LegacySaml"))},
		ReadAttributes:             awscognito.NewClientAttributes().WithCustomAttributes(jsii.String("legacy_id")),
		PreventUserExistenceErrors: jsii.Bool(true),
	})
	legacyClient.DeclareResourcesOutsideApp(&cdkcognitouserpoolclient.ResourcesOutsideApp{
		IdentityProviders: jsii.Strings("LegacySaml"),
		Scopes:            jsii.Strings("https://legacy.example.com/read"),
		Attributes:        jsii.Strings("custom:legacy_id"),
	})

	app.Synth(nil)
}
