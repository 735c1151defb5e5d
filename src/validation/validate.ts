import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ClientFacts } from './client-facts';
import { callerLanguage, propertyPath, withPropertyNames } from './language';
import type { CallerLanguage } from './language';
import type { AnyRule, Finding, Rule } from './rule';
import { RULES, SCHEMA_RULE } from './rules';
import { USER_POOL_CLIENT_PROPS } from './schema';
import type { StructSchema } from './schema';
import type { UserPoolClientProps } from '../props';

/** Prefix of the ids of the warnings this library adds. */
export const WARNING_ID_PREFIX = 'cdk-cognito-user-pool-client';

/**
 * The id a warning of `rule` is added and acknowledged with: `cdk-cognito-user-pool-client::<rule id>`.
 * With `::` the cdk CLI prints exactly this id after "Acknowledge with", and both
 * `Annotations.acknowledgeWarning` and (aws-cdk-lib 2.276 and later) `Validations.acknowledge` take it
 * as printed; with one `:` the CLI would print `Annotation::<id>`, which neither matches.
 */
export function warningId(ruleId: string): string {
  return `${WARNING_ID_PREFIX}::${ruleId}`;
}

/** A rule broken at one place. */
export interface Violation {
  readonly rule: AnyRule;
  readonly finding: Finding;
}

/** Every violation of every rule, schema violations alone when there are any. */
export function findViolations(props: UserPoolClientProps, rules: readonly Rule[] = RULES, facts = new ClientFacts(props)): Violation[] {
  const schema = SCHEMA_RULE.check(props, facts);
  if (schema.length > 0) {
    return schema.map((finding) => ({ rule: SCHEMA_RULE, finding }));
  }
  // Indexed loops, and a list made only for a violation: this runs for every client, mostly cold.
  let violations: Violation[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const findings = rules[r].check(props, facts);
    for (let f = 0; f < findings.length; f++) {
      (violations ??= []).push({ rule: rules[r], finding: findings[f] });
    }
  }
  return violations ?? [];
}

/** A value as the user wrote it, short enough for one line. */
export function formatValue(value: unknown): string {
  if (value === undefined) {
    return 'not set';
  }
  if (typeof (value as { toHumanString?: unknown } | null)?.toHumanString === 'function') {
    return describe(value); // a Duration: `Duration.seconds(330)`
  }
  try {
    return JSON.stringify(value) ?? describe(value);
  } catch {
    return describe(value); // a cycle, a BigInt
  }
}

/** `String(value)`, or its type tag when it has no conversion (an object without a prototype). */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Every property name of the props and their structs. */
function propertyNames(schema: StructSchema<unknown>): string[] {
  return Object.entries(schema as Record<string, unknown>).flatMap(([name, kind]) =>
    typeof kind === 'string' ? [name] : [name, ...propertyNames(kind as StructSchema<unknown>)]);
}

const PROPERTY_NAMES = propertyNames(USER_POOL_CLIENT_PROPS);

/**
 * One line: the property, the value given, what is allowed; property names as the caller's
 * language spells them (`o_auth.callback_urls[0]` for Python); an error's line ends with its rule id.
 */
export function formatViolation({ rule, finding }: Violation, language: CallerLanguage = callerLanguage()): string {
  const detail = finding.detail ? ` (${finding.detail})` : '';
  const requirement = finding.requirement ?? rule.requirement;
  const separator = requirement.startsWith(',') ? '' : ' ';
  const text = withPropertyNames(`${separator}${requirement}${detail}`, PROPERTY_NAMES, language);
  const id = rule.level === 'error' ? ` [${rule.id}]` : '';
  return `${propertyPath(finding.path, language)}: ${formatValue(finding.value)}${text}${id}`;
}

/**
 * Runs every rule on the props: throws one `ValidationError`, attached to `scope`, that lists
 * every error, one line each; adds every warning to `scope` with its stable id.
 */
export function validateProps(scope: IConstruct, facts: ClientFacts): void {
  const violations = findViolations(facts.props, RULES, facts);
  if (violations.length === 0) {
    return;
  }
  const language = callerLanguage();
  const errors = violations.filter((v) => v.rule.level === 'error');
  if (errors.length > 0) {
    const lines = errors.map((v) => `  ${formatViolation(v, language)}`);
    const noun = errors.length === 1 ? 'setting' : 'settings';
    throw new ValidationError(
      'UserPoolClientInvalidProps' as ConstructorParameters<typeof ValidationError>[0],
      `UserPoolClient has ${errors.length} invalid ${noun}:\n${lines.join('\n')}`,
      scope,
    );
  }
  for (const warning of violations) { // all warnings: there are no errors
    Annotations.of(scope).addWarningV2(warningId(warning.rule.id), formatViolation(warning, language));
  }
}
