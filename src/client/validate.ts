import { ClientFacts } from '../rules/client-facts';
import type { IConstruct } from 'constructs';
import { reportViolations, runRules } from '../rules/engine';
import type { Violation } from '../rules/engine';
import type { Rule } from '../rules/rule';
import { RULES } from '../rules/table';
import { schemaPropertyNames } from '../rules/schema';
import type { UserPoolClientProps } from './props';
import { SCHEMA_RULE, USER_POOL_CLIENT_PROPS } from './schema';

/** The property names of `UserPoolClientProps`, which messages spell in the caller's language. */
export const CLIENT_PROPERTY_NAMES = schemaPropertyNames(USER_POOL_CLIENT_PROPS);

/** Every violation of the client's own props rules, schema violations alone when there are any. */
export function findViolations(props: UserPoolClientProps, rules: readonly Rule[] = RULES, facts: ClientFacts = new ClientFacts(props)): Violation[] {
  return runRules(SCHEMA_RULE, rules, props, facts);
}

/**
 * Runs every rule on the client's props: throws one `ValidationError`, attached to `scope`, that
 * lists every error, one line each; adds every warning to `scope` with its stable id.
 */
export function validateProps(scope: IConstruct, facts: ClientFacts): void {
  reportViolations(scope, 'UserPoolClient', findViolations(facts.props, RULES, facts), CLIENT_PROPERTY_NAMES);
}
