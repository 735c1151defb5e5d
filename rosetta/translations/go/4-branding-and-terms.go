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
	webClient := cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("SignInClient"), &cdkcognitouserpoolclient.UserPoolClientProps{
		UserPool: pool,
		OAuth: &awscognito.OAuthSettings{
			Flows:        &awscognito.OAuthFlows{AuthorizationCodeGrant: jsii.Bool(true)},
			CallbackUrls: jsii.Strings("https://app.example.com/callback"),
		},
		PreventUserExistenceErrors: jsii.Bool(true),
	})

	// Cognito's provided style: webClient.AddManagedLoginBranding(jsii.String("Branding"), nil). Or settings and images:
	webClient.AddManagedLoginBranding(jsii.String("Branding"), &cdkcognitouserpoolclient.ManagedLoginBrandingOptions{
		Settings: &map[string]interface{}{
			"categories": map[string]interface{}{"global": map[string]interface{}{"colorSchemeMode": "DARK"}},
		},
		Assets: &[]*cdkcognitouserpoolclient.BrandingAsset{{
			Category:  cdkcognitouserpoolclient.BrandingAssetCategory_FORM_LOGO(),
			ColorMode: cdkcognitouserpoolclient.BrandingColorMode_DYNAMIC(),
			Extension: cdkcognitouserpoolclient.BrandingAssetExtension_SVG(),
			Bytes:     cdkcognitouserpoolclient.BrandingAssetBytes_FromBase64(jsii.String("PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=")),
		}},
	})

	webClient.AddTerms(jsii.String("Terms"), &cdkcognitouserpoolclient.TermsDocumentsOptions{
		TermsOfUse: &cdkcognitouserpoolclient.TermsDocument{
			DefaultUrl: jsii.String("https://app.example.com/terms"),
			LocalizedUrls: &[]*cdkcognitouserpoolclient.LocalizedTermsUrl{{
				Language: cdkcognitouserpoolclient.ManagedLoginLanguage_GERMAN(),
				Url:      jsii.String("https://app.example.com/de/agb"),
			}},
		},
		PrivacyPolicy: &cdkcognitouserpoolclient.TermsDocument{DefaultUrl: jsii.String("https://app.example.com/privacy")},
	})

	app.Synth(nil)
}
