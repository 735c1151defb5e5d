import type { TermsDocument } from './props';

/** The documents of `TermsDocuments`: the property, its `TermsName`, the id of its `CfnTerms`. */
export const TERMS_DOCUMENT_TYPES = [
  { property: 'termsOfUse', termsName: 'terms-of-use', constructId: 'TermsOfUse' },
  { property: 'privacyPolicy', termsName: 'privacy-policy', constructId: 'PrivacyPolicy' },
] as const;

/** The key of the link shown in languages without their own. */
export const DEFAULT_LINK_KEY = 'cognito:default';

/** `Links`: the default link and one per language. */
export function renderLinks(document: TermsDocument): Record<string, string> {
  const links: Record<string, string> = {};
  if (document.defaultUrl !== undefined) {
    links[DEFAULT_LINK_KEY] = document.defaultUrl;
  }
  for (const { language, url } of document.localizedUrls ?? []) {
    links[language.key] = url;
  }
  return links;
}
