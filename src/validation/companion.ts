import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { Finding } from './rules';
import { checkSchema, knownProperties } from './schema';
import type { StructSchema, ValueKind } from './schema';
import { formatViolation, WARNING_ID_PREFIX } from './validate';

/**
 * A documented rule of a construct that belongs to one client (its branding style, its terms
 * documents), as data: the same shape as the client's own rules, over that construct's props.
 */
export interface CompanionRule<P> {
  /** Stable id; a warning's id is `cdk-cognito-user-pool-client:<id>`. */
  readonly id: string;
  /** An error stops synthesis; a warning can be acknowledged. */
  readonly level: 'error' | 'warning';
  /** The construct property it reads, as the README's validation table lists it. */
  readonly property: string;
  /** What is allowed (or, for a warning, why it is risky): the message after the value. */
  readonly requirement: string;
  /** Where the rule is documented. */
  readonly source: string;
  /** The places in the props that break the rule. */
  readonly check: (props: P) => Finding[];
}

/** The findings of each item of a list (none for something that is not a list). */
export function eachItemOf<T>(list: readonly T[] | undefined, test: (item: T, i: number) => Finding[]): Finding[] {
  return Array.isArray(list) ? list.flatMap((item, i) => test(item, i)) : [];
}

/** One finding when `condition` holds. */
export function foundIf(condition: boolean, path: string, value: unknown, detail?: string): Finding[] {
  return condition ? [{ path, value, detail }] : [];
}

const KIND_NAMES: Record<ValueKind | 'struct', string> = {
  'string': 'a string',
  'boolean': 'a boolean',
  'duration': 'a Duration',
  'object': 'an object',
  'string[]': 'a list of strings',
  'object[]': 'a list of objects',
  'struct': 'an object (a struct)',
};

/**
 * The findings of a props struct checked against its schema: unknown properties, values of
 * another kind, and required properties a JavaScript caller left out. The kinds of the
 * properties in `checkedElsewhere` (enum-like values, which a rule of their own names with the
 * values allowed) are not checked here.
 */
export function schemaFindings(value: object, schema: StructSchema<unknown>, path: string, required: Record<string, string> = {}, checkedElsewhere: string[] = []): Finding[] {
  const prefix = path ? `${path}.` : '';
  const missing: Finding[] = Object.entries(required)
    .filter(([key]) => (value as Record<string, unknown>)[key] === undefined)
    .map(([key, what]) => ({ path: `${prefix}${key}`, value: undefined, requirement: `is required: ${what}` }));
  const mismatches = checkSchema(value, schema, path)
    .filter((mismatch) => mismatch.expected === undefined || !checkedElsewhere.includes(mismatch.path.slice(prefix.length)))
    .map((mismatch) => ({
    path: mismatch.path,
    value: mismatch.value,
    requirement: mismatch.expected === undefined
      ? `is not a property this library knows (known here: ${knownProperties(schemaAt(schema, mismatch.path.slice(prefix.length))).join(', ')})`
      : `must be ${KIND_NAMES[mismatch.expected]}`,
  }));
  return [...missing, ...mismatches];
}

/** The schema of the struct that holds the property at `path` (relative to `schema`). */
function schemaAt(schema: StructSchema<unknown>, path: string): StructSchema<unknown> {
  let at: unknown = schema;
  for (const key of path.split('.').slice(0, -1)) {
    at = (at as Record<string, unknown>)[key];
  }
  return at as StructSchema<unknown>;
}

/** One line of an error or warning: the property, the value, what is allowed, the rule id. */
export function formatCompanionViolation(rule: CompanionRule<never>, finding: Finding): string {
  return `${formatViolation({ rule: rule as never, finding })} [${rule.id}]`;
}

/**
 * Runs the schema rule, then (when it finds nothing) every other rule on the props: throws one
 * `ValidationError`, attached to `scope`, listing every error, one line each; adds every warning to
 * `scope` with its stable id.
 */
export function validateCompanionProps<P>(scope: IConstruct, what: string, props: P, schemaRule: CompanionRule<P>, rules: readonly CompanionRule<P>[]): void {
  const schema = schemaRule.check(props).map((finding) => ({ rule: schemaRule, finding }));
  const violations = schema.length > 0 ? schema : rules.flatMap((rule) => rule.check(props).map((finding) => ({ rule, finding })));
  const errors = violations.filter((v) => v.rule.level === 'error');
  if (errors.length > 0) {
    const lines = errors.map((v) => `  ${formatCompanionViolation(v.rule as CompanionRule<never>, v.finding)}`);
    const noun = errors.length === 1 ? 'setting' : 'settings';
    throw new ValidationError(
      `${what}InvalidProps` as ConstructorParameters<typeof ValidationError>[0],
      `${what} has ${errors.length} invalid ${noun}:\n${lines.join('\n')}`,
      scope,
    );
  }
  for (const warning of violations) {
    Annotations.of(scope).addWarningV2(`${WARNING_ID_PREFIX}:${warning.rule.id}`, formatCompanionViolation(warning.rule as CompanionRule<never>, warning.finding));
  }
}
