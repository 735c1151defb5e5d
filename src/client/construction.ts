/*
 * What the constructor of `UserPoolClient` calls: the description of its props, their rules, the
 * rendering and the whole-app checks. Loaded with the first client (`clientConstruction` in
 * user-pool-client.ts), not when the library is imported: an app pays for them only if it makes
 * a client, and test/import-cost.test.ts holds the import to the library's classes.
 */
export { injectProps } from './property-injection';
export { PropsDescription } from './describe';
export { CLIENT_PROPERTY_NAMES, validateProps } from './validate';
export { renderClientProperties } from './render/client';
export { registerClientInApp } from '../rules/app/app-checks';
export { NOTHING_OUTSIDE_APP } from '../rules/app/client-in-app';
export { callerLanguage, getterName, propertyName } from '../rules/language';
