import type { LiteralView } from './tokens';

/*
 * What the rules read of an app client: the settings in effect, each value with the path where
 * its author wrote it and the value as written there (for messages). One description serves every
 * client, whoever made it: our construct describes its props (client/describe.ts), and the checks
 * describe a `CfnUserPoolClient` as CloudFormation will receive it (rules/checks/describe-cfn.ts).
 */

/** Who wrote a client's settings, which decides how its messages name them. */
export type ClientOrigin =
  /** our construct's props: `oAuth.callbackUrls[2]` */
  | 'construct'
  /** aws-cdk-lib's `UserPoolClient` (or `pool.addClient`), read from its L1: named as its props are, `oAuth.callbackUrls[2]` */
  | 'aws-cdk-lib'
  /** a raw `CfnUserPoolClient`: named as its properties are, `callbackUrLs[2]` */
  | 'l1';

/** Where its author wrote a setting, and what it shows in a message. */
export interface WrittenAt {
  /** The property as the author wrote it: `oAuth.callbackUrls[2]`, `callbackUrLs[2]`. */
  readonly path: string;
  /** The value as a message shows it (the value as written: a Duration, a struct, a string). */
  readonly shown: unknown;
}

/** A value as its author wrote it: where, and what it shows in a message. */
export interface Written<T> extends WrittenAt {
  /** The value the rules read. */
  readonly value: T;
}

/** A name or URL given in a list, with what its literal parts show. */
export interface WrittenText extends Written<string> {
  readonly view: LiteralView;
}

/** A list as its author wrote it. */
export interface WrittenList<T> {
  readonly path: string;
  /** The list as a message shows it. */
  readonly shown: unknown;
  /** Whether the list itself is a token: its items are unknown until deployment. */
  readonly token: boolean;
  /** The number of items written (1 for a token list). */
  readonly length: number;
  /** The items, each with its path (none for a token list). */
  readonly items: readonly T[];
}

/** A URL the URL rules read, and whether it is a redirect URI (a callback URL or the default redirect URI). */
export interface WrittenUrl extends WrittenText {
  readonly redirect: boolean;
}

/** A duration setting: its exact milliseconds, or the unit of a token duration. */
export interface WrittenDuration {
  readonly path: string;
  /** The duration as written: `Duration.seconds(330)`, or the amount and unit of an L1. */
  readonly shown: unknown;
  /** How it reads in a sentence: `330 seconds`. */
  readonly text: string;
  /** Its exact milliseconds, or undefined for a token. */
  readonly millis: number | undefined;
  /** The unit it is counted in (`minutes`), or undefined when that is a token too; the rules read it for a token only. */
  readonly tokenUnit?: string;
}

/** The OAuth flows a client allows. */
export interface OAuthFlowSettings {
  readonly authorizationCodeGrant: boolean;
  readonly implicitCodeGrant: boolean;
  readonly clientCredentials: boolean;
  /** Where the flows are written, and how a message shows them all. */
  readonly path: string;
  readonly shown: unknown;
  /** Whether the author left the flows to a default. */
  readonly defaulted: boolean;
  /** Whether OAuth is on and the flows are known to be none (Cognito needs at least one). */
  readonly missing: boolean;
  /** Where one flow is written, and how a message shows it. */
  readonly at: (flow: OAuthFlowName) => WrittenAt;
}

export type OAuthFlowName = 'authorizationCodeGrant' | 'implicitCodeGrant' | 'clientCredentials';

/** The sign-in flows (`ExplicitAuthFlows`) named in a client. */
export type AuthFlowName = 'userPassword' | 'adminUserPassword' | 'custom' | 'userSrp' | 'user' | 'refreshToken';

/** Analytics: the Pinpoint application by its ARN, or by its id with an external id and a role. */
export interface AnalyticsSettings {
  readonly path: string;
  /** The names of the fields given that choose the target (`{ applicationId, role }`), as written. */
  readonly targetFields: readonly string[];
  /** Whether the target is given by the application (its ARN), and whether each by-id field is. */
  readonly byApplication: boolean;
  readonly byId: readonly boolean[];
  readonly applicationId?: Written<string>;
  /** The role's ARN. */
  readonly roleArn?: Written<string>;
}

/** The token validities: the durations `TokenValidityUnits` gives the unit of. */
export type TokenValidityProperty = 'idTokenValidity' | 'accessTokenValidity' | 'refreshTokenValidity';

/** A duration property of a client. */
export type DurationProperty = TokenValidityProperty | 'authSessionValidity' | 'refreshTokenRotationGracePeriod';

/**
 * An app client's settings as the rules read them. Lists of the client's own values (scopes,
 * providers, URLs, attributes) come with the path of each item; `...InEffect` values are what
 * Cognito gets (defaults filled in), for the rules that compare the client with its pool.
 */
export interface ClientDescription {
  readonly origin: ClientOrigin;
  /** The id of the client's pool, as given (a token for a pool of the app). */
  readonly userPoolId: string;
  /** Whether OAuth is on. */
  readonly oAuthEnabled: boolean;
  readonly flows: OAuthFlowSettings;
  /** The scopes written, with their paths (none for a token list). */
  readonly scopes?: WrittenList<WrittenText>;
  /** `AllowedOAuthScopes` as Cognito gets them, while OAuth is on (defaults and implied `openid` included). */
  readonly scopeNamesInEffect: readonly string[];
  /** Whether OAuth is on and the scopes are known to be none. */
  readonly scopesMissing: boolean;
  readonly callbackUrls?: WrittenList<string>;
  readonly logoutUrls?: WrittenList<string>;
  readonly defaultRedirectUri?: Written<string>;
  /** The callback URLs as Cognito gets them (a placeholder included), while OAuth is on. */
  readonly callbackUrlsInEffect?: WrittenList<string>;
  /** Every URL written: callback URLs, logout URLs, the default redirect URI, in that order. */
  readonly urls: readonly WrittenUrl[];
  /** Where a placeholder callback URL stands in for the application's own. */
  readonly placeholderCallbackUrl?: Written<string | undefined>;
  /** The identity providers written, with their paths (none for a token list). */
  readonly providers?: WrittenList<WrittenText>;
  /** `SupportedIdentityProviders` as Cognito gets them. */
  readonly providerNamesInEffect: readonly string[];
  readonly generateSecret: boolean;
  /** The sign-in flows named, each where it is written. */
  readonly authFlow: (flow: AuthFlowName) => WrittenAt | undefined;
  /** Whether `ExplicitAuthFlows` is given (otherwise Cognito's default flows apply), as a list or as a token. */
  readonly authFlowsGiven: boolean;
  readonly readAttributes?: WrittenList<Written<string>>;
  readonly writeAttributes?: WrittenList<Written<string>>;
  readonly clientName?: Written<string>;
  readonly duration: (property: DurationProperty) => WrittenDuration | undefined;
  /** Whether refresh-token rotation is on, and where. */
  readonly rotation?: Written<unknown>;
  readonly preventUserExistenceErrors?: Written<boolean>;
  /** As written (the rules act on `true` and `false` only: a token is neither). */
  readonly enableTokenRevocation?: Written<unknown>;
  readonly contextData?: Written<unknown>;
  readonly analytics?: AnalyticsSettings;
  /**
   * What only our construct's props can say, for the rules that guard them: OAuth settings given
   * while `disableOAuth` is set; an empty callback URL list; a pool that cannot name its providers.
   */
  readonly construct?: ConstructOnlySettings;
}

/** Settings only our construct's props express. */
export interface ConstructOnlySettings {
  readonly oAuthWhileDisabled?: Written<unknown>;
  readonly emptyCallbackUrls?: Written<unknown>;
  readonly providersOfImportedPool?: Written<undefined>;
}
