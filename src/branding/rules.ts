import { Token } from 'aws-cdk-lib';
import { clientFindings, membersOf, schemaFindings, valueForMessage } from '../rules/companion';
import type { CompanionRule } from '../rules/companion';
import { schemaPropertyNames } from '../rules/schema';
import type { StructSchema } from '../rules/schema';
import { BASE64_TEXT, MAX_ASSET_BASE64_LENGTH, MAX_ASSETS, MAX_RESOURCE_ID_LENGTH, MAX_TEMPLATE_BYTES, RESOURCE_ID_TEXT } from '../rules/limits';
import { found } from '../rules/rule';
import type { Finding } from '../rules/rule';
import { API_ASSET, API_CREATE_BRANDING, CFN_ASSET, CFN_BRANDING, CDK_PREFLIGHT_BRANDING, CFN_QUOTAS, TERRAFORM_BRANDING_ASSET_TEST } from '../rules/sources';
import { LiteralView } from '../rules/tokens';
import { BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode } from './values';
import type { BrandingAsset, ManagedLoginBrandingProps } from './props';
import type { EncodedBytes } from './render';

/** The values of the enum-like classes, by the class that holds them. */
const ASSET_VALUES = {
  category: { type: 'BrandingAssetCategory', members: membersOf(BrandingAssetCategory) },
  colorMode: { type: 'BrandingColorMode', members: membersOf(BrandingColorMode) },
  extension: { type: 'BrandingAssetExtension', members: membersOf(BrandingAssetExtension) },
} as const;

/** What the branding rules read: the props, and each asset's bytes as encoded (read once). */
export interface BrandingInput {
  readonly props: ManagedLoginBrandingProps;
  readonly encoded: readonly EncodedBytes[];
}

const BRANDING_SCHEMA: StructSchema<ManagedLoginBrandingProps> = {
  client: 'object',
  useCognitoProvidedValues: 'boolean',
  settings: 'object',
  assets: 'object[]',
  returnMergedResources: 'boolean',
};

/** The property names of the props, which messages spell in the caller's language. */
export const BRANDING_PROPERTY_NAMES = schemaPropertyNames(BRANDING_SCHEMA);

/** An asset's fields; the kinds of the three enum-like ones are checked by `branding-asset-values`. */
const ASSET_SCHEMA: StructSchema<BrandingAsset> = {
  category: 'object',
  colorMode: 'object',
  extension: 'object',
  bytes: { path: 'string', base64: 'string' },
  resourceId: 'string',
};

function assetsOf(props: ManagedLoginBrandingProps): readonly BrandingAsset[] {
  return Array.isArray(props.assets) ? props.assets : [];
}

/** The rule that runs first: every property given is known, of the kind it takes. */
export const BRANDING_SCHEMA_RULE: CompanionRule<BrandingInput> = {
  id: 'branding-known-properties',
  level: 'error',
  property: 'ManagedLoginBranding: every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CFN_BRANDING} (the properties of AWS::Cognito::ManagedLoginBranding)`,
  check: ({ props }) => [
    ...schemaFindings(props, BRANDING_SCHEMA, '', { client: 'the app client (an IUserPoolClientRef) the style is for' }),
    ...clientFindings(props.client),
    ...assetsOf(props).flatMap((asset, i) => {
      if (typeof asset !== 'object' || asset === null) {
        return [];
      }
      return schemaFindings(asset, ASSET_SCHEMA, `assets[${i}]`, {}, Object.keys(ASSET_VALUES));
    }),
  ],
};

/**
 * The rules of a branding style, in the order their violations are reported. Each is documented
 * in the README's "Validation" section, generated from this table.
 */
export const BRANDING_RULES: ReadonlyArray<CompanionRule<BrandingInput>> = [
  {
    id: 'branding-default-style-alone',
    level: 'error',
    property: 'ManagedLoginBranding: useCognitoProvidedValues',
    requirement: 'must not be true together with settings (Cognito\'s provided style takes no settings)',
    source: `${API_CREATE_BRANDING} (UseCognitoProvidedValues: "When you specify true for this option, you must also omit values for Settings and Assets"); `
      + `${CDK_PREFLIGHT_BRANDING} (a measured deploy: "useCognitoProvidedValues or settings should be specified (but not both)"; assets: see branding-default-style-with-assets)`,
    check: ({ props }) => found(props.useCognitoProvidedValues === true && props.settings !== undefined, 'useCognitoProvidedValues', true, 'settings given'),
  },
  {
    id: 'branding-default-style-with-assets',
    level: 'warning',
    property: 'ManagedLoginBranding: useCognitoProvidedValues',
    requirement: 'is true together with assets: the API reference says to leave assets out of Cognito\'s provided style, though Cognito has been seen to keep them; check that the style shows your images, or give settings instead of useCognitoProvidedValues',
    source: `${API_CREATE_BRANDING} (UseCognitoProvidedValues: "When you specify true for this option, you must also omit values for Settings and Assets"); `
      + `against it, ${TERRAFORM_BRANDING_ASSET_TEST} (TestAccCognitoIDPManagedLoginBranding_asset applies use_cognito_provided_values = true with an asset against AWS and reads the asset back on import)`,
    check: ({ props }) => found(props.useCognitoProvidedValues === true && props.assets !== undefined, 'useCognitoProvidedValues', true, 'assets given'),
  },
  {
    id: 'branding-settings-object',
    level: 'error',
    property: 'ManagedLoginBranding: settings',
    requirement: 'must be a JSON object of settings (not a list)',
    source: `${API_CREATE_BRANDING} (Settings: "A JSON file, encoded as a Document type"); ${CFN_BRANDING} (Settings: Json object)`,
    check: ({ props }) => found(Array.isArray(props.settings), 'settings', props.settings),
  },
  {
    id: 'branding-asset-count',
    level: 'error',
    property: 'ManagedLoginBranding: assets',
    requirement: `must hold at most ${MAX_ASSETS} assets`,
    source: `${API_CREATE_BRANDING} (Assets: "Maximum number of 40 items")`,
    check: ({ props }) => found(assetsOf(props).length > MAX_ASSETS, 'assets', `${assetsOf(props).length} assets`),
  },
  {
    id: 'branding-asset-values',
    level: 'error',
    property: 'ManagedLoginBranding: assets[i].category, assets[i].colorMode, assets[i].extension',
    requirement: 'must be one of the documented values (a member of BrandingAssetCategory, BrandingColorMode or BrandingAssetExtension)',
    source: `${API_ASSET} (Category, ColorMode, Extension: "Valid Values")`,
    check: ({ props }) => assetsOf(props).flatMap((asset, i) => (Object.keys(ASSET_VALUES) as Array<keyof typeof ASSET_VALUES>).flatMap((key): Finding[] => {
      const { type, members } = ASSET_VALUES[key];
      const value = asset[key];
      return members.has(value) ? [] : [{
        path: `assets[${i}].${key}`,
        value: valueForMessage(value),
        requirement: `must be one of ${[...members.values()].map((name) => `${type}.${name}`).join(', ')}`,
      }];
    })),
  },
  {
    id: 'branding-asset-file',
    level: 'error',
    property: 'ManagedLoginBranding: assets[i].bytes',
    requirement: 'must name a file that can be read (BrandingAssetBytes.fromFile())',
    source: `${API_ASSET} (Bytes: "The image file, in Base64-encoded binary")`,
    check: ({ props, encoded }) => assetsOf(props).flatMap((asset, i) =>
      found(encoded[i].readError !== undefined, `assets[${i}].bytes`, asset.bytes?.path, encoded[i].readError)),
  },
  {
    id: 'branding-asset-base64',
    level: 'error',
    property: 'ManagedLoginBranding: assets[i].bytes',
    requirement: 'must be Base64 text (RFC 4648: A-Z, a-z, 0-9, + and /, padded with = to a multiple of 4 characters)',
    source: `${API_ASSET} (Bytes: "The image file, in Base64-encoded binary")`,
    check: ({ props }) => assetsOf(props).flatMap((asset, i) => {
      const base64 = asset.bytes?.base64;
      return found(typeof base64 === 'string' && !Token.isUnresolved(base64) && !BASE64_TEXT.test(base64), `assets[${i}].bytes`, shorten(base64));
    }),
  },
  {
    id: 'branding-asset-size',
    level: 'error',
    property: 'ManagedLoginBranding: assets[i].bytes',
    requirement: `must be at most ${withThousandsCommas(MAX_ASSET_BASE64_LENGTH)} characters of Base64 (an image of at most 750,000 bytes)`,
    source: `${CFN_ASSET} (Bytes: "Maximum: 1000000"); ${API_ASSET} (Bytes: "Maximum length of 1000000")`,
    check: ({ props, encoded }) => assetsOf(props).flatMap((asset, i) => {
      const length = knownLength(encoded[i]);
      const size = encoded[i].fileSize;
      return found(length > MAX_ASSET_BASE64_LENGTH, `assets[${i}].bytes`, asset.bytes?.path ?? `${length} characters`,
        size === undefined ? `${length} characters` : `${size} bytes, ${length} characters of Base64`);
    }),
  },
  {
    id: 'branding-asset-resource-id',
    level: 'error',
    property: 'ManagedLoginBranding: assets[i].resourceId',
    requirement: `must be 1 to ${MAX_RESOURCE_ID_LENGTH} characters of letters, digits, _, - and space`,
    source: `${API_ASSET} (ResourceId: pattern ^[\\w\\- ]+$)`,
    check: ({ props }) => assetsOf(props).flatMap((asset, i) =>
      found(asset.resourceId !== undefined && new LiteralView(asset.resourceId).breaksTextConstraint(MAX_RESOURCE_ID_LENGTH, RESOURCE_ID_TEXT),
        `assets[${i}].resourceId`, asset.resourceId)),
  },
  {
    id: 'branding-template-size',
    level: 'error',
    property: 'ManagedLoginBranding: assets',
    requirement: 'must fit a CloudFormation template: the images\' Base64 text, in all, must be at most 1 MB (1,048,576 characters)',
    source: `${CFN_QUOTAS} (template body size in an Amazon S3 object: 1 MB); ${API_CREATE_BRANDING} ("This operation has a 2-megabyte request-size limit")`,
    check: ({ encoded }) => {
      const total = encoded.reduce((sum, bytes) => sum + knownLength(bytes), 0);
      return found(total > MAX_TEMPLATE_BYTES, 'assets', `${total} characters of Base64`);
    },
  },
];

/** The length of Base64 text known at synth (a token's is not). */
function knownLength(bytes: EncodedBytes): number {
  return bytes.base64 === undefined || Token.isUnresolved(bytes.base64) ? 0 : bytes.base64.length;
}

/**
 * A number with commas between groups of three digits (1,000,000). Not `toLocaleString('en-US')`,
 * whose first call loads the ICU number formatting: 10 to 30 ms at every import of the library.
 */
function withThousandsCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Long Base64 text, cut for a message. */
function shorten(text: string | undefined): string | undefined {
  return text !== undefined && text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
