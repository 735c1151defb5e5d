module consumer

go 1.25

require (
	github.com/aws/aws-cdk-go/awscdk/v2 v2.276.0
	github.com/aws/jsii-runtime-go v1.140.0
	github.com/cdk-cognito-user-pool-client/cdk-cognito-user-pool-client-go/cdkcognitouserpoolclient v0.0.0
)

// The module jsii-pacmak leaves in dist/go. scripts/test-consumers.sh copies this folder to a
// temporary directory, points this replace at dist/go there and sets the versions from package.json.
replace github.com/cdk-cognito-user-pool-client/cdk-cognito-user-pool-client-go/cdkcognitouserpoolclient => ../../dist/go/cdkcognitouserpoolclient
