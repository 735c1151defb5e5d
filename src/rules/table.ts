import { COMPANION_APP_RULES } from './app/companion-rules';
import { APP_RULES_OF_CLIENT } from './app/pool-rules';
import { NAME_RULES } from './props/names';
import { OAUTH_RULES } from './props/oauth';
import { SECRET_AND_ANALYTICS_RULES } from './props/secrets-analytics';
import { TOKEN_VALIDITY_RULES } from './props/token-validity';
import { URL_RULES } from './props/urls';
import { WARNING_RULES } from './props/warnings';
import type { AnyRule, Rule } from './rule';

export type { Finding, Rule } from './rule';

/**
 * The rules on a client's own props, in the order their violations are reported. They run when
 * the client is constructed, after `SCHEMA_RULE` has found every property of the kind it takes.
 * Each is documented in the README's "Validation" section, generated from this table.
 */
export const RULES: readonly Rule[] = [
  ...TOKEN_VALIDITY_RULES,
  ...OAUTH_RULES,
  ...URL_RULES,
  ...NAME_RULES,
  ...SECRET_AND_ANALYTICS_RULES,
  ...WARNING_RULES,
];

/**
 * The rules on a client in its app: they read the pool the client belongs to (its identity
 * providers, resource servers, attributes and feature plan) and the client's branding styles and
 * terms documents, and run when the app synthesizes.
 */
export const APP_RULES: readonly AnyRule[] = [...APP_RULES_OF_CLIENT, ...COMPANION_APP_RULES] as readonly AnyRule[];
