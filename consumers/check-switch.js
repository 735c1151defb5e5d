#!/usr/bin/env node
// Checks the import-only switch: the template the app written for aws-cdk-lib's UserPoolClient
// synthesized, and the one the same app synthesized with only the import of UserPoolClient
// switched to this library, hold the same AWS::Cognito::UserPoolClient resources (logical IDs
// and properties) and the same outputs. The app sets every prop and every struct of
// aws-cdk-lib's UserPoolClientProps (AuthFlow, OAuthSettings, OAuthFlows, AnalyticsConfiguration).
// Usage: node check-switch.js CDK_TEMPLATE.json SWITCHED_TEMPLATE.json
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: check-switch.js CDK_TEMPLATE.json SWITCHED_TEMPLATE.json');
  process.exit(2);
}
function clients(file) {
  const template = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const found = Object.fromEntries(Object.entries(template.Resources ?? {})
    .filter(([, r]) => r.Type === 'AWS::Cognito::UserPoolClient')
    .map(([id, r]) => [id, r.Properties]));
  return { found, outputs: template.Outputs ?? {} };
}
const cdk = clients(before);
const ours = clients(after);
assert.equal(Object.keys(cdk.found).length, 1, `expected one AWS::Cognito::UserPoolClient in ${before}`);
const props = Object.values(cdk.found)[0];
// The app sets each struct: a template without them would compare nothing.
for (const key of ['ExplicitAuthFlows', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs',
  'DefaultRedirectURI', 'AnalyticsConfiguration', 'ReadAttributes', 'SupportedIdentityProviders', 'AccessTokenValidity']) {
  assert.ok(props[key] !== undefined, `${before}: the aws-cdk-lib app sets no ${key}`);
}
assert.deepEqual(ours.found, cdk.found, 'the switched app synthesizes other UserPoolClient properties than aws-cdk-lib');
assert.deepEqual(ours.outputs, cdk.outputs, 'the switched app synthesizes other outputs than aws-cdk-lib');
console.log(`ok - switched by its import only, the app synthesizes the same client as aws-cdk-lib (${Object.keys(props).length} properties)`);
