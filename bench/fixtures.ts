/**
 * What the benchmark builds: one stack with one user pool and N app clients, made by one of four
 * implementations, with the same (realistic) settings for every implementation.
 */
import { App, CfnOutput, Duration, Resource, SecretValue, Stack } from 'aws-cdk-lib';
import { CfnUserPoolClient, OAuthScope, UserPool, UserPoolClient as CdkUserPoolClient, UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolClientProps } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/** The implementations compared, in the order the report lists them. */
export const IMPLEMENTATIONS = ['l1', 'minimal', 'cdk', 'ours'] as const;
export type Implementation = typeof IMPLEMENTATIONS[number];

export const IMPLEMENTATION_NAMES: Record<Implementation, string> = {
  l1: 'raw CfnUserPoolClient (L1)',
  minimal: 'minimal L2 fixture',
  cdk: 'aws-cdk-lib UserPoolClient',
  ours: 'ours (cdk-cognito-user-pool-client)',
};

/** Plain clients, or clients with a generated secret that a stack output consumes. */
export const SCENARIOS = ['plain', 'secret'] as const;
export type Scenario = typeof SCENARIOS[number];

export const SCENARIO_NAMES: Record<Scenario, string> = {
  plain: 'plain clients',
  secret: 'generated secret, consumed',
};

/** Id of the stack; its template is read back to count resources. */
export const STACK_NAME = 'BenchStack';

/** The subset of our package's API the benchmark uses: the same constructor as aws-cdk-lib's. */
export interface OurPackage {
  readonly UserPoolClient: new (scope: Construct, id: string, props: UserPoolClientProps) => { readonly userPoolClientSecret: SecretValue };
}

/**
 * The L2 floor: a `Resource` that holds a `CfnUserPoolClient` with id `Resource` and properties
 * computed beforehand; no validation, no defaults, no warnings.
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

type CfnUserPoolClientProps = ConstructorParameters<typeof CfnUserPoolClient>[2];

/**
 * The L2 props of client `i`: a web application with the authorization code grant, two callback
 * URLs and one logout URL, OpenID scopes, SRP sign-in and token validities. The setting most
 * leave at its default (`preventUserExistenceErrors`) stays at it: our construct warns about it
 * (`user-existence-errors`), and that warning is part of its measured cost. `quiet` sets it to
 * true instead (no warning), to measure what the warning costs.
 */
export function l2Props(pool: UserPool, i: number, secret: boolean, quiet = false): UserPoolClientProps {
  return {
    ...(quiet ? { preventUserExistenceErrors: true } : {}),
    userPool: pool,
    userPoolClientName: `web-client-${i}`,
    generateSecret: secret,
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
      callbackUrls: [`https://app${i}.example.com/oauth2/callback`, 'http://localhost:3000/oauth2/callback'],
      logoutUrls: [`https://app${i}.example.com/signed-out`],
    },
    supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    authSessionValidity: Duration.minutes(5),
    enableTokenRevocation: true,
  };
}

/**
 * The CloudFormation properties that `l2Props` renders to: exactly what our construct renders
 * (token validities in minutes, as aws-cdk-lib renders them).
 */
export function l1Props(pool: UserPool, i: number, secret: boolean, quiet = false): CfnUserPoolClientProps {
  return {
    ...(quiet ? { preventUserExistenceErrors: 'ENABLED' } : {}),
    userPoolId: pool.userPoolId,
    clientName: `web-client-${i}`,
    generateSecret: secret,
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid', 'email', 'profile'],
    callbackUrLs: [`https://app${i}.example.com/oauth2/callback`, 'http://localhost:3000/oauth2/callback'],
    logoutUrLs: [`https://app${i}.example.com/signed-out`],
    supportedIdentityProviders: ['COGNITO'],
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
 * counted), aws-cdk-lib's built-in CloudFormation template validation on (its default) or off.
 */
export function newApp(outdir: string, cfnValidation: boolean): App {
  // `builtinCloudFormationValidation` came with aws-cdk-lib 2.27x; older versions have no such validation.
  const validation: Record<string, unknown> = { builtinCloudFormationValidation: cfnValidation };
  return new App({
    outdir,
    analyticsReporting: false,
    ...validation,
    context: { '@aws-cdk/core:stackResourceLimit': 1_000_000 },
  });
}

/** Builds N clients of one implementation into a new stack of `app`, consuming each secret (a stack output) in the secret scenario. */
export function buildStack(app: App, impl: Implementation, scenario: Scenario, n: number, ours: OurPackage, quiet = false): Stack {
  const stack = new Stack(app, STACK_NAME);
  const pool = new UserPool(stack, 'Pool');
  const secret = scenario === 'secret';
  for (let i = 0; i < n; i++) {
    const id = `Client${i}`;
    let value: string | undefined;
    switch (impl) {
      case 'l1': {
        const client = new CfnUserPoolClient(stack, id, l1Props(pool, i, secret, quiet));
        value = secret ? client.attrClientSecret : undefined;
        break;
      }
      case 'minimal': {
        const client = new MinimalUserPoolClient(stack, id, l1Props(pool, i, secret, quiet));
        value = secret ? client.userPoolClientSecret.unsafeUnwrap() : undefined;
        break;
      }
      case 'cdk': {
        const client = new CdkUserPoolClient(stack, id, l2Props(pool, i, secret, quiet));
        value = secret ? client.userPoolClientSecret.unsafeUnwrap() : undefined;
        break;
      }
      case 'ours': {
        const client = new ours.UserPoolClient(stack, id, l2Props(pool, i, secret, quiet));
        value = secret ? client.userPoolClientSecret.unsafeUnwrap() : undefined;
        break;
      }
    }
    if (value !== undefined) {
      new CfnOutput(stack, `${id}Secret`, { value });
    }
  }
  return stack;
}
