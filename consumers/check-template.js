#!/usr/bin/env node
// Checks a synthesized CloudFormation template (JSON file) against the client the Java and Go
// consumers define: exactly one AWS::Cognito::UserPoolClient with the expected properties, the
// client secret as Fn::GetAtt [<client>, ClientSecret] in a secret, and no custom resource or Lambda.
// Usage: node check-template.js TEMPLATE.json
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');

const file = process.argv[2];
if (!file) {
  console.error('usage: check-template.js TEMPLATE.json');
  process.exit(2);
}
const template = JSON.parse(fs.readFileSync(file, 'utf-8'));
const resources = Object.entries(template.Resources ?? {});

const clients = resources.filter(([, r]) => r.Type === 'AWS::Cognito::UserPoolClient');
assert.equal(clients.length, 1, `expected one AWS::Cognito::UserPoolClient, found ${clients.length}`);
const [clientId, client] = clients[0];
const props = client.Properties;

const pools = resources.filter(([, r]) => r.Type === 'AWS::Cognito::UserPool');
assert.equal(pools.length, 1, 'expected one AWS::Cognito::UserPool');
assert.deepEqual(props.UserPoolId, { Ref: pools[0][0] });
assert.equal(props.ClientName, 'consumer-client');
assert.equal(props.GenerateSecret, true);
assert.equal(props.AllowedOAuthFlowsUserPoolClient, true);
assert.deepEqual(props.AllowedOAuthFlows, ['code']);
assert.deepEqual(props.AllowedOAuthScopes, ['email', 'openid']);
assert.deepEqual(props.CallbackURLs, ['https://app.example.com/callback']);
assert.deepEqual(props.ExplicitAuthFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
// Exact durations: in minutes as aws-cdk-lib renders them (2 hours is 120 minutes), and
// 330 seconds, not a whole number of minutes, in seconds.
assert.equal(props.AccessTokenValidity, 120);
assert.equal(props.IdTokenValidity, 330);
assert.deepEqual(props.TokenValidityUnits, { AccessToken: 'minutes', IdToken: 'seconds' });

// The secret, stored in a Secrets Manager secret, is a GetAtt on the client: no custom resource.
const secrets = resources.filter(([, r]) => r.Type === 'AWS::SecretsManager::Secret');
assert.equal(secrets.length, 1, 'expected one AWS::SecretsManager::Secret');
assert.deepEqual(secrets[0][1].Properties.SecretString, { 'Fn::GetAtt': [clientId, 'ClientSecret'] });
const custom = resources.filter(([, r]) => r.Type.startsWith('Custom::') || r.Type === 'AWS::CloudFormation::CustomResource' || r.Type === 'AWS::Lambda::Function');
assert.deepEqual(custom.map(([id, r]) => `${id} (${r.Type})`), [], 'expected no custom resource and no Lambda function');

console.log(`template check: ${file}: AWS::Cognito::UserPoolClient ${clientId} as expected`);
