import { Annotations, Token } from 'aws-cdk-lib';
import { CfnManagedLoginBranding, CfnTerms, CfnUserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { IConstruct } from 'constructs';
import { WARNING_ID_PREFIX } from './validate';

// Sources, cited by every rule.
const API_CREATE_BRANDING = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateManagedLoginBranding.html';
const API_CREATE_CLIENT = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html';
const API_CREATE_TERMS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateTerms.html';

/** What the whole-app rules know of one client. */
export interface ClientInApp {
  /** The client construct (warnings go there). */
  readonly construct: IConstruct;
  /** The client's id: the `Ref` of its `CfnUserPoolClient` (a token). */
  readonly clientId: string;
  /** The id of its user pool (a token, or a literal for an imported pool). */
  readonly userPoolId: string;
  /** Whether a flow that redirects a browser (authorization code or implicit grant) is on. */
  readonly browserFlow: boolean;
}

/** What the whole-app rules read of the app: every style, terms document and domain, raw L1s included. */
export interface CompanionIndex {
  readonly brandings: ReadonlyArray<{ readonly path: string; readonly clientId?: string }>;
  readonly terms: ReadonlyArray<{ readonly path: string; readonly clientId?: string; readonly termsName: string }>;
  readonly domains: ReadonlyArray<{ readonly path: string; readonly userPoolId: string; readonly managedLoginVersion?: number }>;
}

/** One place in the app that breaks a whole-app rule. */
export interface AppFinding {
  /** The construct property, as the user wrote it. */
  readonly property: string;
  /** What was found. */
  readonly found: string;
}

/** A rule that needs the finished app: the same shape as the props rules, over a client in its app. */
export interface CompanionAppRule {
  readonly id: string;
  readonly level: 'error' | 'warning';
  readonly property: string;
  readonly requirement: string;
  readonly source: string;
  readonly check: (client: ClientInApp, index: CompanionIndex) => AppFinding[];
}

/** Whether two strings name the same value: equal text, tokens included (a token's text is stable). */
function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a === b;
}

/**
 * The whole-app rules of a client's branding style and terms documents. Each is documented in
 * the README's "Validation" section, generated from this table.
 */
export const COMPANION_APP_RULES: readonly CompanionAppRule[] = [
  {
    id: 'branding-one-per-client',
    level: 'error',
    property: 'ManagedLoginBranding: client',
    requirement: 'must have at most one branding style per client in the app (ManagedLoginBranding and CfnManagedLoginBranding together)',
    source: `${API_CREATE_BRANDING} (ManagedLoginBrandingExistsException: "you attempt to apply a managed login branding style to an app client that already has an assigned style")`,
    check: (client, index) => {
      const styles = index.brandings.filter((b) => same(b.clientId, client.clientId));
      return styles.length > 1 ? [{ property: 'client', found: `${styles.length} branding styles (${styles.map((s) => s.path).join(', ')})` }] : [];
    },
  },
  {
    id: 'terms-document-once-per-client',
    level: 'error',
    property: 'TermsDocuments: termsOfUse, privacyPolicy',
    requirement: 'must be given once per client in the app (TermsDocuments and CfnTerms together)',
    source: `${API_CREATE_TERMS} (TermsExistsException: "Terms document names must be unique to the app client")`,
    check: (client, index) => ['terms-of-use', 'privacy-policy'].flatMap((termsName) => {
      const documents = index.terms.filter((t) => t.termsName === termsName && same(t.clientId, client.clientId));
      return documents.length > 1 ? [{ property: termsName === 'terms-of-use' ? 'termsOfUse' : 'privacyPolicy', found: `${documents.length} ${termsName} documents (${documents.map((d) => d.path).join(', ')})` }] : [];
    }),
  },
  {
    id: 'managed-login-branding-missing',
    level: 'warning',
    property: 'UserPoolClient (addManagedLoginBranding)',
    requirement: 'has no branding style, so its managed login pages are not available: give it one with client.addManagedLoginBranding(\'Branding\') (Cognito\'s provided style) or a ManagedLoginBranding',
    source: `${API_CREATE_CLIENT} ("Managed login and classic hosted UI pages aren't available for your client until after you apply a branding style")`,
    check: (client, index) => {
      if (!client.browserFlow || index.brandings.some((b) => same(b.clientId, client.clientId))) {
        return [];
      }
      const domain = index.domains.find((d) => same(d.userPoolId, client.userPoolId) && d.managedLoginVersion === 2);
      return domain ? [{ property: 'oAuth.flows', found: `a browser flow on a pool whose domain ${domain.path} uses managed login (version 2)` }] : [];
    },
  },
];

/** Every branding style, terms document and domain of the app that `scope` is in. */
export function indexCompanions(scope: IConstruct): CompanionIndex {
  const brandings: Array<CompanionIndex['brandings'][number]> = [];
  const terms: Array<CompanionIndex['terms'][number]> = [];
  const domains: Array<CompanionIndex['domains'][number]> = [];
  for (const node of scope.node.root.node.findAll()) {
    if (CfnManagedLoginBranding.isCfnManagedLoginBranding(node)) {
      brandings.push({ path: node.node.path, clientId: node.clientId });
    } else if (CfnTerms.isCfnTerms(node)) {
      terms.push({ path: node.node.path, clientId: node.clientId, termsName: node.termsName });
    } else if (CfnUserPoolDomain.isCfnUserPoolDomain(node)) {
      const version = node.managedLoginVersion;
      domains.push({ path: node.node.path, userPoolId: node.userPoolId, managedLoginVersion: typeof version === 'number' && !Token.isUnresolved(version) ? version : undefined });
    }
  }
  return { brandings, terms, domains };
}

/**
 * Checks a client against the whole-app rules when the app synthesizes: returns the error lines
 * (which fail synthesis, with the client's path) and adds the warnings to the client's L1.
 */
export function checkClientInApp(client: ClientInApp): string[] {
  const index = indexCompanions(client.construct);
  const errors: string[] = [];
  for (const rule of COMPANION_APP_RULES) {
    for (const finding of rule.check(client, index)) {
      const line = `${finding.property}: ${finding.found} ${rule.requirement} [${rule.id}]`;
      if (rule.level === 'error') {
        errors.push(line);
      } else {
        // On the client's L1: CDK finds an acknowledgement made before the warning only at an
        // ancestor of the construct warned, so the client, its stack and the app can acknowledge it.
        Annotations.of(client.construct.node.defaultChild ?? client.construct).addWarningV2(`${WARNING_ID_PREFIX}:${rule.id}`, line);
      }
    }
  }
  return errors;
}
