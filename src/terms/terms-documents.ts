import { Resource } from 'aws-cdk-lib';
import { CfnTerms } from 'aws-cdk-lib/aws-cognito';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { Construct } from 'constructs';
import type * as construction from './construction';
import type { TermsDocumentsProps } from './props';
import { TermsEnforcement } from './values';

/** The modules the documents' construction needs (their rules, their rendering), loaded when the first documents are made. */
function termsConstruction(): typeof construction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./construction');
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
    const { renderLinks, TERMS_DOCUMENT_TYPES, TERMS_PROPERTY_NAMES, TERMS_RULES, TERMS_SCHEMA_RULE, propsViolations, reportViolations } = termsConstruction();
    const given = props ?? ({} as TermsDocumentsProps);
    reportViolations(this, 'TermsDocuments', propsViolations(TERMS_SCHEMA_RULE, TERMS_RULES, given), TERMS_PROPERTY_NAMES);

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
