// A Go consumer of the module jsii-pacmak leaves in dist/go: synthesizes the client that
// ../check-template.js checks into the directory given as the first argument, and checks what
// only a Go caller sees.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssecretsmanager"
	"github.com/aws/jsii-runtime-go"
	client "github.com/cdk-cognito-user-pool-client/cdk-cognito-user-pool-client-go/cdkcognitouserpoolclient"
)

var checks = 0

func check(name string, ok bool, detail interface{}) {
	if !ok {
		fmt.Fprintf(os.Stderr, "not ok - %s: %v\n", name, detail)
		os.Exit(1)
	}
	checks++
	fmt.Println("ok - " + name)
}

// panicMessage runs f and returns the message of the panic it raises, or "" if it does not.
func panicMessage(f func()) (message string) {
	defer func() {
		if r := recover(); r != nil {
			message = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func main() {
	defer jsii.Close()
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: consumer OUTDIR")
		os.Exit(2)
	}

	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(os.Args[1])})
	stack := awscdk.NewStack(app, jsii.String("ConsumerStack"), nil)
	pool := awscognito.NewUserPool(stack, jsii.String("Pool"), nil)
	c := client.NewUserPoolClient(stack, jsii.String("Client"), &client.UserPoolClientProps{
		UserPool:           pool,
		UserPoolClientName: jsii.String("consumer-client"),
		GenerateSecret:     jsii.Bool(true),
		AuthFlows:          &awscognito.AuthFlow{UserSrp: jsii.Bool(true)},
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			Scopes:       &[]awscognito.OAuthScope{awscognito.OAuthScope_EMAIL()},
			CallbackUrls: jsii.Strings("https://app.example.com/callback"),
		},
		AccessTokenValidity: awscdk.Duration_Hours(jsii.Number(2)),
		IdTokenValidity:     awscdk.Duration_Seconds(jsii.Number(330)),
	})
	var asCdkClient awscognito.IUserPoolClient = c // a drop-in replacement for aws-cdk-lib's client
	awssecretsmanager.NewSecret(stack, jsii.String("ClientSecret"), &awssecretsmanager.SecretProps{
		SecretStringValue: c.UserPoolClientSecret(),
	})
	style := c.AddManagedLoginBranding(jsii.String("Branding"), &client.ManagedLoginBrandingOptions{
		Settings: &map[string]interface{}{"categories": map[string]interface{}{"global": map[string]interface{}{"colorSchemeMode": "DARK"}}},
		Assets: &[]*client.BrandingAsset{{
			Category:  client.BrandingAssetCategory_FORM_LOGO(),
			ColorMode: client.BrandingColorMode_DYNAMIC(),
			Extension: client.BrandingAssetExtension_SVG(),
			Bytes:     client.BrandingAssetBytes_FromBase64(jsii.String("PHN2Zy8+")),
		}},
	})
	terms := c.AddTerms(jsii.String("Terms"), &client.TermsDocumentsOptions{
		TermsOfUse: &client.TermsDocument{
			DefaultUrl: jsii.String("https://app.example.com/terms"),
			LocalizedUrls: &[]*client.LocalizedTermsUrl{{
				Language: client.ManagedLoginLanguage_GERMAN(),
				Url:      jsii.String("https://app.example.com/de/terms"),
			}},
		},
		PrivacyPolicy: &client.TermsDocument{DefaultUrl: jsii.String("https://app.example.com/privacy")},
	})
	app.Synth(nil)

	template := assertions.Template_FromStack(stack, nil)
	template.ResourceCountIs(jsii.String("AWS::Cognito::UserPoolClient"), jsii.Number(1))
	template.HasResourceProperties(jsii.String("AWS::Cognito::UserPoolClient"), map[string]interface{}{
		"ClientName":          "consumer-client",
		"AllowedOAuthFlows":   []string{"code"},
		"AccessTokenValidity": 120,
		"TokenValidityUnits":  map[string]string{"AccessToken": "minutes", "IdToken": "seconds"},
	})
	check("Template assertions on AWS::Cognito::UserPoolClient", true, nil)
	styleId := *style.ManagedLoginBrandingId()
	check("the branding style and terms documents have ids", strings.HasPrefix(styleId, "${Token[") &&
		terms.TermsOfUseId() != nil && terms.PrivacyPolicyId() != nil, styleId)
	id := *asCdkClient.UserPoolClientId()
	check("userPoolClientId is a token", strings.HasPrefix(id, "${Token["), id)

	bad := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("Bad"), nil)
	message := panicMessage(func() {
		client.NewUserPoolClient(bad, jsii.String("Client"), &client.UserPoolClientProps{
			UserPool:            awscognito.NewUserPool(bad, jsii.String("Pool"), nil),
			AccessTokenValidity: awscdk.Duration_Minutes(jsii.Number(1)),
			OAuth:               &awscognito.OAuthSettings{CallbackUrls: jsii.Strings("http://x.example.com")},
		})
	})
	check("an invalid client panics with an error naming each property as Go spells it",
		strings.Contains(message, "AccessTokenValidity: Duration.minutes(1)") &&
			strings.Contains(message, `OAuth.CallbackUrls[0]: "http://x.example.com" must use https`),
		message)

	badBranding := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("BadBranding"), nil)
	styled := client.NewUserPoolClient(badBranding, jsii.String("Client"), &client.UserPoolClientProps{
		UserPool: awscognito.NewUserPool(badBranding, jsii.String("Pool"), nil),
	})
	brandingMessage := panicMessage(func() {
		styled.AddManagedLoginBranding(jsii.String("Branding"), &client.ManagedLoginBrandingOptions{
			UseCognitoProvidedValues: jsii.Bool(true),
			Settings:                 &map[string]interface{}{},
		})
	})
	check("an invalid branding style panics with an error naming the property and the rule",
		strings.Contains(brandingMessage, "UseCognitoProvidedValues: true") &&
			strings.Contains(brandingMessage, "[branding-default-style-alone]"),
		brandingMessage)

	// aws-cdk-lib's construct and a raw L1, checked by UserPoolClientChecks when the app synthesizes.
	checkedApp := awscdk.NewApp(nil)
	awscdk.Aspects_Of(checkedApp).Add(client.NewUserPoolClientChecks(), nil)
	checked := awscdk.NewStack(checkedApp, jsii.String("Checked"), nil)
	checkedPool := awscognito.NewUserPool(checked, jsii.String("Pool"), nil)
	checkedPool.AddClient(jsii.String("CdkClient"), &awscognito.UserPoolClientOptions{
		OAuth: &awscognito.OAuthSettings{CallbackUrls: jsii.Strings("http://x.example.com")},
	})
	awscognito.NewCfnUserPoolClient(checked, jsii.String("RawClient"), &awscognito.CfnUserPoolClientProps{
		UserPoolId: checkedPool.UserPoolId(),
		ClientName: jsii.String("web/app"),
	})
	checksMessage := panicMessage(func() { checkedApp.Synth(nil) })
	check("UserPoolClientChecks names aws-cdk-lib's props and the L1's properties as Go spells them, every violation at once",
		strings.Contains(checksMessage, `[Checked/Pool/CdkClient] OAuth.CallbackUrls[0]: "http://x.example.com" must use https`) &&
			strings.Contains(checksMessage, `[Checked/RawClient] ClientName: "web/app" must be 1 to 128 characters`),
		checksMessage)

	secretMessage := panicMessage(func() { styled.UserPoolClientSecret() })
	check("reading the secret of a client without one names the getter as Go calls it",
		strings.Contains(secretMessage, "UserPoolClientSecret() is available only if GenerateSecret is set to true."), secretMessage)

	outside := awscdk.NewStack(awscdk.NewApp(nil), jsii.String("Outside"), nil)
	client.NewUserPoolClient(outside, jsii.String("Client"), &client.UserPoolClientProps{
		UserPool:                   awscognito.NewUserPool(outside, jsii.String("Pool"), nil),
		SupportedIdentityProviders: &[]awscognito.UserPoolClientIdentityProvider{awscognito.UserPoolClientIdentityProvider_Custom(jsii.String("Corp"))},
	})
	appMessage := panicMessage(func() { assertions.Template_FromStack(outside, nil) })
	check("a whole-app error names the property and the method as Go spells them",
		strings.Contains(appMessage, `SupportedIdentityProviders[0]: "Corp" must be an identity provider of the client's user pool`) &&
			strings.Contains(appMessage, "DeclareResourcesOutsideApp()"),
		appMessage)

	fmt.Printf("go consumer: %d checks passed\n", checks)
}
