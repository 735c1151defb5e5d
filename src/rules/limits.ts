import { Duration } from 'aws-cdk-lib';
import { OAuthScope } from 'aws-cdk-lib/aws-cognito';
import { lazyRegExp } from './tokens';

/*
 * Documented limits and patterns, each with the reference page and field that gives it
 * (UserPoolClientType, CreateUserPoolClient, RefreshTokenRotationType, AnalyticsConfigurationType:
 * see sources.ts).
 */

/** Access and ID tokens: 5 minutes to 1 day (UserPoolClientType, TokenValidityUnits). */
export const ACCESS_ID_TOKEN_MIN = Duration.minutes(5);
export const ACCESS_ID_TOKEN_MAX = Duration.days(1);
/** Refresh tokens: 60 minutes to 10 years, 315360000 seconds (UserPoolClientType, TokenValidityUnits). */
export const REFRESH_TOKEN_MIN = Duration.minutes(60);
export const REFRESH_TOKEN_MAX = Duration.seconds(315_360_000);
/** Auth session: 3 to 15 minutes (CreateUserPoolClient, AuthSessionValidity). */
export const AUTH_SESSION_MIN = Duration.minutes(3);
export const AUTH_SESSION_MAX = Duration.minutes(15);
/** Refresh-token rotation grace period: 0 to 60 seconds (RefreshTokenRotationType). */
export const ROTATION_GRACE_MIN = Duration.seconds(0);
export const ROTATION_GRACE_MAX = Duration.seconds(60);
/** CallbackURLs and LogoutURLs: at most 100 items; each URL 1 to 1024 characters (UserPoolClientType). */
export const MAX_URLS = 100;
export const MAX_URL_LENGTH = 1024;
/** AllowedOAuthScopes: at most 50 items, each 1 to 256 characters (UserPoolClientType). */
export const MAX_SCOPES = 50;
export const MAX_SCOPE_LENGTH = 256;
/** SupportedIdentityProviders: each 1 to 32 characters (UserPoolClientType). */
export const MAX_PROVIDER_NAME_LENGTH = 32;
/** ClientName: 1 to 128 characters (UserPoolClientType). */
export const MAX_CLIENT_NAME_LENGTH = 128;
/** ReadAttributes and WriteAttributes: each 1 to 2048 characters (UserPoolClientType). */
export const MAX_ATTRIBUTE_LENGTH = 2048;

// Documented patterns, as runs of allowed characters (empty included), so that the literal parts of a
// string with tokens inside can be checked too. Printable ASCII (U+0021 to U+007E) is all letters,
// numbers, punctuation and symbols; U+0020 is a space separator (\p{Z}).
/** CallbackURLs, LogoutURLs, DefaultRedirectURI: `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`. */
export const URL_TEXT = lazyRegExp('^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*$', 'u', /^[\x21-\x7E]*$/);
/** SupportedIdentityProviders (ProviderNameType): `[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]+`: a provider name may hold spaces. */
export const PROVIDER_TEXT = lazyRegExp('^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]*$', 'u', /^[\x20-\x7E]*$/);
/**
 * The name of a provider that can be registered (CreateIdentityProvider, ProviderName,
 * ProviderNameTypeV2): `[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+`, 1 to 32 characters: at
 * least three characters, no spaces, an underscore only as the second character.
 */
export const REGISTERED_PROVIDER_NAME = lazyRegExp('^[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+$', 'u');
/** The providers Cognito names itself (CreateUserPoolClient, SupportedIdentityProviders). */
export const BUILT_IN_PROVIDERS = new Set(['COGNITO', 'Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon']);
/** AllowedOAuthScopes: `[\x21\x23-\x5B\x5D-\x7E]+`. */
export const SCOPE_TEXT = /^[\x21\x23-\x5B\x5D-\x7E]*$/;
/**
 * ClientName: `[\w\s+=,.@-]+`, with `\w` and `\s` as ASCII, as in Java: JavaScript's `\s` also
 * takes U+FEFF (which CloudFormation's schema refuses), U+00A0 and other Unicode spaces.
 */
export const CLIENT_NAME_TEXT = /^[\w \t\n\v\f\r+=,.@-]*$/;
/**
 * A custom scope: `<resourceServerIdentifier>/<scopeName>`. The scope name (ResourceServerScopeType,
 * ScopeName) is `[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+`, without `/`, so the last `/` separates the
 * two; the identifier (CreateResourceServer, Identifier) is non-empty and may hold `/` (an https URL).
 */
export function isCustomScope(name: string): boolean {
  const slash = name.lastIndexOf('/');
  return slash > 0 && slash < name.length - 1;
}
/** AnalyticsConfiguration.RoleArn (ArnType): 20 to 2048 characters. */
export const ARN_MIN_LENGTH = 20;
export const ARN_MAX_LENGTH = 2048;
/** AnalyticsConfiguration.RoleArn (ArnType), `\w` as ASCII (as in Java); its optional `([\w+=/,.@-]*)?` region written as the `[\w+=/,.@-]*` it matches. */
export const ARN_TEXT = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:[\w+=/,.@-]*:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;
/** AnalyticsConfiguration.ApplicationId: `^[0-9a-fA-F]+$`. */
export const APPLICATION_ID_TEXT = /^[0-9a-fA-F]*$/;
/** A URI scheme (RFC 3986 section 3.1) followed by its colon. */
export const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/**
 * The hosts a callback URL may name with `http` (with any port): "Amazon Cognito requires HTTPS over
 * HTTP except for callback URLs to http://localhost, http://127.0.0.1 and http://[::1]"
 * (CreateUserPoolClient, CallbackURLs).
 */
export const HTTP_LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The scopes Cognito defines itself; the client credentials grant takes none of them. */
export const BUILT_IN_SCOPES = new Set([OAuthScope.PHONE, OAuthScope.EMAIL, OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.COGNITO_ADMIN].map((s) => s.scopeName));

// A client's branding style (CreateManagedLoginBranding, AssetType, and CloudFormation's schema of
// AWS::Cognito::ManagedLoginBranding) and its terms documents (CreateTerms, LinksType).
/** Assets: at most 40 items (AssetListType; CloudFormation AssetList maxItems). */
export const MAX_ASSETS = 40;
/** Bytes: at most 1,000,000 characters of Base64 (CloudFormation BytesType maxLength; the API's AssetBytesType max 1000000). */
export const MAX_ASSET_BASE64_LENGTH = 1_000_000;
/** ResourceId: 1 to 40 characters of `^[\w\- ]+$` (ResourceIdType), `\w` as ASCII. */
export const MAX_RESOURCE_ID_LENGTH = 40;
export const RESOURCE_ID_TEXT = /^[A-Za-z0-9_\- ]*$/;
/** A template uploaded to S3 holds at most 1 MB (CloudFormation quotas: "Template body size in an Amazon S3 object"). */
export const MAX_TEMPLATE_BYTES = 1_048_576;
/** Base64 (RFC 4648 section 4), padded: AssetType Bytes is "Base64-encoded binary". */
export const BASE64_TEXT = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Links: each URL 1 to 1024 characters (LinkUrlType), of the pattern of `URL_TEXT`. */
export const MAX_TERMS_URL_LENGTH = 1024;
