import { Annotations, ValidationError } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { CompanionRule } from './companion';
import type { AnyRule } from './rule';
import { formatViolation, warningId } from './validate';

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
    Annotations.of(scope).addWarningV2(warningId(warning.rule.id), formatViolation({ rule: warning.rule as AnyRule, finding: warning.finding }));
  }
}
