import type { Rule } from './rule';
import { schemaFindings } from './schema';
import { CDK_CLIENT } from './sources';

/**
 * The rule that runs before all others: every property given is one the library knows, of the
 * kind it takes. The others read the props as typed, so they run only when this one finds nothing.
 */
export const SCHEMA_RULE: Rule = {
  id: 'known-properties',
  level: 'error',
  property: 'every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CDK_CLIENT} (the props of UserPoolClient: a property outside them would be dropped without a word)`,
  check: (props) => schemaFindings(props),
};
