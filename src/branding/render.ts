import * as fs from 'fs';
import type { CfnManagedLoginBranding } from 'aws-cdk-lib/aws-cognito';
import type { BrandingAsset } from './props';

/** An asset's bytes as the template takes them: Base64 text, or why a file could not be read. */
export interface EncodedBytes {
  /** The Base64 text (read from the file, or given inline); undefined without bytes or when the file could not be read. */
  readonly base64?: string;
  /** Why the file could not be read. */
  readonly readError?: string;
  /** The size of the file read, in bytes. */
  readonly fileSize?: number;
}

/**
 * The bytes of each asset, read once: a file's bytes Base64-encoded, inline Base64 as given
 * (no Base64 for an asset without bytes, or with something else where the bytes belong, which
 * the schema rule reports).
 */
export function encodeAssets(assets: readonly BrandingAsset[] | undefined): EncodedBytes[] {
  if (!Array.isArray(assets)) {
    return [];
  }
  return assets.map((asset: BrandingAsset | null | undefined) => {
    const bytes = asset?.bytes;
    if (typeof bytes?.path === 'string') {
      try {
        const content = fs.readFileSync(bytes.path);
        return { base64: content.toString('base64'), fileSize: content.length };
      } catch (error) {
        return { readError: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
    }
    return { base64: bytes?.base64 };
  });
}

/** `Assets`: one `AssetType` per asset, its bytes as encoded. */
export function renderAssets(assets: readonly BrandingAsset[] | undefined, encoded: readonly EncodedBytes[]): CfnManagedLoginBranding.AssetTypeProperty[] | undefined {
  return assets?.map((asset, i) => ({
    category: asset.category.value,
    colorMode: asset.colorMode.value,
    extension: asset.extension.value,
    bytes: encoded[i].base64,
    resourceId: asset.resourceId,
  }));
}
