import { Resource } from 'aws-cdk-lib';
import { CfnManagedLoginBranding } from 'aws-cdk-lib/aws-cognito';
import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { Construct } from 'constructs';
import type * as construction from './construction';
import type { ManagedLoginBrandingProps } from './props';

/** The modules a style's construction needs (its rules, its rendering), loaded when the first style is made. */
function brandingConstruction(): typeof construction {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./construction');
}

/**
 * A client's managed login branding style: Cognito's provided style, or settings and images.
 * A client created through CloudFormation has no style until it gets one, and its managed login
 * pages are not available until then.
 *
 * @resource AWS::Cognito::ManagedLoginBranding
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingeditor.html
 */
export class ManagedLoginBranding extends Resource {
  /**
   * The id of the branding style.
   *
   * @attribute
   */
  public readonly managedLoginBrandingId: string;

  /**
   * The client the style is for.
   */
  public readonly client: cognitoRefs.IUserPoolClientRef;

  constructor(scope: Construct, id: string, props: ManagedLoginBrandingProps) {
    super(scope, id);
    const { encodeAssets, renderAssets, BRANDING_PROPERTY_NAMES, BRANDING_RULES, BRANDING_SCHEMA_RULE, propsViolations, reportViolations } = brandingConstruction();
    const given = props ?? ({} as ManagedLoginBrandingProps);
    const encoded = encodeAssets(given.assets);
    reportViolations(this, 'ManagedLoginBranding', propsViolations(BRANDING_SCHEMA_RULE, BRANDING_RULES, { props: given, encoded }), BRANDING_PROPERTY_NAMES);

    const useDefaults = given.useCognitoProvidedValues ?? (given.settings === undefined && given.assets === undefined);
    const resource = new CfnManagedLoginBranding(this, 'Resource', {
      userPoolId: given.client.userPoolClientRef.userPoolId,
      clientId: given.client.userPoolClientRef.clientId,
      useCognitoProvidedValues: useDefaults ? true : given.useCognitoProvidedValues,
      settings: given.settings,
      assets: renderAssets(given.assets, encoded),
      returnMergedResources: given.returnMergedResources,
    });
    this.managedLoginBrandingId = resource.attrManagedLoginBrandingId;
    this.client = given.client;
  }
}
