import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ClientFacts } from './client-facts';
import { RULES, SCHEMA_RULE } from './rules';
import type { AnyRule, Finding, Rule } from './rule';
import type { UserPoolClientProps } from '../props';

/** Prefix of the ids of the warnings this library adds. */
export const WARNING_ID_PREFIX = 'cdk-cognito-user-pool-client';

/** A rule broken at one place. */
export interface Violation {
  readonly rule: AnyRule;
  readonly finding: Finding;
}

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

/** A value as the user wrote it, short enough for one line. */
export function formatValue(value: unknown): string {
  if (value === undefined) {
    return 'not given';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'object' && value !== null && typeof (value as { toHumanString?: unknown }).toHumanString === 'function') {
    return String(value); // a Duration: `Duration.seconds(330)`
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** One line: the property, the value given, what is allowed; an error's line ends with its rule id. */
export function formatViolation({ rule, finding }: Violation): string {
  const detail = finding.detail ? ` (${finding.detail})` : '';
  const requirement = finding.requirement ?? rule.requirement;
  const separator = requirement.startsWith(',') ? '' : ' ';
  const id = rule.level === 'error' ? ` [${rule.id}]` : '';
  return `${finding.path}: ${formatValue(finding.value)}${separator}${requirement}${detail}${id}`;
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
