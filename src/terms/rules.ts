import { clientFindings, membersOf, schemaFindings, valueForMessage } from '../rules/companion';
import type { CompanionRule } from '../rules/companion';
import { found } from '../rules/rule';
import type { Finding } from '../rules/rule';
import { schemaPropertyNames } from '../rules/schema';
import type { StructSchema } from '../rules/schema';
import { MAX_TERMS_URL_LENGTH, URL_TEXT } from '../rules/limits';
import { API_CREATE_TERMS, CFN_TERMS, GUIDE_TERMS } from '../rules/sources';
import { LiteralView } from '../rules/tokens';
import { TERMS_DOCUMENT_TYPES } from './render';
import type { LocalizedTermsUrl, TermsDocument, TermsDocumentsProps } from './props';
import { ManagedLoginLanguage, TermsEnforcement } from './values';

const LANGUAGES = membersOf(ManagedLoginLanguage);
const ENFORCEMENTS = membersOf(TermsEnforcement);

const TERMS_DOCUMENT_SCHEMA: StructSchema<TermsDocument> = {
  defaultUrl: 'string',
  localizedUrls: 'object[]',
};

const TERMS_SCHEMA: StructSchema<TermsDocumentsProps> = {
  client: 'object',
  termsOfUse: TERMS_DOCUMENT_SCHEMA,
  privacyPolicy: TERMS_DOCUMENT_SCHEMA,
  enforcement: 'object',
};

/** The property names of the props, which messages spell in the caller's language. */
export const TERMS_PROPERTY_NAMES = schemaPropertyNames(TERMS_SCHEMA);

/** A link's fields; the kind of `language` is checked by `terms-language`. */
const LINK_SCHEMA: StructSchema<LocalizedTermsUrl> = {
  language: 'object',
  url: 'string',
};

/** Each document given, with its property name. */
function documentsOf(props: TermsDocumentsProps): Array<{ property: string; document: TermsDocument }> {
  return TERMS_DOCUMENT_TYPES
    .filter(({ property }) => props[property] !== undefined)
    .map(({ property }) => ({ property, document: props[property]! }));
}

/** Each link of each document given, with its path (none of a document that is not an object, which the schema rule reports). */
function localizedUrlsOf(props: TermsDocumentsProps): Array<{ path: string; link: LocalizedTermsUrl }> {
  return documentsOf(props).flatMap(({ property, document }) => {
    const links = (document as TermsDocument | null)?.localizedUrls;
    return (Array.isArray(links) ? links : []).map((link, i) => ({ path: `${property}.localizedUrls[${i}]`, link }));
  });
}

/** The rule that runs first: every property given is known, of the kind it takes. */
export const TERMS_SCHEMA_RULE: CompanionRule<TermsDocumentsProps> = {
  id: 'terms-known-properties',
  level: 'error',
  property: 'TermsDocuments: every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CFN_TERMS} (the properties of AWS::Cognito::Terms)`,
  check: (props) => [
    ...schemaFindings(props, TERMS_SCHEMA, '', { client: 'the app client (an IUserPoolClientRef) the documents are for' }, ['enforcement']),
    ...clientFindings(props.client),
    ...localizedUrlsOf(props).flatMap(({ path, link }) => {
      if (typeof link !== 'object' || link === null) {
        return [];
      }
      return schemaFindings(link, LINK_SCHEMA, path, { url: 'the URL of the document in that language' }, ['language']);
    }),
  ],
};

/**
 * The rules of a client's terms documents, in the order their violations are reported. Each is
 * documented in the README's "Validation" section, generated from this table.
 */
export const TERMS_RULES: ReadonlyArray<CompanionRule<TermsDocumentsProps>> = [
  {
    id: 'terms-link-required',
    level: 'error',
    property: 'TermsDocuments: termsOfUse, privacyPolicy',
    requirement: 'must give at least one link (defaultUrl or localizedUrls)',
    source: `${API_CREATE_TERMS} (Links: "Minimum number of 1 item")`,
    check: (props) => documentsOf(props).flatMap(({ property, document }) =>
      found(document.defaultUrl === undefined && (document.localizedUrls ?? []).length === 0, property, document)),
  },
  {
    id: 'terms-language',
    level: 'error',
    property: 'TermsDocuments: termsOfUse.localizedUrls[i].language, privacyPolicy.localizedUrls[i].language',
    requirement: 'must be a ManagedLoginLanguage, each language once per document',
    source: `${API_CREATE_TERMS} (Links: keys of pattern ^cognito:(default|...)$, a map: one link per language); ${CFN_TERMS} (Links: LinksType)`,
    check: (props) => {
      const findings: Finding[] = [];
      for (const { property, document } of documentsOf(props)) {
        const seen = new Set<unknown>();
        (document.localizedUrls ?? []).forEach((link, i) => {
          const path = `${property}.localizedUrls[${i}].language`;
          if (!LANGUAGES.has(link.language)) {
            findings.push({ path, value: valueForMessage(link.language), requirement: `must be one of ${[...LANGUAGES.values()].map((n) => `ManagedLoginLanguage.${n}`).join(', ')}` });
          } else if (seen.has(link.language)) {
            findings.push({ path, value: `ManagedLoginLanguage.${LANGUAGES.get(link.language)}`, requirement: 'is given twice: each language has one link per document' });
          }
          seen.add(link.language);
        });
      }
      return findings;
    },
  },
  {
    id: 'terms-url',
    level: 'error',
    property: 'TermsDocuments: termsOfUse.defaultUrl, termsOfUse.localizedUrls[i].url (and privacyPolicy\'s)',
    requirement: `must be 1 to ${MAX_TERMS_URL_LENGTH} characters of letters, marks, symbols, numbers and punctuation (no spaces or control characters)`,
    source: `${API_CREATE_TERMS} (Links: values of pattern ^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$, length 1 to 1024)`,
    check: (props) => {
      const urls = [
        ...documentsOf(props).filter(({ document }) => document.defaultUrl !== undefined).map(({ property, document }) => ({ path: `${property}.defaultUrl`, url: document.defaultUrl! })),
        ...localizedUrlsOf(props).map(({ path, link }) => ({ path: `${path}.url`, url: link.url })),
      ];
      return urls.flatMap(({ path, url }) => found(new LiteralView(url).breaksTextConstraint(MAX_TERMS_URL_LENGTH, URL_TEXT), path, url));
    },
  },
  {
    id: 'terms-enforcement',
    level: 'error',
    property: 'TermsDocuments: enforcement',
    requirement: `must be one of ${[...ENFORCEMENTS.values()].map((n) => `TermsEnforcement.${n}`).join(', ')}`,
    source: `${API_CREATE_TERMS} (Enforcement: "Valid Values: NONE")`,
    check: (props) => found(props.enforcement !== undefined && !ENFORCEMENTS.has(props.enforcement), 'enforcement', valueForMessage(props.enforcement)),
  },
  {
    id: 'terms-both-documents',
    level: 'warning',
    property: 'TermsDocuments: termsOfUse, privacyPolicy',
    requirement: 'is not given: Cognito shows terms documents on the sign-up page only when the client has both terms of use and a privacy policy',
    source: `${API_CREATE_TERMS} ("You must provide both types of terms documents in at least one language before Amazon Cognito displays your terms documents"); ${GUIDE_TERMS}`,
    check: (props) => TERMS_DOCUMENT_TYPES.flatMap(({ property }) => found(props[property] === undefined, property, undefined)),
  },
];
