import type { aws_cognito as cognitoRefs } from 'aws-cdk-lib/interfaces';
import type { BrandingAssetBytes, BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode } from './values';

/**
 * An image of a branding style: a logo, a background or an icon.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html
 */
export interface BrandingAsset {
  /**
   * The part of managed login the image is for.
   */
  readonly category: BrandingAssetCategory;

  /**
   * The display mode the image is for: Cognito shows a dark-mode image only in dark mode, a
   * `DYNAMIC` one in every mode.
   */
  readonly colorMode: BrandingColorMode;

  /**
   * The file type of the image.
   */
  readonly extension: BrandingAssetExtension;

  /**
   * The image: from a file, or inline in Base64. At most 1,000,000 characters of Base64 (an image
   * of at most 750,000 bytes).
   *
   * @default - no image bytes (Cognito keeps the image it has for this asset)
   */
  readonly bytes?: BrandingAssetBytes;

  /**
   * The id of the asset: 1 to 40 letters, digits, underscores, hyphens and spaces.
   *
   * @default - none
   */
  readonly resourceId?: string;
}

/**
 * The options of a client's branding style, for `UserPoolClient.addManagedLoginBranding`.
 */
export interface ManagedLoginBrandingOptions {
  /**
   * Apply the style Cognito provides (the default options, which you can change later in the
   * branding editor). Must not be combined with `settings`; with `assets` it is a warning (the API
   * reference says to leave them out, yet Cognito has been seen to keep them).
   *
   * @default - true when neither `settings` nor `assets` is given, otherwise false
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html
   */
  readonly useCognitoProvidedValues?: boolean;

  /**
   * The style's settings: the JSON document the branding editor writes (`categories`,
   * `componentClasses`, `components`). Export a style from the editor (or
   * `DescribeManagedLoginBrandingByClient`) to start from. Cognito reserves `signUp`,
   * `instructions`, `sessionTimerDisplay` and `languageSelector` for future use.
   *
   * @default - no settings (Cognito's values)
   * @see https://docs.aws.amazon.com/cognito/latest/developerguide/managed-login-brandingeditor.html
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document: jsii's Map<String,Object> in every language
  readonly settings?: { [key: string]: any };

  /**
   * The style's images: logos, backgrounds and icons, at most 40.
   *
   * @default - no images
   * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html
   */
  readonly assets?: BrandingAsset[];

  /**
   * Return, in the resource's attributes, the values left at Cognito's defaults too.
   *
   * @default - only the values set are returned
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-managedloginbranding.html
   */
  readonly returnMergedResources?: boolean;
}

/**
 * Properties of a client's branding style.
 */
export interface ManagedLoginBrandingProps extends ManagedLoginBrandingOptions {
  /**
   * The app client the style is for (its user pool is the client's). A client has at most one
   * style.
   */
  readonly client: cognitoRefs.IUserPoolClientRef;
}
