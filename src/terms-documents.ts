import { Resource } from 'aws-cdk-lib';
import { CfnTerms } from 'aws-cdk-lib/aws-cognito';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { Construct } from 'constructs';
import { renderLinks, TERMS_DOCUMENT_TYPES } from './render/terms';
import { TermsEnforcement } from './terms-values';
import type { ManagedLoginLanguage } from './terms-values';
import { validateCompanionProps } from './validation/companion-validate';
import { TERMS_RULES, TERMS_SCHEMA_RULE } from './validation/terms-rules';

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

/**
 * A client's terms documents: its terms of use and privacy policy, linked from the sign-up page
 * of managed login once the client has both. One `AWS::Cognito::Terms` per document
 * (`TermsOfUse`, `PrivacyPolicy`).
 *
 * @resource AWS::Cognito::Terms
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents
 */
export class TermsDocuments extends Resource {
  /**
   * The id of the terms of use, when given.
   *
   * @attribute
   */
  public readonly termsOfUseId?: string;

  /**
   * The id of the privacy policy, when given.
   *
   * @attribute
   */
  public readonly privacyPolicyId?: string;

  /**
   * The client the documents are for.
   */
  public readonly client: cognitoRefs.IUserPoolClientRef;

  constructor(scope: Construct, id: string, props: TermsDocumentsProps) {
    super(scope, id);
    const given = props ?? ({} as TermsDocumentsProps);
    validateCompanionProps(this, 'TermsDocuments', given, TERMS_SCHEMA_RULE, TERMS_RULES);

    const ids: Record<string, string> = {};
    for (const { property, termsName, constructId } of TERMS_DOCUMENT_TYPES) {
      const document = given[property];
      if (document === undefined) {
        continue;
      }
      const resource = new CfnTerms(this, constructId, {
        userPoolId: given.client.userPoolClientRef.userPoolId,
        clientId: given.client.userPoolClientRef.clientId,
        termsName,
        termsSource: 'LINK',
        enforcement: (given.enforcement ?? TermsEnforcement.NONE).value,
        links: renderLinks(document),
      });
      ids[property] = resource.attrTermsId;
    }
    this.termsOfUseId = ids.termsOfUse;
    this.privacyPolicyId = ids.privacyPolicy;
    this.client = given.client;
  }
}
