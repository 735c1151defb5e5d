import type { IConstruct } from 'constructs';
import { reportViolations, runRules } from '../rules/engine';
import type { Violation } from '../rules/engine';
import type { Rule } from '../rules/rule';
import { schemaPropertyNames } from '../rules/schema';
import { RULES } from '../rules/table';
import { PropsDescription } from './describe';
import type { UserPoolClientProps } from './props';
import { SCHEMA_RULE, USER_POOL_CLIENT_PROPS } from './schema';

/** The property names of `UserPoolClientProps`, which messages spell in the caller's language. */
export const CLIENT_PROPERTY_NAMES = schemaPropertyNames(USER_POOL_CLIENT_PROPS);

/**
 * Every violation of the client's own props: the schema rule's alone when it finds any (the rules
 * read the props as typed), otherwise every rule's on the props' description.
 */
export function findViolations(props: UserPoolClientProps, rules: readonly Rule[] = RULES, description = new PropsDescription(props)): Violation[] {
  const schema = runRules([SCHEMA_RULE], props);
  return schema.length > 0 ? schema : runRules(rules, description);
}

/**
 * Runs every rule on the client's props: throws one `ValidationError`, attached to `scope`, that
 * lists every error, one line each; adds every warning to `scope` with its stable id.
 */
export function validateProps(scope: IConstruct, description: PropsDescription): void {
  reportViolations(scope, 'UserPoolClient', findViolations(description.props, RULES, description), CLIENT_PROPERTY_NAMES);
}
