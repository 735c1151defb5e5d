/*
 * What the constructor of `TermsDocuments` calls: its rules and its rendering. Loaded with the
 * first documents (`termsConstruction` in terms-documents.ts), not when the library is imported:
 * an app that makes none never loads them.
 */
export { renderLinks, TERMS_DOCUMENT_TYPES } from './render';
export { TERMS_PROPERTY_NAMES, TERMS_RULES, TERMS_SCHEMA_RULE } from './rules';
export { propsViolations, reportViolations } from '../rules/engine';
