/**
 * An online shop's sign-in: one user pool and three app clients.
 *
 * - `WebClient`: the shop's single-page app, signing users in through the managed login pages with
 *   the authorization code grant (and PKCE, which Cognito enforces for a client without a secret).
 *   Its pages get a branding style (Cognito's) and link the shop's terms of use and privacy
 *   policy from the sign-up page.
 * - `ReportingClient`: a nightly reporting job that calls the orders API as itself with the
 *   client credentials grant; its client id and secret go into Secrets Manager.
 * - `MobileClient`: the shop's mobile app, signing users in with SRP, with short-lived tokens,
 *   a 60-day refresh token and refresh-token rotation.
 * - `AdminClient`: the back office, still made by aws-cdk-lib's `userPool.addClient`:
 *   `UserPoolClientChecks`, applied to the app, checks it with the same rules and deploys it after
 *   the resource server whose scope it names.
 *
 * Synthesize with `npm run example` (from the repository root); no AWS credentials are needed.
 */
import { App, Aspects, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { ManagedLoginBranding, ManagedLoginLanguage, TermsDocuments, UserPoolClient, UserPoolClientChecks } from 'cdk-cognito-user-pool-client';
import type { Construct } from 'constructs';

const SHOP_URL = 'https://shop.example.com';
const LOCAL_DEV_URL = 'http://localhost:5173';

export class ShopAuthStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: 'shop-customers',
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, givenName: { required: false, mutable: true } },
      passwordPolicy: { minLength: 12 },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const domain = userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: 'example-shop-auth' },
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const ordersRead = new cognito.ResourceServerScope({ scopeName: 'orders.read', scopeDescription: 'Read orders' });
    const ordersWrite = new cognito.ResourceServerScope({ scopeName: 'orders.write', scopeDescription: 'Create and update orders' });
    const ordersApi = userPool.addResourceServer('OrdersApi', {
      identifier: 'https://api.shop.example.com/orders',
      userPoolResourceServerName: 'Orders API',
      scopes: [ordersRead, ordersWrite],
    });

    // The single-page app: authorization code grant, real callback and sign-out URLs.
    const web = new UserPoolClient(this, 'WebClient', {
      userPool,
      userPoolClientName: 'shop-web',
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [`${SHOP_URL}/auth/callback`, `${LOCAL_DEV_URL}/auth/callback`],
        logoutUrls: [`${SHOP_URL}/`, `${LOCAL_DEV_URL}/`],
        defaultRedirectUri: `${SHOP_URL}/auth/callback`,
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      readAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, givenName: true }),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true, givenName: true }),
    });
    // Its managed login pages: the domain uses managed login (version 2), whose pages a client
    // shows only once it has a branding style: Cognito's provided style, to restyle later.
    new ManagedLoginBranding(web, 'Branding', { client: web });
    // Its sign-up page links both documents (Cognito shows them only when both exist).
    new TermsDocuments(web, 'Terms', {
      client: web,
      termsOfUse: {
        defaultUrl: `${SHOP_URL}/terms`,
        localizedUrls: [{ language: ManagedLoginLanguage.GERMAN, url: `${SHOP_URL}/de/agb` }],
      },
      privacyPolicy: {
        defaultUrl: `${SHOP_URL}/privacy`,
        localizedUrls: [{ language: ManagedLoginLanguage.GERMAN, url: `${SHOP_URL}/de/datenschutz` }],
      },
    });

    // The reporting job: client credentials with a resource-server scope, and a secret.
    const reporting = new UserPoolClient(this, 'ReportingClient', {
      userPool,
      userPoolClientName: 'orders-reporting-job',
      generateSecret: true,
      oAuth: {
        flows: { clientCredentials: true },
        scopes: [cognito.OAuthScope.resourceServer(ordersApi, ordersRead)],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.minutes(15),
    });
    // The secret is Fn::GetAtt [ReportingClient, ClientSecret]: no custom resource reads it.
    const reportingSecret = new secretsmanager.Secret(this, 'ReportingClientSecret', {
      description: 'OAuth client credentials of the orders reporting job',
      secretObjectValue: {
        clientId: SecretValue.unsafePlainText(reporting.userPoolClientId),
        clientSecret: reporting.userPoolClientSecret,
        tokenEndpoint: SecretValue.unsafePlainText(`${domain.baseUrl()}/oauth2/token`),
      },
    });

    // The mobile app: SRP sign-in, tokens for 30 minutes, refresh tokens for 60 days, rotated.
    const mobile = new UserPoolClient(this, 'MobileClient', {
      userPool,
      userPoolClientName: 'shop-mobile',
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.minutes(30),
      accessTokenValidity: Duration.minutes(30),
      refreshTokenValidity: Duration.days(60),
      authSessionValidity: Duration.minutes(5),
      refreshTokenRotationGracePeriod: Duration.seconds(10),
    });

    // The back office, not switched yet: aws-cdk-lib's construct, checked by UserPoolClientChecks.
    const admin = userPool.addClient('AdminClient', {
      userPoolClientName: 'shop-back-office',
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.custom('https://api.shop.example.com/orders/orders.write')],
        callbackUrls: ['https://admin.shop.example.com/auth/callback'],
      },
      preventUserExistenceErrors: true,
    });
    new cognito.CfnManagedLoginBranding(this, 'AdminClientBranding', {
      userPoolId: userPool.userPoolId,
      clientId: admin.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: web.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: `${domain.baseUrl()}/login?client_id=${web.userPoolClientId}&response_type=code&redirect_uri=${SHOP_URL}/auth/callback` });
    new CfnOutput(this, 'ReportingClientSecretArn', { value: reportingSecret.secretArn });
    new CfnOutput(this, 'MobileClientId', { value: mobile.userPoolClientId });
  }
}

const app = new App();
new ShopAuthStack(app, 'ShopAuthStack', {
  description: 'cdk-cognito-user-pool-client example: a web, a machine, a mobile and a back-office app client',
});
// Every app client our construct did not make gets the same rules and deploy order.
Aspects.of(app).add(new UserPoolClientChecks());
app.synth();
