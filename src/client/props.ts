import type { Duration } from 'aws-cdk-lib';
import type {
  AnalyticsConfiguration,
  AuthFlow,
  ClientAttributes,
  OAuthSettings,
  UserPoolClientIdentityProvider,
} from 'aws-cdk-lib/aws-cognito';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';

// The structs of the props are aws-cdk-lib's own (`AuthFlow`, `OAuthSettings`, `OAuthFlows`,
// `AnalyticsConfiguration`), as are the value classes: in Python, Java, Go and C# a struct is
// its type, so an app written for aws-cdk-lib's `UserPoolClient` keeps every value it passes
// when it switches the import. Re-exported here for this library's modules only: the package's
// entry point (src/index.ts) does not export them.
export type { AnalyticsConfiguration, AuthFlow, OAuthFlows, OAuthSettings } from 'aws-cdk-lib/aws-cognito';

/**
 * Properties for the UserPoolClient construct.
 *
 * Field for field the same as `aws-cdk-lib`'s `UserPoolClientProps`. The options of
 * `aws-cdk-lib`'s `UserPool.addClient(id, options)` are these without `userPool`: see the README
 * for switching a client made with `addClient` while keeping its logical ID.
 */
export interface UserPoolClientProps {
  /**
   * The UserPool resource this client will have access to.
   */
  readonly userPool: cognitoRefs.IUserPoolRef;

  /**
   * Name of the application client.
   *
   * 1 to 128 characters of letters, digits, white space and `_+=,.@-`.
   *
   * @default - cloudformation generated name
   */
  readonly userPoolClientName?: string;

  /**
   * Whether to generate a client secret.
   *
   * @default false
   */
  readonly generateSecret?: boolean;

  /**
   * The set of OAuth authentication flows to enable on the client.
   *
   * `ALLOW_REFRESH_TOKEN_AUTH` is added to the flows given, unless refresh-token rotation is on.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow.html
   * @default - If you don't specify a value, your user client supports ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH, and ALLOW_CUSTOM_AUTH.
   */
  readonly authFlows?: AuthFlow;

  /**
   * Turns off all OAuth interactions for this client.
   *
   * @default false
   */
  readonly disableOAuth?: boolean;

  /**
   * OAuth settings for this client to interact with the app.
   *
   * An error is thrown when this is specified and `disableOAuth` is set.
   *
   * @default - see defaults in `OAuthSettings`. meaningless if disableOAuth is set.
   */
  readonly oAuth?: OAuthSettings;

  /**
   * Cognito creates a session token for each API request in an authentication flow.
   * AuthSessionValidity is the duration, in minutes, of that session token.
   * Valid duration is from 3 to 15 whole minutes.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html
   * @default - Duration.minutes(3)
   */
  readonly authSessionValidity?: Duration;

  /**
   * Whether Cognito returns a UserNotFoundException exception when the
   * user does not exist in the user pool (false), or whether it returns
   * another type of error that doesn't reveal the user's absence.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
   * @default false
   */
  readonly preventUserExistenceErrors?: boolean;

  /**
   * The list of identity providers that users should be able to use to sign in using this client.
   *
   * @default - supports all identity providers that are registered with the user pool. If the user pool and/or
   * identity providers are imported, either specify this option explicitly or ensure that the identity providers are
   * registered with the user pool using the `UserPool.registerIdentityProvider()` API.
   */
  readonly supportedIdentityProviders?: UserPoolClientIdentityProvider[];

  /**
   * Validity of the ID token.
   * Values between 5 minutes and 1 day are valid. The duration can not be longer than the refresh token validity.
   * Rendered in minutes, as `aws-cdk-lib` renders it, or in seconds when it is not a whole number of minutes.
   *
   * @see https://docs.aws.amazon.com/en_us/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html#amazon-cognito-user-pools-using-the-id-token
   * @default Duration.minutes(60)
   */
  readonly idTokenValidity?: Duration;

  /**
   * Validity of the refresh token.
   * Values between 60 minutes and 10 years are valid.
   * Rendered in minutes, as `aws-cdk-lib` renders it, or in seconds when it is not a whole number of minutes.
   *
   * @see https://docs.aws.amazon.com/en_us/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html#amazon-cognito-user-pools-using-the-refresh-token
   * @default Duration.days(30)
   */
  readonly refreshTokenValidity?: Duration;

  /**
   * Validity of the access token.
   * Values between 5 minutes and 1 day are valid. The duration can not be longer than the refresh token validity.
   * Rendered in minutes, as `aws-cdk-lib` renders it, or in seconds when it is not a whole number of minutes.
   *
   * @see https://docs.aws.amazon.com/en_us/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html#amazon-cognito-user-pools-using-the-access-token
   * @default Duration.minutes(60)
   */
  readonly accessTokenValidity?: Duration;

  /**
   * Turns on refresh-token rotation with this grace period: the time, 0 to 60 whole seconds,
   * during which the previous refresh token can still be used after a new one is issued.
   * With rotation on, `ALLOW_REFRESH_TOKEN_AUTH` is not added to the auth flows.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html#using-the-refresh-token-rotation
   * @default - refresh-token rotation is off
   */
  readonly refreshTokenRotationGracePeriod?: Duration;

  /**
   * The set of attributes this client will be able to read.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-attribute-permissions-and-scopes
   * @default - all standard and custom attributes
   */
  readonly readAttributes?: ClientAttributes;

  /**
   * The set of attributes this client will be able to write.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-attribute-permissions-and-scopes
   * @default - all standard and custom attributes
   */
  readonly writeAttributes?: ClientAttributes;

  /**
   * Enable token revocation for this client.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/token-revocation.html#enable-token-revocation
   * @default true for new user pool clients
   */
  readonly enableTokenRevocation?: boolean;

  /**
   * Enable the propagation of additional user context data.
   * You can only activate enablePropagateAdditionalUserContextData in an app client that has a client secret.
   *
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-advanced-security.html#user-pool-settings-advanced-security-device-tracking
   * @default false for new user pool clients
   */
  readonly enablePropagateAdditionalUserContextData?: boolean;

  /**
   * The analytics configuration for this client.
   *
   * @default - no analytics configuration
   */
  readonly analytics?: AnalyticsConfiguration;
}

/**
 * Identity providers, resource server scopes and attributes that the client's user pool has
 * outside this app (created by hand, or by another app or tool).
 *
 * The checks that compare a client with the pool the app defines accept these names, and the
 * client gets no dependency on them.
 */
export interface ResourcesOutsideApp {
  /**
   * Names of identity providers of the pool that this app does not define (`'MyOIDC'`, `'Google'`).
   *
   * @default - none
   */
  readonly identityProviders?: string[];

  /**
   * Custom scopes (`resourceServerIdentifier/scopeName`) of resource servers of the pool that this
   * app does not define.
   *
   * @default - none
   */
  readonly scopes?: string[];

  /**
   * Attributes of the pool that this app does not define, as a client names them (`custom:tenant`).
   *
   * @default - none
   */
  readonly attributes?: string[];
}
