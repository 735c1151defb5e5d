/**
 * The part of managed login an image is for: a logo, a background, an icon.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html
 */
export class BrandingAssetCategory {
  /** The browser tab icon, as an ICO file. */
  public static readonly FAVICON_ICO = new BrandingAssetCategory('FAVICON_ICO');
  /** The browser tab icon, as an SVG file. */
  public static readonly FAVICON_SVG = new BrandingAssetCategory('FAVICON_SVG');
  /** The graphic of the email message MFA page. */
  public static readonly EMAIL_GRAPHIC = new BrandingAssetCategory('EMAIL_GRAPHIC');
  /** The graphic of the SMS message MFA page. */
  public static readonly SMS_GRAPHIC = new BrandingAssetCategory('SMS_GRAPHIC');
  /** The graphic of the authenticator app MFA page. */
  public static readonly AUTH_APP_GRAPHIC = new BrandingAssetCategory('AUTH_APP_GRAPHIC');
  /** The graphic of the password page. */
  public static readonly PASSWORD_GRAPHIC = new BrandingAssetCategory('PASSWORD_GRAPHIC');
  /** The graphic of the passkey page. */
  public static readonly PASSKEY_GRAPHIC = new BrandingAssetCategory('PASSKEY_GRAPHIC');
  /** The logo in the page header. */
  public static readonly PAGE_HEADER_LOGO = new BrandingAssetCategory('PAGE_HEADER_LOGO');
  /** The background of the page header. */
  public static readonly PAGE_HEADER_BACKGROUND = new BrandingAssetCategory('PAGE_HEADER_BACKGROUND');
  /** The logo in the page footer. */
  public static readonly PAGE_FOOTER_LOGO = new BrandingAssetCategory('PAGE_FOOTER_LOGO');
  /** The background of the page footer. */
  public static readonly PAGE_FOOTER_BACKGROUND = new BrandingAssetCategory('PAGE_FOOTER_BACKGROUND');
  /** The background of the whole page. */
  public static readonly PAGE_BACKGROUND = new BrandingAssetCategory('PAGE_BACKGROUND');
  /** The background of the sign-in form. */
  public static readonly FORM_BACKGROUND = new BrandingAssetCategory('FORM_BACKGROUND');
  /** The logo above the sign-in form. */
  public static readonly FORM_LOGO = new BrandingAssetCategory('FORM_LOGO');
  /** The icon of the buttons that sign in with an external identity provider. */
  public static readonly IDP_BUTTON_ICON = new BrandingAssetCategory('IDP_BUTTON_ICON');

  /**
   * @param value the `Category` value Cognito takes
   */
  private constructor(public readonly value: string) {}

  /** The `Category` value. */
  public toString(): string {
    return this.value;
  }
}

/**
 * The display mode an image is for: light, dark, or both (browser-adaptive).
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html
 */
export class BrandingColorMode {
  /** Shown in light mode. */
  public static readonly LIGHT = new BrandingColorMode('LIGHT');
  /** Shown in dark mode. */
  public static readonly DARK = new BrandingColorMode('DARK');
  /** Shown in every mode (browser-adaptive). */
  public static readonly DYNAMIC = new BrandingColorMode('DYNAMIC');

  /**
   * @param value the `ColorMode` value Cognito takes
   */
  private constructor(public readonly value: string) {}

  /** The `ColorMode` value. */
  public toString(): string {
    return this.value;
  }
}

/**
 * The file type of an image.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AssetType.html
 */
export class BrandingAssetExtension {
  /** An ICO icon. */
  public static readonly ICO = new BrandingAssetExtension('ICO');
  /** A JPEG image. */
  public static readonly JPEG = new BrandingAssetExtension('JPEG');
  /** A PNG image. */
  public static readonly PNG = new BrandingAssetExtension('PNG');
  /** An SVG image. */
  public static readonly SVG = new BrandingAssetExtension('SVG');
  /** A WebP image. */
  public static readonly WEBP = new BrandingAssetExtension('WEBP');

  /**
   * @param value the `Extension` value Cognito takes
   */
  private constructor(public readonly value: string) {}

  /** The `Extension` value. */
  public toString(): string {
    return this.value;
  }
}

/**
 * The bytes of an image: read from a file when the app synthesizes, or given inline in Base64.
 * They go into the template (CloudFormation takes them inline, Base64-encoded).
 */
export class BrandingAssetBytes {
  /**
   * The bytes of a file, read when the branding style is constructed.
   *
   * @param path the image file (relative paths are relative to the working directory)
   */
  public static fromFile(path: string): BrandingAssetBytes {
    return new BrandingAssetBytes(path, undefined);
  }

  /**
   * Bytes given inline, Base64-encoded (RFC 4648, with padding).
   *
   * @param base64 the image, Base64-encoded
   */
  public static fromBase64(base64: string): BrandingAssetBytes {
    return new BrandingAssetBytes(undefined, base64);
  }

  /** The file the bytes are read from, for `fromFile`. */
  public readonly path?: string;

  /** The bytes given inline, Base64-encoded, for `fromBase64`. */
  public readonly base64?: string;

  private constructor(path: string | undefined, base64: string | undefined) {
    this.path = path;
    this.base64 = base64;
  }
}
