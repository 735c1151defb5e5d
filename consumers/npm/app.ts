// An npm consumer of the packed tarball: compiled with tsc, run with node. It defines the same
// client as the Java and Go consumers (checked by ../check-template.js on the synthesized
// template), then checks with aws-cdk-lib/assertions and node:assert what only TypeScript sees.
import * as assert from 'node:assert/strict';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import {
  BrandingAssetBytes, BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode, ManagedLoginLanguage, UserPoolClient,
} from 'cdk-cognito-user-pool-client';
import type { UserPoolClientProps } from 'cdk-cognito-user-pool-client';

const outdir = process.argv[2];
if (!outdir) {
  throw new Error('usage: node app.js OUTDIR');
}

let checks = 0;
function check(name: string, body: () => void): void {
  body();
  checks++;
  console.log(`ok - ${name}`);
}

// ---- the shared client, synthesized to OUTDIR ----
const app = new App({ outdir });
const stack = new Stack(app, 'ConsumerStack');
const pool = new cognito.UserPool(stack, 'Pool');
const props: UserPoolClientProps = {
  userPool: pool,
  userPoolClientName: 'consumer-client',
  generateSecret: true,
  authFlows: { userSrp: true },
  oAuth: {
    flows: { authorizationCodeGrant: true },
    scopes: [cognito.OAuthScope.EMAIL],
    callbackUrls: ['https://app.example.com/callback'],
  },
  accessTokenValidity: Duration.hours(2),
  idTokenValidity: Duration.seconds(330),
};
const client = new UserPoolClient(stack, 'Client', props);
// A drop-in replacement: usable wherever aws-cdk-lib's client interface is expected.
const asCdkClient: cognito.IUserPoolClient = client;
new secretsmanager.Secret(stack, 'ClientSecret', { secretStringValue: client.userPoolClientSecret });
client.addManagedLoginBranding('Branding', {
  settings: { categories: { global: { colorSchemeMode: 'DARK' } } },
  assets: [{
    category: BrandingAssetCategory.FORM_LOGO,
    colorMode: BrandingColorMode.DYNAMIC,
    extension: BrandingAssetExtension.SVG,
    bytes: BrandingAssetBytes.fromBase64('PHN2Zy8+'),
  }],
});
client.addTerms('Terms', {
  termsOfUse: {
    defaultUrl: 'https://app.example.com/terms',
    localizedUrls: [{ language: ManagedLoginLanguage.GERMAN, url: 'https://app.example.com/de/terms' }],
  },
  privacyPolicy: { defaultUrl: 'https://app.example.com/privacy' },
});
app.synth();

const template = Template.fromStack(stack);
check('one AWS::Cognito::UserPoolClient with the given settings', () => {
  template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
  template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
    ClientName: 'consumer-client',
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['email', 'openid'],
    CallbackURLs: ['https://app.example.com/callback'],
    AccessTokenValidity: 120,
    IdTokenValidity: 330,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'seconds' },
  });
});
check('the client secret is Fn::GetAtt ClientSecret, with no custom resource', () => {
  const logicalId = stack.getLogicalId(client.node.defaultChild as cognito.CfnUserPoolClient);
  template.hasResourceProperties('AWS::SecretsManager::Secret', {
    SecretString: { 'Fn::GetAtt': [logicalId, 'ClientSecret'] },
  });
  const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type);
  assert.deepEqual(types.filter((t) => t.startsWith('Custom::') || t === 'AWS::Lambda::Function'), []);
});
check('userPoolClientId is the client Ref', () => {
  assert.deepEqual(stack.resolve(asCdkClient.userPoolClientId), { Ref: stack.getLogicalId(client.node.defaultChild as cognito.CfnUserPoolClient) });
});

// ---- invalid settings: one error that names every property ----
check('an invalid client throws one error naming every invalid property', () => {
  const bad = new Stack(new App(), 'Bad');
  assert.throws(
    () => new UserPoolClient(bad, 'Client', {
      userPool: new cognito.UserPool(bad, 'Pool'),
      accessTokenValidity: Duration.minutes(1),
      oAuth: { callbackUrls: ['http://x.example.com'] },
    }),
    (err: unknown) => {
      const message = String((err as Error).message);
      assert.match(message, /accessTokenValidity/);
      assert.match(message, /oAuth\.callbackUrls\[0\]: "http:\/\/x\.example\.com" must use https/);
      return true;
    },
  );
});
check('an invalid branding style throws one error naming every invalid property', () => {
  const other = new Stack(new App(), 'BadBranding');
  const styled = new UserPoolClient(other, 'Client', { userPool: new cognito.UserPool(other, 'Pool') });
  assert.throws(
    () => styled.addManagedLoginBranding('Branding', {
      useCognitoProvidedValues: true,
      settings: {},
      assets: [{ category: BrandingAssetCategory.FORM_LOGO, colorMode: BrandingColorMode.LIGHT, extension: BrandingAssetExtension.PNG, resourceId: 'a/b' }],
    }),
    /ManagedLoginBranding has 2 invalid settings:\n {2}useCognitoProvidedValues: true .*\[branding-default-style-alone\]\n {2}assets\[0\]\.resourceId: "a\/b" .*\[branding-asset-resource-id\]/,
  );
});
check('userPoolClientSecret throws without generateSecret', () => {
  const other = new Stack(new App(), 'NoSecret');
  const noSecret = new UserPoolClient(other, 'Client', { userPool: new cognito.UserPool(other, 'Pool') });
  assert.throws(() => noSecret.userPoolClientSecret, /generateSecret/);
  Template.fromStack(other).hasResourceProperties('AWS::Cognito::UserPoolClient', { GenerateSecret: Match.absent() });
});

console.log(`npm consumer: ${checks} checks passed`);
