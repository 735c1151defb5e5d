import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ClientFacts } from './client-facts';
import { RULES, SCHEMA_RULE } from './rules';
import { formatViolation, WARNING_ID_PREFIX } from './format';
import type { Violation } from './format';
import type { Rule } from './rule';
import type { UserPoolClientProps } from '../props';

export { formatValue, formatViolation, WARNING_ID_PREFIX } from './format';
export type { Violation } from './format';

/** Every violation of every rule, schema violations alone when there are any. */
export function findViolations(props: UserPoolClientProps, rules: readonly Rule[] = RULES, facts = new ClientFacts(props)): Violation[] {
  const schema = SCHEMA_RULE.check(props, facts).map((finding) => ({ rule: SCHEMA_RULE, finding }));
  if (schema.length > 0) {
    return schema;
  }
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const finding of rule.check(props, facts)) {
      violations.push({ rule, finding });
    }
  }
  return violations;
}

/**
 * Runs every rule on the props: throws one `ValidationError`, attached to `scope`, that lists
 * every error, one line each; adds every warning to `scope` with its stable id.
 */
export function validateProps(scope: IConstruct, facts: ClientFacts): void {
  const violations = findViolations(facts.props, RULES, facts);
  const errors = violations.filter((v) => v.rule.level === 'error');
  if (errors.length > 0) {
    const lines = errors.map((v) => `  ${formatViolation(v)}`);
    const noun = errors.length === 1 ? 'setting' : 'settings';
    throw new ValidationError(
      'UserPoolClientInvalidProps' as ConstructorParameters<typeof ValidationError>[0],
      `UserPoolClient has ${errors.length} invalid ${noun}:\n${lines.join('\n')}`,
      scope,
    );
  }
  for (const warning of violations) { // all warnings: there are no errors
    Annotations.of(scope).addWarningV2(`${WARNING_ID_PREFIX}:${warning.rule.id}`, formatViolation(warning));
  }
}
