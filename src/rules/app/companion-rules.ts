import { NONE } from '../rule';
import type { Finding, RuleOf } from '../rule';
import { API_CREATE_BRANDING, API_CREATE_CLIENT, API_CREATE_TERMS } from '../sources';
import type { CompanionFacts, DomainFacts } from './pool-index';

/**
 * A client with the constructs of the app that belong to it: its branding styles and terms
 * documents (ours and raw L1s), and the domains of its pool. Read whether or not the app defines
 * the client's pool.
 */
export interface ClientWithCompanions {
  /** Whether a flow that redirects a browser (authorization code or implicit grant) is on. */
  readonly browserFlow: boolean;
  readonly brandings: readonly CompanionFacts[];
  readonly terms: readonly CompanionFacts[];
  readonly domains: readonly DomainFacts[];
}

/** A rule on a client's branding style and terms documents in its app: runs when the app synthesizes. */
export type CompanionAppRule = RuleOf<ClientWithCompanions>;

const TERMS_PROPERTIES: Record<string, string> = { 'terms-of-use': 'termsOfUse', 'privacy-policy': 'privacyPolicy' };

/**
 * The whole-app rules of a client's branding style and terms documents, in the order their
 * violations are reported. Each is documented in the README's "Validation" section.
 */
export const COMPANION_APP_RULES: readonly CompanionAppRule[] = [
  {
    id: 'branding-one-per-client',
    level: 'error',
    property: 'ManagedLoginBranding: client',
    requirement: 'must be the client of at most one branding style in the app (ManagedLoginBranding and CfnManagedLoginBranding together)',
    source: `${API_CREATE_BRANDING} (ManagedLoginBrandingExistsException: "you attempt to apply a managed login branding style to an app client that already has an assigned style")`,
    check: ({ brandings }) => brandings.length > 1
      ? [{ path: 'client', value: `${brandings.length} branding styles`, detail: brandings.map((b) => b.path).join(', ') }]
      : NONE,
  },
  {
    id: 'terms-document-once-per-client',
    level: 'error',
    property: 'TermsDocuments: termsOfUse, privacyPolicy',
    requirement: 'must be given once per client in the app (TermsDocuments and CfnTerms together)',
    source: `${API_CREATE_TERMS} (TermsExistsException: "Terms document names must be unique to the app client")`,
    // A name repeats only among two or more documents: most clients have none, and nothing is made for them.
    check: ({ terms }) => terms.length < 2 ? NONE : Object.entries(TERMS_PROPERTIES).flatMap(([termsName, property]): Finding[] => {
      const documents = terms.filter((t) => t.termsName === termsName);
      return documents.length > 1
        ? [{ path: property, value: `${documents.length} ${termsName} documents`, detail: documents.map((d) => d.path).join(', ') }]
        : [];
    }),
  },
  {
    id: 'managed-login-branding-missing',
    level: 'warning',
    property: 'UserPoolClient: oAuth.flows (addManagedLoginBranding)',
    requirement: 'of a client without a branding style, on a pool whose domain uses managed login (version 2): its managed login pages are not available; give it one with addManagedLoginBranding() on the client (Cognito\'s provided style) or a ManagedLoginBranding',
    source: `${API_CREATE_CLIENT} ("Managed login and classic hosted UI pages aren't available for your client until after you apply a branding style")`,
    check: ({ browserFlow, brandings, domains }) => {
      const domain = domains.find((d) => d.managedLoginVersion === 2);
      return browserFlow && brandings.length === 0 && domain !== undefined
        ? [{ path: 'oAuth.flows', value: 'a browser flow', detail: `domain ${domain.path}` }]
        : NONE;
    },
  },
];
