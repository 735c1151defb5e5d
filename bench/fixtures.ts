/**
 * What the benchmark builds: one stack with one user pool (and its domain) and N app clients, made by one of three
 * implementations with the same settings.
 */
import { App, Aspects, CfnOutput, Duration, Resource, SecretValue, Stack } from 'aws-cdk-lib';
import type { IAspect } from 'aws-cdk-lib';
import {
  CfnUserPoolClient, OAuthScope, ResourceServerScope, UserPool, UserPoolClient as CdkUserPoolClient,
  UserPoolClientIdentityProvider, UserPoolIdentityProviderOidc,
} from 'aws-cdk-lib/aws-cognito';
import type { UserPoolClientProps } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/**
 * The implementations compared, in the order the report lists them. `cdk-checks` is aws-cdk-lib's
 * construct with our `UserPoolClientChecks` applied at the app: what the checks cost a team that
 * keeps aws-cdk-lib's construct.
 */
export const IMPLEMENTATIONS = ['minimal', 'cdk', 'cdk-checks', 'ours'] as const;
export type Implementation = typeof IMPLEMENTATIONS[number];

export const IMPLEMENTATION_NAMES: Record<Implementation, string> = {
  'minimal': 'minimal L2',
  'cdk': 'aws-cdk-lib',
  'cdk-checks': 'aws-cdk-lib + UserPoolClientChecks',
  'ours': 'ours',
};

/**
 * - `best-practice`: the props a well-configured web client has (nothing warns); the budgets read it.
 * - `default-props`: the same, with `preventUserExistenceErrors` left at its default (ours warns).
 * - `secret`: best practice with `generateSecret: true`, each secret read into a stack output.
 * - `whole-app`: best practice on a pool with 50 resource servers and 20 identity providers; each
 *   client names one provider and one resource-server scope by string.
 */
export const SCENARIOS = ['best-practice', 'default-props', 'secret', 'whole-app'] as const;
export type Scenario = typeof SCENARIOS[number];

export const RESOURCE_SERVERS = 50;
export const IDENTITY_PROVIDERS = 20;

/** Id of the stack; its template is read back to count resources. */
export const STACK_NAME = 'BenchStack';

/** The part of our package's API the benchmark uses: the same constructor as aws-cdk-lib's, and the checks for other clients. */
export interface OurPackage {
  readonly UserPoolClient: new (scope: Construct, id: string, props: UserPoolClientProps) => { readonly userPoolClientSecret: SecretValue };
  readonly UserPoolClientChecks: new () => IAspect;
}

type CfnUserPoolClientProps = ConstructorParameters<typeof CfnUserPoolClient>[2];

/**
 * The L2 floor: a `Resource` holding a `CfnUserPoolClient` (id `Resource`) whose properties are
 * computed beforehand: no validation, no defaults, no warnings.
 */
export class MinimalUserPoolClient extends Resource {
  public readonly userPoolClientId: string;
  private readonly resource: CfnUserPoolClient;

  constructor(scope: Construct, id: string, props: CfnUserPoolClientProps) {
    super(scope, id);
    this.resource = new CfnUserPoolClient(this, 'Resource', props);
    this.userPoolClientId = this.resource.ref;
  }

  /** The secret, as our construct reads it: `Fn::GetAtt [<client>, ClientSecret]`. */
  public get userPoolClientSecret(): SecretValue {
    return SecretValue.resourceAttribute(this.resource.attrClientSecret);
  }
}

/** The provider and resource-server scope client `i` names in the whole-app scenario. */
function wholeAppNames(i: number): { provider: string; scope: string } {
  return { provider: `Provider${i % IDENTITY_PROVIDERS}`, scope: `https://api${i % RESOURCE_SERVERS}.example.com/read` };
}

/** The L2 props of client `i`: authorization code grant, real callback URLs, SRP sign-in, exact token validities. */
export function l2Props(pool: UserPool, i: number, scenario: Scenario): UserPoolClientProps {
  const names = scenario === 'whole-app' ? wholeAppNames(i) : undefined;
  return {
    userPool: pool,
    userPoolClientName: `web-client-${i}`,
    generateSecret: scenario === 'secret',
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE, ...(names ? [OAuthScope.custom(names.scope)] : [])],
      callbackUrls: [`https://app${i}.example.com/oauth2/callback`, 'http://localhost:3000/oauth2/callback'],
      logoutUrls: [`https://app${i}.example.com/signed-out`],
    },
    supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO, ...(names ? [UserPoolClientIdentityProvider.custom(names.provider)] : [])],
    ...(scenario === 'default-props' ? {} : { preventUserExistenceErrors: true }),
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    authSessionValidity: Duration.minutes(5),
    enableTokenRevocation: true,
  };
}

/** The CloudFormation properties `l2Props` renders to: exactly what our construct renders (token validities in minutes, as aws-cdk-lib renders them). */
export function l1Props(pool: UserPool, i: number, scenario: Scenario): CfnUserPoolClientProps {
  const names = scenario === 'whole-app' ? wholeAppNames(i) : undefined;
  return {
    userPoolId: pool.userPoolId,
    clientName: `web-client-${i}`,
    generateSecret: scenario === 'secret',
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid', 'email', 'profile', ...(names ? [names.scope] : [])],
    callbackUrLs: [`https://app${i}.example.com/oauth2/callback`, 'http://localhost:3000/oauth2/callback'],
    logoutUrLs: [`https://app${i}.example.com/signed-out`],
    supportedIdentityProviders: ['COGNITO', ...(names ? [names.provider] : [])],
    ...(scenario === 'default-props' ? {} : { preventUserExistenceErrors: 'ENABLED' }),
    idTokenValidity: 60,
    accessTokenValidity: 60,
    refreshTokenValidity: 43_200,
    tokenValidityUnits: { idToken: 'minutes', accessToken: 'minutes', refreshToken: 'minutes' },
    authSessionValidity: 5,
    enableTokenRevocation: true,
  };
}

/**
 * The app: resource limit lifted, no version reporting (its `CDKMetadata` resource would be
 * counted), aws-cdk-lib's built-in CloudFormation template validation (2.27x) on or off.
 */
export function newApp(outdir: string, cfnValidation: boolean): App {
  // Spread: the property is unknown to aws-cdk-lib releases before the validator, which ignore it.
  const validation: Record<string, unknown> = { builtinCloudFormationValidation: cfnValidation };
  return new App({ outdir, analyticsReporting: false, ...validation, context: { '@aws-cdk/core:stackResourceLimit': 1_000_000 } });
}

/**
 * The pool, with a Cognito domain: a client with a browser flow needs one for its sign-in pages (ours
 * warns without it, `browser-flow-without-domain`), so a best-practice app has one.
 */
export function newPool(stack: Stack): UserPool {
  const pool = new UserPool(stack, 'Pool');
  pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'bench-app' } });
  return pool;
}

/** Resources in the template besides the clients and what they add: the pool and its domain. */
export const APP_RESOURCES = 2;

/** The whole-app scenario's pool: 50 resource servers with two scopes each, 20 OIDC providers. */
function populatePool(pool: UserPool): void {
  for (let k = 0; k < RESOURCE_SERVERS; k++) {
    pool.addResourceServer(`Api${k}`, {
      identifier: `https://api${k}.example.com`,
      scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'Read' }), new ResourceServerScope({ scopeName: 'write', scopeDescription: 'Write' })],
    });
  }
  for (let k = 0; k < IDENTITY_PROVIDERS; k++) {
    new UserPoolIdentityProviderOidc(pool, `Provider${k}`, {
      userPool: pool, name: `Provider${k}`, clientId: `client-${k}`, clientSecret: `secret-${k}`, issuerUrl: `https://idp${k}.example.com`,
    });
  }
}

/**
 * Builds a stack with a pool and N clients of one implementation; in the secret scenario each
 * secret becomes a stack output. For `cdk-checks`, `UserPoolClientChecks` is applied at the app,
 * as the README shows.
 */
export function buildStack(app: App, impl: Implementation, scenario: Scenario, n: number, ours: OurPackage): Stack {
  if (impl === 'cdk-checks') {
    Aspects.of(app).add(new ours.UserPoolClientChecks());
  }
  const stack = new Stack(app, STACK_NAME);
  const pool = newPool(stack);
  if (scenario === 'whole-app') {
    populatePool(pool);
  }
  for (let i = 0; i < n; i++) {
    const id = `Client${i}`;
    const client = impl === 'minimal' ? new MinimalUserPoolClient(stack, id, l1Props(pool, i, scenario))
      : impl === 'cdk' || impl === 'cdk-checks' ? new CdkUserPoolClient(stack, id, l2Props(pool, i, scenario))
        : new ours.UserPoolClient(stack, id, l2Props(pool, i, scenario));
    if (scenario === 'secret') {
      new CfnOutput(stack, `${id}Secret`, { value: client.userPoolClientSecret.unsafeUnwrap() });
    }
  }
  return stack;
}
