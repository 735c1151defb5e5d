// The branding style of a client: one template test per option and default, one boundary test
// per documented limit, every violation at once.
import * as fs from 'fs';
import * as path from 'path';
import { CfnParameter, Errors } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { branding, linesOf, stackWithClient, templateOf } from './companion-support';
import { BrandingAssetBytes, BrandingAssetCategory, BrandingAssetExtension, BrandingColorMode, ManagedLoginBranding } from '../src';
import type { BrandingAsset } from '../src';
import { BRANDING_RULES, BRANDING_SCHEMA_RULE } from '../src/branding/rules';

const BRANDING = 'AWS::Cognito::ManagedLoginBranding';
const FILES = path.join(__dirname, '..', '.tmp', 'branding-files');

beforeAll(() => fs.mkdirSync(FILES, { recursive: true }));

/** A file of `size` bytes under .tmp/, its path. */
function fileOfSize(name: string, size: number): string {
  const file = path.join(FILES, name);
  fs.writeFileSync(file, Buffer.alloc(size, 0x5a));
  return file;
}

/** A logo asset with the given bytes. */
function logo(bytes?: BrandingAssetBytes, extra: Partial<BrandingAsset> = {}): BrandingAsset {
  return { category: BrandingAssetCategory.FORM_LOGO, colorMode: BrandingColorMode.LIGHT, extension: BrandingAssetExtension.PNG, bytes, ...extra };
}

/** Base64 text of exactly `length` characters (a multiple of 4). */
function base64OfLength(length: number): string {
  return 'QUJD'.repeat(length / 4);
}

function requirementOf(id: string): string {
  const rule = [BRANDING_SCHEMA_RULE, ...BRANDING_RULES].find((r) => r.id === id);
  if (!rule) {
    throw new Error(`no rule ${id}`);
  }
  return rule.requirement;
}

/** An error line: `<path>: <value> <requirement> (<detail>) [<id>]`. */
function line(id: string, pathAndValue: string, detail?: string, requirement = requirementOf(id)): string {
  return `${pathAndValue} ${requirement}${detail === undefined ? '' : ` (${detail})`} [${id}]`;
}

describe('template', () => {
  test('addManagedLoginBranding without options applies Cognito\'s provided style to the client', () => {
    const { stack, client } = stackWithClient();
    const style = client.addManagedLoginBranding('Branding');
    const template = Template.fromStack(stack);
    template.resourceCountIs(BRANDING, 1);
    template.hasResourceProperties(BRANDING, {
      UserPoolId: { Ref: Match.stringLikeRegexp('^Pool') },
      ClientId: { Ref: Match.stringLikeRegexp('^Client') },
      UseCognitoProvidedValues: true,
      Settings: Match.absent(),
      Assets: Match.absent(),
      ReturnMergedResources: Match.absent(),
    });
    expect(style.node.path).toBe('Stack/Client/Branding');
    expect(style.client).toBe(client);
    expect(stack.resolve(style.managedLoginBrandingId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^ClientBranding/), 'ManagedLoginBrandingId'] });
  });

  test('settings are passed as the JSON document, without Cognito\'s provided style', () => {
    const settings = { categories: { global: { colorSchemeMode: 'DARK' } }, componentClasses: { buttons: { borderRadius: 8 } } };
    templateOf(branding({ settings })).hasResourceProperties(BRANDING, { Settings: settings, UseCognitoProvidedValues: Match.absent(), Assets: Match.absent() });
  });

  test('an asset from inline Base64 is rendered with its category, color mode, extension and id', () => {
    const template = templateOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64('iVBORw0KGgo='), { resourceId: 'shop logo-1' })] }));
    template.hasResourceProperties(BRANDING, {
      Assets: [{ Category: 'FORM_LOGO', ColorMode: 'LIGHT', Extension: 'PNG', Bytes: 'iVBORw0KGgo=', ResourceId: 'shop logo-1' }],
      UseCognitoProvidedValues: Match.absent(),
    });
  });

  test('an asset from a file is rendered as the file\'s bytes in Base64', () => {
    const file = path.join(FILES, 'logo.svg');
    fs.writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const template = templateOf(branding({ assets: [logo(BrandingAssetBytes.fromFile(file), { extension: BrandingAssetExtension.SVG, colorMode: BrandingColorMode.DYNAMIC })] }));
    template.hasResourceProperties(BRANDING, {
      Assets: [{ Category: 'FORM_LOGO', ColorMode: 'DYNAMIC', Extension: 'SVG', Bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64') }],
    });
  });

  test('an asset without bytes is rendered without Bytes', () => {
    templateOf(branding({ assets: [logo()] })).hasResourceProperties(BRANDING, { Assets: [{ Category: 'FORM_LOGO', Bytes: Match.absent() }] });
  });

  test('every category, color mode and extension is rendered as Cognito\'s value', () => {
    const categories = Object.values(BrandingAssetCategory).filter((v) => v instanceof BrandingAssetCategory) as BrandingAssetCategory[];
    const modes = [BrandingColorMode.LIGHT, BrandingColorMode.DARK, BrandingColorMode.DYNAMIC];
    const extensions = [BrandingAssetExtension.ICO, BrandingAssetExtension.JPEG, BrandingAssetExtension.PNG, BrandingAssetExtension.SVG, BrandingAssetExtension.WEBP];
    const assets = categories.map((category, i) => ({ category, colorMode: modes[i % 3], extension: extensions[i % 5] }));
    const rendered = Object.values<any>(templateOf(branding({ assets })).findResources(BRANDING))[0].Properties.Assets;
    expect(rendered.map((a: any) => a.Category)).toEqual([
      'FAVICON_ICO', 'FAVICON_SVG', 'EMAIL_GRAPHIC', 'SMS_GRAPHIC', 'AUTH_APP_GRAPHIC', 'PASSWORD_GRAPHIC', 'PASSKEY_GRAPHIC', 'PAGE_HEADER_LOGO',
      'PAGE_HEADER_BACKGROUND', 'PAGE_FOOTER_LOGO', 'PAGE_FOOTER_BACKGROUND', 'PAGE_BACKGROUND', 'FORM_BACKGROUND', 'FORM_LOGO', 'IDP_BUTTON_ICON',
    ]);
    expect(rendered.slice(0, 5).map((a: any) => `${a.ColorMode} ${a.Extension}`)).toEqual(['LIGHT ICO', 'DARK JPEG', 'DYNAMIC PNG', 'LIGHT SVG', 'DARK WEBP']);
    expect(String(BrandingAssetCategory.PAGE_BACKGROUND)).toBe('PAGE_BACKGROUND');
    expect(`${BrandingColorMode.DARK} ${BrandingAssetExtension.WEBP}`).toBe('DARK WEBP');
  });

  test('useCognitoProvidedValues: false and returnMergedResources are rendered as given', () => {
    templateOf(branding({ useCognitoProvidedValues: false, returnMergedResources: true, settings: {} }))
      .hasResourceProperties(BRANDING, { UseCognitoProvidedValues: false, ReturnMergedResources: true, Settings: {} });
  });

  test('useCognitoProvidedValues: true alone is Cognito\'s provided style', () => {
    templateOf(branding({ useCognitoProvidedValues: true })).hasResourceProperties(BRANDING, { UseCognitoProvidedValues: true });
  });

  test('a CfnUserPoolClient is a client too', () => {
    const { stack, pool } = stackWithClient();
    const raw = new CfnUserPoolClient(stack, 'Raw', { userPoolId: pool.userPoolId });
    new ManagedLoginBranding(stack, 'RawBranding', { client: raw });
    Template.fromStack(stack).hasResourceProperties(BRANDING, { ClientId: { Ref: stack.getLogicalId(raw) }, UseCognitoProvidedValues: true });
  });

  test('Base64 in a token is not inspected', () => {
    const { stack, client } = stackWithClient();
    const bytes = new CfnParameter(stack, 'Logo').valueAsString;
    client.addManagedLoginBranding('Branding', { assets: [logo(BrandingAssetBytes.fromBase64(bytes))] });
    Template.fromStack(stack).hasResourceProperties(BRANDING, { Assets: [{ Bytes: { Ref: 'Logo' } }] });
  });
});

describe('boundaries', () => {
  test('branding-asset-count: 40 assets pass, 41 fail', () => {
    templateOf(branding({ assets: Array.from({ length: 40 }, () => logo()) }));
    expect(linesOf(branding({ assets: Array.from({ length: 41 }, () => logo()) }))).toEqual([line('branding-asset-count', 'assets: "41 assets"')]);
  });

  test('branding-asset-size: 1,000,000 characters of Base64 pass, 1,000,004 fail', () => {
    templateOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64(base64OfLength(1_000_000)))] }));
    expect(linesOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64(base64OfLength(1_000_004)))] })))
      .toEqual([line('branding-asset-size', 'assets[0].bytes: "1000004 characters"', '1000004 characters')]);
  });

  test('branding-asset-size: a file of 750,000 bytes passes, 750,001 bytes fail, named by its path', () => {
    templateOf(branding({ assets: [logo(BrandingAssetBytes.fromFile(fileOfSize('750000.png', 750_000)))] }));
    const big = fileOfSize('750001.png', 750_001);
    expect(linesOf(branding({ assets: [logo(BrandingAssetBytes.fromFile(big))] })))
      .toEqual([line('branding-asset-size', `assets[0].bytes: ${JSON.stringify(big)}`, '750001 bytes, 1000004 characters of Base64')]);
  });

  test('branding-template-size: the images\' Base64 in all up to 1,048,576 characters pass, more fail', () => {
    templateOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64(base64OfLength(1_000_000))), logo(BrandingAssetBytes.fromBase64(base64OfLength(48_576)))] }));
    expect(linesOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64(base64OfLength(1_000_000))), logo(BrandingAssetBytes.fromBase64(base64OfLength(48_580)))] })))
      .toEqual([line('branding-template-size', 'assets: "1048580 characters of Base64"')]);
  });

  test('branding-template-size: Base64 in a token counts for nothing', () => {
    const { stack, client } = stackWithClient();
    const bytes = new CfnParameter(stack, 'Logo').valueAsString;
    client.addManagedLoginBranding('Branding', {
      assets: [logo(BrandingAssetBytes.fromBase64(base64OfLength(1_000_000))), logo(BrandingAssetBytes.fromBase64(base64OfLength(48_576))), logo(BrandingAssetBytes.fromBase64(bytes))],
    });
    Template.fromStack(stack).hasResourceProperties(BRANDING, { Assets: Match.arrayWith([{ Category: 'FORM_LOGO', ColorMode: 'LIGHT', Extension: 'PNG', Bytes: { Ref: 'Logo' } }]) });
  });

  test('branding-asset-resource-id: 1 to 40 letters, digits, _, - and space', () => {
    templateOf(branding({ assets: [logo(undefined, { resourceId: 'a' }), logo(undefined, { resourceId: 'A_b- 9'.padEnd(40, 'x') })] }));
    expect(linesOf(branding({ assets: [logo(undefined, { resourceId: 'x'.repeat(41) }), logo(undefined, { resourceId: '' }), logo(undefined, { resourceId: 'a/b' }), logo(undefined, { resourceId: 'é' })] }))).toEqual([
      line('branding-asset-resource-id', `assets[0].resourceId: "${'x'.repeat(41)}"`),
      line('branding-asset-resource-id', 'assets[1].resourceId: ""'),
      line('branding-asset-resource-id', 'assets[2].resourceId: "a/b"'),
      line('branding-asset-resource-id', 'assets[3].resourceId: "é"'),
    ]);
  });

  test('branding-asset-base64: padded RFC 4648 text passes, anything else fails', () => {
    templateOf(branding({ assets: ['', 'QQ==', 'QUI=', 'QUJD', 'a+/9'].map((b) => logo(BrandingAssetBytes.fromBase64(b))) }));
    expect(linesOf(branding({ assets: ['QQ', 'QUJ', 'QU JD', 'QUJD!', 'data:image/png;base64,QUJD'].map((b) => logo(BrandingAssetBytes.fromBase64(b))) }))).toEqual([
      line('branding-asset-base64', 'assets[0].bytes: "QQ"'),
      line('branding-asset-base64', 'assets[1].bytes: "QUJ"'),
      line('branding-asset-base64', 'assets[2].bytes: "QU JD"'),
      line('branding-asset-base64', 'assets[3].bytes: "QUJD!"'),
      line('branding-asset-base64', 'assets[4].bytes: "data:image/png;base64,QUJD"'),
    ]);
  });

  test('branding-asset-base64: text up to 40 characters is shown whole, longer text cut to 37 and "..."', () => {
    expect(linesOf(branding({ assets: [logo(BrandingAssetBytes.fromBase64(`${'QUJD'.repeat(9)}QUJ!`)), logo(BrandingAssetBytes.fromBase64(`${'QUJD'.repeat(9)}QUJD!`))] }))).toEqual([
      line('branding-asset-base64', `assets[0].bytes: "${'QUJD'.repeat(9)}QUJ!"`),
      line('branding-asset-base64', `assets[1].bytes: "${'QUJD'.repeat(9)}Q..."`),
    ]);
  });
});

describe('errors', () => {
  test('branding-default-style-alone: Cognito\'s provided style with settings', () => {
    expect(linesOf(branding({ useCognitoProvidedValues: true, settings: {} }))).toEqual([line('branding-default-style-alone', 'useCognitoProvidedValues: true', 'settings given')]);
    expect(linesOf(branding({ useCognitoProvidedValues: true, settings: {}, assets: [logo()] }))).toEqual([line('branding-default-style-alone', 'useCognitoProvidedValues: true', 'settings given')]);
  });

  test('branding-default-style-with-assets: Cognito\'s provided style with assets is not rejected (deployed evidence), but warned of', () => {
    const { stack, client } = stackWithClient();
    client.addManagedLoginBranding('Branding', { useCognitoProvidedValues: true, assets: [logo(BrandingAssetBytes.fromBase64('iVBORw0KGgo='))] });
    Annotations.fromStack(stack).hasWarning('/Stack/Client/Branding', `useCognitoProvidedValues: true ${requirementOf('branding-default-style-with-assets')} (assets given) [ack: cdk-cognito-user-pool-client::branding-default-style-with-assets]`);
    Template.fromStack(stack).hasResourceProperties(BRANDING, { UseCognitoProvidedValues: true, Assets: [Match.objectLike({ Category: 'FORM_LOGO' })] });
  });

  test('a string for the settings object is our error', () => {
    expect(linesOf(branding({ settings: 'dark' }))).toEqual(['settings: "dark" must be an object [branding-known-properties]']);
  });

  test('branding-settings-object: settings must be an object, not a list', () => {
    expect(linesOf(branding({ settings: [{ a: 1 }] }))).toEqual([line('branding-settings-object', 'settings: [{"a":1}]')]);
  });

  test('branding-asset-file: a file that cannot be read is named with the reason', () => {
    const missing = path.join(FILES, 'missing.png');
    expect(linesOf(branding({ assets: [logo(BrandingAssetBytes.fromFile(missing))] }))).toEqual([line('branding-asset-file', `assets[0].bytes: ${JSON.stringify(missing)}`, 'ENOENT')]);
  });

  test('branding-asset-values: a value that is not a documented member, from JavaScript', () => {
    const lines = linesOf(branding({ assets: [{ category: 'LOGO', colorMode: 'LIGHT', extension: 'GIF' }] }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^assets\[0\]\.category: "LOGO" must be one of BrandingAssetCategory\.FAVICON_ICO, .*BrandingAssetCategory\.IDP_BUTTON_ICON \[branding-asset-values\]$/);
    expect(lines[1]).toBe('assets[0].colorMode: "LIGHT" must be one of BrandingColorMode.LIGHT, BrandingColorMode.DARK, BrandingColorMode.DYNAMIC [branding-asset-values]');
    expect(lines[2]).toBe('assets[0].extension: "GIF" must be one of BrandingAssetExtension.ICO, BrandingAssetExtension.JPEG, BrandingAssetExtension.PNG, BrandingAssetExtension.SVG, BrandingAssetExtension.WEBP [branding-asset-values]');
    expect(linesOf(branding({ assets: [{ colorMode: BrandingColorMode.DARK, extension: BrandingAssetExtension.PNG }] })))
      .toEqual([expect.stringMatching(/^assets\[0\]\.category: not set must be one of BrandingAssetCategory\.FAVICON_ICO, /)]);
  });

  test('every violation at once, in one error naming the construct', () => {
    const { client } = stackWithClient();
    expect(() => client.addManagedLoginBranding('Branding', {
      useCognitoProvidedValues: true,
      settings: {},
      assets: [logo(BrandingAssetBytes.fromBase64('QQ'), { resourceId: '' })],
    })).toThrow(/^ManagedLoginBranding has 3 invalid settings:\n {2}useCognitoProvidedValues: true .*\[branding-default-style-alone\]\n {2}assets\[0\]\.bytes: "QQ" .*\[branding-asset-base64\]\n {2}assets\[0\]\.resourceId: "" .*\[branding-asset-resource-id\]$/);
  });

  test('is a ValidationError of aws-cdk-lib, named after the construct and attached to it', () => {
    const { client } = stackWithClient();
    let caught: unknown;
    try {
      client.addManagedLoginBranding('Branding', { useCognitoProvidedValues: true, settings: {} });
    } catch (e) {
      caught = e;
    }
    expect(Errors.isValidationError(caught) && [caught.name, caught.constructPath]).toEqual(['ManagedLoginBrandingInvalidProps', 'Stack/Client/Branding']);
  });

  test('anything else where the assets belong, from JavaScript: an error, never a crash', () => {
    expect(linesOf(branding({ assets: ['logo.png', null, undefined, { ...logo(), bytes: null }] }))).toEqual([
      'assets[0]: "logo.png" must be an object [branding-known-properties]',
      'assets[1]: null must be an object [branding-known-properties]',
      'assets[2]: not set must be an object [branding-known-properties]',
      'assets[3].bytes: null must be an object (a struct) [branding-known-properties]',
    ]);
    templateOf(branding({ assets: [{ ...logo(), bytes: {} }] })).hasResourceProperties(BRANDING, { Assets: [{ Category: 'FORM_LOGO', Bytes: Match.absent() }] });
    const lines = linesOf(branding({ assets: [{ ...logo(), category: { value: 'FORM_LOGO' } }] }));
    expect(lines).toEqual([expect.stringMatching(/^assets\[0\]\.category: "\[object Object\]" must be one of BrandingAssetCategory\.FAVICON_ICO, /)]);
    expect(linesOf(branding({ assets: [{ ...logo(), category: 5, colorMode: null }] }))).toEqual([
      expect.stringMatching(/^assets\[0\]\.category: 5 must be one of BrandingAssetCategory\.FAVICON_ICO, /),
      'assets[0].colorMode: null must be one of BrandingColorMode.LIGHT, BrandingColorMode.DARK, BrandingColorMode.DYNAMIC [branding-asset-values]',
    ]);
  });

  test('branding-known-properties: unknown properties, wrong kinds and a missing client, from JavaScript', () => {
    expect(linesOf(branding({ assetz: [], returnMergedResources: 'yes', assets: [{ ...logo(), bytes: 'QUJD', extra: 1 }] }))).toEqual([
      'assetz: [] is not a property this library knows (known here: client, useCognitoProvidedValues, settings, assets, returnMergedResources) [branding-known-properties]',
      'returnMergedResources: "yes" must be a boolean [branding-known-properties]',
      'assets[0].bytes: "QUJD" must be an object (a struct) [branding-known-properties]',
      'assets[0].extra: 1 is not a property this library knows (known here: category, colorMode, extension, bytes, resourceId) [branding-known-properties]',
    ]);
    expect(linesOf(branding({ assets: [
      logo(BrandingAssetBytes.fromBase64(42 as never)),
      logo(BrandingAssetBytes.fromFile(42 as never)),
      { ...logo(), bytes: { file: 'logo.png' } },
    ] }))).toEqual([
      'assets[0].bytes.base64: 42 must be a string [branding-known-properties]',
      'assets[1].bytes.path: 42 must be a string [branding-known-properties]',
      'assets[2].bytes.file: "logo.png" is not a property this library knows (known here: path, base64) [branding-known-properties]',
    ]);
    expect([{ client: 'my-client' }, { useCognitoProvidedValues: 'yes' }, { settings: '{"a":1}' }, { assets: 'logo.png' }, { assets: [logo(undefined, { resourceId: 42 as never })] }]
      .map((options) => linesOf(branding(options)))).toEqual([
      ['client: "my-client" must be an object [branding-known-properties]'],
      ['useCognitoProvidedValues: "yes" must be a boolean [branding-known-properties]'],
      ['settings: "{\\"a\\":1}" must be an object [branding-known-properties]'],
      ['assets: "logo.png" must be a list of objects [branding-known-properties]'],
      ['assets[0].resourceId: 42 must be a string [branding-known-properties]'],
    ]);
    const { stack, pool } = stackWithClient();
    const notAClient = 'must be an IUserPoolClientRef, such as a UserPoolClient or CfnUserPoolClient (it has no userPoolClientRef.userPoolId and clientId strings) [branding-known-properties]';
    expect([{}, pool, { userPoolClientRef: { userPoolId: 'eu-west-1_abc' } }, null].map((c) => linesOf(branding({ client: c })))).toEqual([
      [`client: {} ${notAClient}`],
      [`client: Stack/Pool ${notAClient}`],
      [`client: {"userPoolClientRef":{"userPoolId":"eu-west-1_abc"}} ${notAClient}`],
      ['client: null must be an object [branding-known-properties]'],
    ]);
    expect(() => new ManagedLoginBranding(stack, 'NoClient', undefined as never))
      .toThrow(/client: not set is required: the app client \(an IUserPoolClientRef\) the style is for \[branding-known-properties\]/);
  });
});
