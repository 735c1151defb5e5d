package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscognito"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssecretsmanager"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk-cognito-user-pool-client/cdk-cognito-user-pool-client-go/cdkcognitouserpoolclient"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	stack := awscdk.NewStack(app, jsii.String("Auth"), nil)
	pool := awscognito.NewUserPool(stack, jsii.String("Pool"), nil)
	readScope := awscognito.NewResourceServerScope(&awscognito.ResourceServerScopeProps{
		ScopeName:        jsii.String("read"),
		ScopeDescription: jsii.String("Read orders"),
	})
	api := pool.AddResourceServer(jsii.String("OrdersApi"), &awscognito.UserPoolResourceServerOptions{
		Identifier: jsii.String("orders"),
		Scopes:     &[]awscognito.ResourceServerScope{readScope},
	})

	machineClient := cdkcognitouserpoolclient.NewUserPoolClient(stack, jsii.String("MachineClient"), &cdkcognitouserpoolclient.UserPoolClientProps{
		UserPool:       pool,
		GenerateSecret: jsii.Bool(true),
		OAuth: &awscognito.OAuthSettings{
			Flows:  &awscognito.OAuthFlows{ClientCredentials: jsii.Bool(true)},
			Scopes: &[]awscognito.OAuthScope{awscognito.OAuthScope_ResourceServer(api, readScope)},
		},
		PreventUserExistenceErrors: jsii.Bool(true),
	})

	awssecretsmanager.NewSecret(stack, jsii.String("MachineClientSecret"), &awssecretsmanager.SecretProps{
		SecretObjectValue: &map[string]awscdk.SecretValue{
			"clientId":     awscdk.SecretValue_UnsafePlainText(machineClient.UserPoolClientId()),
			"clientSecret": machineClient.UserPoolClientSecret(),
		},
	})

	app.Synth(nil)
}
