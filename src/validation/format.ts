import type { AnyRule, Finding } from './rule';

/** Prefix of the ids of the warnings this library adds. */
export const WARNING_ID_PREFIX = 'cdk-cognito-user-pool-client';

/** A rule broken at one place. */
export interface Violation {
  readonly rule: AnyRule;
  readonly finding: Finding;
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
