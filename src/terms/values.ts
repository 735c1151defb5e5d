/**
 * A language of managed login, for a terms document's link in that language.
 *
 * Amazon Cognito sends users to the link of their language, and to the default link
 * (`TermsDocument.defaultUrl`) when their language has none. The Cognito API also knows
 * `cognito:dutch`; CloudFormation's schema of `AWS::Cognito::Terms` does not, so it is not offered.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization
 */
export class ManagedLoginLanguage {
  /** English (`cognito:english`). */
  public static readonly ENGLISH = new ManagedLoginLanguage('cognito:english');
  /** French (`cognito:french`). */
  public static readonly FRENCH = new ManagedLoginLanguage('cognito:french');
  /** Spanish (`cognito:spanish`). */
  public static readonly SPANISH = new ManagedLoginLanguage('cognito:spanish');
  /** German (`cognito:german`). */
  public static readonly GERMAN = new ManagedLoginLanguage('cognito:german');
  /** Bahasa Indonesia (`cognito:bahasa-indonesia`). */
  public static readonly BAHASA_INDONESIA = new ManagedLoginLanguage('cognito:bahasa-indonesia');
  /** Italian (`cognito:italian`). */
  public static readonly ITALIAN = new ManagedLoginLanguage('cognito:italian');
  /** Japanese (`cognito:japanese`). */
  public static readonly JAPANESE = new ManagedLoginLanguage('cognito:japanese');
  /** Korean (`cognito:korean`). */
  public static readonly KOREAN = new ManagedLoginLanguage('cognito:korean');
  /** Portuguese, Brazil (`cognito:portuguese-brazil`). */
  public static readonly PORTUGUESE_BRAZIL = new ManagedLoginLanguage('cognito:portuguese-brazil');
  /** Chinese, simplified (`cognito:chinese-simplified`). */
  public static readonly CHINESE_SIMPLIFIED = new ManagedLoginLanguage('cognito:chinese-simplified');
  /** Chinese, traditional (`cognito:chinese-traditional`). */
  public static readonly CHINESE_TRADITIONAL = new ManagedLoginLanguage('cognito:chinese-traditional');

  /**
   * @param key the key of the link in `Links`
   */
  private constructor(public readonly key: string) {}

  /** The key of the link in `Links`. */
  public toString(): string {
    return this.key;
  }
}

/**
 * How Cognito enforces terms documents. The API takes one value today, `NONE`.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateTerms.html
 */
export class TermsEnforcement {
  /** Cognito links the documents from the sign-up page and enforces nothing more. */
  public static readonly NONE = new TermsEnforcement('NONE');

  /**
   * @param value the `Enforcement` value Cognito takes
   */
  private constructor(public readonly value: string) {}

  /** The `Enforcement` value. */
  public toString(): string {
    return this.value;
  }
}
