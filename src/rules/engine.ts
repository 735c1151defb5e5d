import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { callerLanguage, propertyName, propertyPath, withPropertyNames } from './language';
import type { CallerLanguage } from './language';
import type { AnyRule, Finding, RuleOf } from './rule';

/*
 * The engine: runs a construct's rules on its props, formats each violation as one line, and
 * reports them (one error listing every error, or each warning with its stable id).
 */

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

/** Every violation of every rule on `input`, in the order of the rules. */
export function runRules<I>(rules: readonly RuleOf<I>[], input: I): Violation[] {
  // Indexed loops, and a list made only for a violation: this runs for every client, mostly cold.
  let violations: Violation[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const findings = rules[r].check(input);
    for (let f = 0; f < findings.length; f++) {
      (violations ??= []).push({ rule: rules[r] as AnyRule, finding: findings[f] });
    }
  }
  return violations ?? [];
}

/**
 * The violations of the props of a construct: the schema rule's alone when it finds any (the other
 * rules read the props as typed), otherwise every other rule's.
 */
export function propsViolations<I>(schemaRule: RuleOf<I>, rules: readonly RuleOf<I>[], input: I): Violation[] {
  const schema = runRules([schemaRule], input);
  return schema.length > 0 ? schema : runRules(rules, input);
}

/** A value a message shows as it is, without quotes: `330 seconds` for an L1's amount and unit. */
export class MessageText {
  constructor(public readonly text: string) {}
}

/**
 * A value as the user wrote it, short enough for one line: a struct's keys that are property names
 * of `propertyNames` as the caller's language spells them (`{"authorization_code_grant":true}` in
 * Python), any other key (free-form JSON, such as branding settings) as it is.
 */
export function formatValue(value: unknown, propertyNames: readonly string[] = [], language: CallerLanguage = 'typescript'): string {
  if (value === undefined) {
    return 'not set';
  }
  if (value instanceof MessageText) {
    return withPropertyNames(value.text, propertyNames, language);
  }
  if (typeof (value as { toHumanString?: unknown } | null)?.toHumanString === 'function') {
    return describe(value); // a Duration: `Duration.seconds(330)`
  }
  const names = new Set(propertyNames);
  const spelled = (key: string) => (names.has(key) ? propertyName(key, language) : key);
  try {
    return JSON.stringify(value, (_key, item: unknown) => (isPlainObject(item)
      ? Object.fromEntries(Object.entries(item).map(([key, field]) => [spelled(key), field]))
      : item)) ?? describe(value);
  } catch {
    return describe(value); // a cycle, a BigInt
  }
}

/** An object literal's value (a struct as given, JSON), not an instance of a class. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `String(value)`, or its type tag when it has no conversion (an object without a prototype). */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * One line: the property, the value given, what is allowed; property names as the caller's
 * language spells them (`o_auth.callback_urls[0]` for Python), the names of `propertyNames` in the
 * requirement too; an error's line ends with its rule id.
 */
export function formatViolation({ rule, finding }: Violation, propertyNames: readonly string[], language: CallerLanguage = callerLanguage()): string {
  const detail = finding.detail ? ` (${finding.detail})` : '';
  const requirement = finding.requirement ?? rule.requirement;
  const separator = requirement.startsWith(',') ? '' : ' ';
  const text = withPropertyNames(`${separator}${requirement}${detail}`, propertyNames, language);
  const id = rule.level === 'error' ? ` [${rule.id}]` : '';
  return `${propertyPath(finding.path, language)}: ${formatValue(finding.value, propertyNames, language)}${text}${id}`;
}

/** Where aws-cdk-lib keeps the acknowledgements of an app (`Annotations.acknowledgeWarning`, `Validations.acknowledge`). */
const ACKNOWLEDGEMENTS = Symbol.for('@aws-cdk/core.Acknowledgements');

/**
 * Whether the app acknowledged a warning id at its root. aws-cdk-lib looks for an acknowledgement
 * made before a warning at every ancestor of the construct warned but the app itself (whose path is
 * empty), so one made at the app before a warning is added would miss it: the warnings of a
 * client made later, and those the whole-app checks add when the app synthesizes. Read where aws-cdk-lib keeps them (by construct path, each path's ids in a Set or a
 * Map from 2.244 to the current release); any other shape reads as not acknowledged.
 */
export function acknowledgedAtApp(construct: IConstruct, id: string): boolean {
  const acknowledgements = (construct.node.root as unknown as Record<symbol, { acks?: Map<string, { has?: (id: string) => boolean }> } | undefined>)[ACKNOWLEDGEMENTS];
  const atRoot = acknowledgements?.acks?.get('');
  return typeof atRoot?.has === 'function' && atRoot.has(id);
}

/**
 * Reports the violations of a construct's props: throws one `ValidationError`, attached to `scope`,
 * that lists every error, one line each (`<what> has 2 invalid settings:`); without errors, adds
 * every warning to `scope` with its stable id.
 */
export function reportViolations(scope: IConstruct, what: string, violations: readonly Violation[], propertyNames: readonly string[]): void {
  if (violations.length === 0) {
    return;
  }
  const language = callerLanguage();
  const errors = violations.filter((v) => v.rule.level === 'error');
  if (errors.length > 0) {
    const lines = errors.map((v) => `  ${formatViolation(v, propertyNames, language)}`);
    const noun = errors.length === 1 ? 'setting' : 'settings';
    throw new ValidationError(
      `${what}InvalidProps` as ConstructorParameters<typeof ValidationError>[0],
      `${what} has ${errors.length} invalid ${noun}:\n${lines.join('\n')}`,
      scope,
    );
  }
  for (const warning of violations) { // all warnings: there are no errors
    const id = warningId(warning.rule.id);
    if (!acknowledgedAtApp(scope, id)) {
      Annotations.of(scope).addWarningV2(id, formatViolation(warning, propertyNames, language));
    }
  }
}
