import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { ManagedLoginLanguage, TermsEnforcement } from './values';

/**
 * The link of a terms document in one language.
 */
export interface LocalizedTermsUrl {
  /**
   * The language of managed login that shows this link.
   */
  readonly language: ManagedLoginLanguage;

  /**
   * The URL of the document in that language: 1 to 1024 characters, without spaces.
   */
  readonly url: string;
}

/**
 * A terms document (terms of use, or a privacy policy): its links, one per language.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents
 */
export interface TermsDocument {
  /**
   * The link shown in every language without its own link (`cognito:default`).
   *
   * @default - no default link: users whose language has no link in `localizedUrls` see none
   */
  readonly defaultUrl?: string;

  /**
   * Links for given languages of managed login, each language at most once.
   *
   * @default - only the default link
   */
  readonly localizedUrls?: LocalizedTermsUrl[];
}

/**
 * The terms documents of a client, for `UserPoolClient.addTerms`.
 */
export interface TermsDocumentsOptions {
  /**
   * The terms of use (`terms-of-use`).
   *
   * @default - none; Cognito shows terms documents only when a client has both
   */
  readonly termsOfUse?: TermsDocument;

  /**
   * The privacy policy (`privacy-policy`).
   *
   * @default - none; Cognito shows terms documents only when a client has both
   */
  readonly privacyPolicy?: TermsDocument;

  /**
   * How Cognito enforces the documents.
   *
   * @default TermsEnforcement.NONE
   */
  readonly enforcement?: TermsEnforcement;
}

/**
 * Properties of a client's terms documents.
 */
export interface TermsDocumentsProps extends TermsDocumentsOptions {
  /**
   * The app client the documents are for (its user pool is the client's).
   */
  readonly client: cognitoRefs.IUserPoolClientRef;
}
