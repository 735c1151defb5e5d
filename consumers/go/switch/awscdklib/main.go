// An app written for aws-cdk-lib's UserPoolClient, with every prop it takes, synthesized into the
// directory given as the first argument. Its UserPoolClient comes through the import named
// userpoolclient; ../switched/main.go is this file with only that import changed:
// scripts/test-consumers.sh checks that, and that both synthesize the same client.
package main

import (
	"os"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awspinpoint"
	"github.com/aws/jsii-runtime-go"

	// where UserPoolClient and UserPoolClientProps come from
	userpoolclient "github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(os.Args[1])})
	stack := awscdk.NewStack(app, jsii.String("SwitchStack"), nil)
	pool := awscognito.NewUserPool(stack, jsii.String("Pool"), nil)
	client := userpoolclient.NewUserPoolClient(stack, jsii.String("WebClient"), &userpoolclient.UserPoolClientProps{
		UserPool:           pool,
		UserPoolClientName: jsii.String("web"),
		GenerateSecret:     jsii.Bool(true),
		AuthFlows:          &awscognito.AuthFlow{UserSrp: jsii.Bool(true), UserPassword: jsii.Bool(true)},
		DisableOAuth:       jsii.Bool(false),
		OAuth: &awscognito.OAuthSettings{
			Flows:              &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:             &[]awscognito.OAuthScope{awscognito.OAuthScope_EMAIL(), awscognito.OAuthScope_OPENID()},
			CallbackUrls:       jsii.Strings("https://app.example.com/callback"),
			LogoutUrls:         jsii.Strings("https://app.example.com/signed-out"),
			DefaultRedirectUri: jsii.String("https://app.example.com/callback"),
		},
		SupportedIdentityProviders: &[]awscognito.UserPoolClientIdentityProvider{awscognito.UserPoolClientIdentityProvider_COGNITO()},
		ReadAttributes: awscognito.NewClientAttributes().WithStandardAttributes(
			&awscognito.StandardAttributesMask{Email: jsii.Bool(true), EmailVerified: jsii.Bool(true)}),
		WriteAttributes: awscognito.NewClientAttributes().WithStandardAttributes(
			&awscognito.StandardAttributesMask{Email: jsii.Bool(true)}),
		AccessTokenValidity:                      awscdk.Duration_Hours(jsii.Number(2)),
		IdTokenValidity:                          awscdk.Duration_Minutes(jsii.Number(30)),
		RefreshTokenValidity:                     awscdk.Duration_Days(jsii.Number(30)),
		AuthSessionValidity:                      awscdk.Duration_Minutes(jsii.Number(5)),
		PreventUserExistenceErrors:               jsii.Bool(true),
		EnableTokenRevocation:                    jsii.Bool(true),
		EnablePropagateAdditionalUserContextData: jsii.Bool(true),
		Analytics: &awscognito.AnalyticsConfiguration{
			Application:   awspinpoint.NewCfnApp(stack, jsii.String("Analytics"), &awspinpoint.CfnAppProps{Name: jsii.String("web-analytics")}),
			ShareUserData: jsii.Bool(true),
		},
	})
	awscdk.NewCfnOutput(stack, jsii.String("ClientId"), &awscdk.CfnOutputProps{Value: client.UserPoolClientId()})
	app.Synth(nil)
}
