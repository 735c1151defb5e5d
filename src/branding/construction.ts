/*
 * What the constructor of `ManagedLoginBranding` calls: the reading of its images, its rules and
 * its rendering. Loaded with the first style (`brandingConstruction` in managed-login-branding.ts),
 * not when the library is imported: an app that makes no style never loads them.
 */
export { encodeAssets, renderAssets } from './render';
export { BRANDING_PROPERTY_NAMES, BRANDING_RULES, BRANDING_SCHEMA_RULE } from './rules';
export { propsViolations, reportViolations } from '../rules/engine';
