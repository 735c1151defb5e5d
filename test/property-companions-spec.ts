// Random branding styles and terms documents for the property tests: a plain-data description
// (easy to print and shrink) and the options it stands for. `validCompanions` makes only what
// Cognito accepts; `anyCompanions` mixes in every kind of invalid value.
import { CfnParameter } from 'aws-cdk-lib';
import type { Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { BrandingAssetBytes, BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode, ManagedLoginLanguage, TermsEnforcement } from '../src';
import type { BrandingAsset, ManagedLoginBrandingOptions, TermsDocument, TermsDocumentsOptions } from '../src';

/** The static members of an enum-like class (its private constructor keeps `instanceof` from typing them). */
const members = <T>(cls: object): T[] => Object.values(cls).filter((v): v is T => v instanceof (cls as new () => T));
export const CATEGORIES = members<BrandingAssetCategory>(BrandingAssetCategory);
export const COLOR_MODES = members<BrandingColorMode>(BrandingColorMode);
export const EXTENSIONS = members<BrandingAssetExtension>(BrandingAssetExtension);
export const LANGUAGES = members<ManagedLoginLanguage>(ManagedLoginLanguage);

/** An image: by index into the enum-like members, its bytes as Base64 text or a token. */
export interface AssetSpec {
  category: number;
  colorMode: number;
  extension: number;
  bytes?: string | 'token';
  resourceId?: string;
}

export interface BrandingSpec {
  useCognitoProvidedValues?: boolean;
  settings?: Record<string, unknown>;
  assets?: AssetSpec[];
  returnMergedResources?: boolean;
}

export interface DocumentSpec {
  defaultUrl?: string | 'token';
  localizedUrls?: Array<{ language: number; url: string }>;
}

export interface TermsSpec {
  termsOfUse?: DocumentSpec;
  privacyPolicy?: DocumentSpec;
  enforcement?: boolean;
}

export interface CompanionSpec {
  branding?: BrandingSpec;
  terms?: TermsSpec;
}

/** The options a spec stands for, with the parameters its tokens need made in `stack`. */
export function materializeCompanions(stack: Stack, spec: CompanionSpec): { branding?: ManagedLoginBrandingOptions; terms?: TermsDocumentsOptions } {
  let params = 0;
  const token = () => new CfnParameter(stack, `CompanionParam${params++}`, { type: 'String' }).valueAsString;
  const asset = (a: AssetSpec): BrandingAsset => ({
    category: CATEGORIES[a.category % CATEGORIES.length],
    colorMode: COLOR_MODES[a.colorMode % COLOR_MODES.length],
    extension: EXTENSIONS[a.extension % EXTENSIONS.length],
    bytes: a.bytes === undefined ? undefined : BrandingAssetBytes.fromBase64(a.bytes === 'token' ? token() : a.bytes),
    resourceId: a.resourceId,
  });
  const document = (d: DocumentSpec | undefined): TermsDocument | undefined => d && {
    defaultUrl: d.defaultUrl === 'token' ? `https://${token()}/terms` : d.defaultUrl,
    localizedUrls: d.localizedUrls?.map(({ language, url }) => ({ language: LANGUAGES[language % LANGUAGES.length], url })),
  };
  return {
    branding: spec.branding && { ...spec.branding, assets: spec.branding.assets?.map(asset) },
    terms: spec.terms && {
      termsOfUse: document(spec.terms.termsOfUse),
      privacyPolicy: document(spec.terms.privacyPolicy),
      enforcement: spec.terms.enforcement ? TermsEnforcement.NONE : undefined,
    },
  };
}

// ---------- valid pieces ----------

const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const validBase64 = fc.uint8Array({ maxLength: 96 }).map((bytes) => Buffer.from(bytes).toString('base64'));
const validResourceId = chars('abcXYZ019_- ', 1, 40);
const validAsset: fc.Arbitrary<AssetSpec> = fc.record({
  category: fc.nat(), colorMode: fc.nat(), extension: fc.nat(),
  bytes: fc.option(fc.oneof({ weight: 9, arbitrary: validBase64 }, { weight: 1, arbitrary: fc.constant<'token'>('token') }), { nil: undefined }),
  resourceId: fc.option(validResourceId, { nil: undefined }),
}, { requiredKeys: ['category', 'colorMode', 'extension'] });
const settingsDocument = fc.constantFrom<Record<string, unknown>>(
  {},
  { categories: { global: { colorSchemeMode: 'DARK', spacingDensity: 'REGULAR' } } },
  { categories: { form: { location: { horizontal: 'CENTER', vertical: 'CENTER' } } }, componentClasses: { buttons: { borderRadius: 8 } } },
);
const validBranding: fc.Arbitrary<BrandingSpec> = fc.oneof(
  fc.constant<BrandingSpec>({}),
  fc.constant<BrandingSpec>({ useCognitoProvidedValues: true }),
  fc.record({
    useCognitoProvidedValues: fc.option(fc.constant(false), { nil: undefined }),
    settings: fc.option(settingsDocument, { nil: undefined }),
    assets: fc.option(fc.oneof({ weight: 9, arbitrary: fc.array(validAsset, { maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(validAsset, { minLength: 40, maxLength: 40 }) }), { nil: undefined }),
    returnMergedResources: fc.option(fc.boolean(), { nil: undefined }),
  }, { requiredKeys: [] }),
);

const validTermsUrl = fc.oneof(
  chars('abcdefghijklmnopqrstuvwxyz0123456789/-._~é', 0, 30).map((p) => `https://shop.example.com/${p}`),
  fc.constant(`https://shop.example.com/${'a'.repeat(1024 - 'https://shop.example.com/'.length)}`),
  fc.constant('x'),
);
const validDocument: fc.Arbitrary<DocumentSpec> = fc.record({
  defaultUrl: fc.option(fc.oneof({ weight: 9, arbitrary: validTermsUrl }, { weight: 1, arbitrary: fc.constant<'token'>('token') }), { nil: undefined }),
  localizedUrls: fc.option(fc.uniqueArray(fc.record({ language: fc.nat({ max: LANGUAGES.length - 1 }), url: validTermsUrl }), { maxLength: LANGUAGES.length, selector: (l) => l.language }), { nil: undefined }),
}, { requiredKeys: [] }).filter((d) => d.defaultUrl !== undefined || (d.localizedUrls ?? []).length > 0);
const validTerms: fc.Arbitrary<TermsSpec> = fc.record({ termsOfUse: validDocument, privacyPolicy: validDocument, enforcement: fc.boolean() }, { requiredKeys: ['termsOfUse', 'privacyPolicy'] });

/** A branding style and terms documents Cognito accepts: the library must create them. */
export const validCompanions: fc.Arbitrary<CompanionSpec> = fc.record({ branding: validBranding, terms: validTerms }, { requiredKeys: [] });

// ---------- invalid pieces, for anyCompanions ----------

const anyBase64 = fc.oneof(validBase64, chars(B64 + '= !-_', 1, 12), fc.constant('data:image/png;base64,QUJD'));
const anyAsset: fc.Arbitrary<AssetSpec> = fc.record({
  category: fc.nat(), colorMode: fc.nat(), extension: fc.nat(),
  bytes: fc.option(anyBase64, { nil: undefined }),
  resourceId: fc.option(fc.oneof(validResourceId, fc.string({ maxLength: 42 }), fc.constant('x'.repeat(41))), { nil: undefined }),
}, { requiredKeys: ['category', 'colorMode', 'extension'] });
const anyBranding: fc.Arbitrary<BrandingSpec> = fc.record({
  useCognitoProvidedValues: fc.boolean(),
  settings: settingsDocument,
  assets: fc.oneof(fc.array(anyAsset, { maxLength: 4 }), fc.array(anyAsset, { minLength: 39, maxLength: 42 })),
  returnMergedResources: fc.boolean(),
}, { requiredKeys: [] });
const anyTermsUrl = fc.oneof(validTermsUrl, fc.constant(''), fc.constant('https://shop.example.com/a b'), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
  fc.constant(`https://shop.example.com/${'a'.repeat(1025 - 'https://shop.example.com/'.length)}`));
const anyDocument: fc.Arbitrary<DocumentSpec> = fc.record({
  defaultUrl: anyTermsUrl,
  localizedUrls: fc.array(fc.record({ language: fc.nat({ max: LANGUAGES.length - 1 }), url: anyTermsUrl }), { maxLength: 4 }),
}, { requiredKeys: [] });
const anyTerms: fc.Arbitrary<TermsSpec> = fc.record({ termsOfUse: anyDocument, privacyPolicy: anyDocument, enforcement: fc.boolean() }, { requiredKeys: [] });

/** Anything the types allow, valid or not: the library must create the constructs or throw a ValidationError. */
export const anyCompanions: fc.Arbitrary<CompanionSpec> = fc.oneof(
  validCompanions,
  fc.record({ branding: anyBranding, terms: anyTerms }, { requiredKeys: [] }),
  fc.record({ branding: validBranding, terms: anyTerms }, { requiredKeys: [] }),
  fc.record({ branding: anyBranding, terms: validTerms }, { requiredKeys: [] }),
);
