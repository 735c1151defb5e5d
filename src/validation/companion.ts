import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { AnyRule, Finding, RuleOf } from './rule';
import { KIND_NAMES } from './schema-rule';
import { checkSchema, knownProperties } from './schema';
import type { StructSchema } from './schema';
import { formatViolation, WARNING_ID_PREFIX } from './format';

/**
 * A documented rule of a construct that belongs to one client (its branding style, its terms
 * documents), as data: the same shape as the client's own rules, over that construct's props.
 */
export type CompanionRule<P> = RuleOf<[props: P]>;

/** The findings of each item of a list (none for something that is not a list). */
export function eachItemOf<T>(list: readonly T[] | undefined, test: (item: T, i: number) => Finding[]): Finding[] {
  return Array.isArray(list) ? list.flatMap((item, i) => test(item, i)) : [];
}


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
    const lines = errors.map((v) => `  ${formatViolation({ rule: v.rule as AnyRule, finding: v.finding })}`);
    const noun = errors.length === 1 ? 'setting' : 'settings';
    throw new ValidationError(
      `${what}InvalidProps` as ConstructorParameters<typeof ValidationError>[0],
      `${what} has ${errors.length} invalid ${noun}:\n${lines.join('\n')}`,
      scope,
    );
  }
  for (const warning of violations) {
    Annotations.of(scope).addWarningV2(`${WARNING_ID_PREFIX}:${warning.rule.id}`, formatViolation({ rule: warning.rule as AnyRule, finding: warning.finding }));
  }
}
