import type { Finding, RuleOf } from './rule';
import { checkSchema } from './schema';
import type { StructSchema } from './schema';

/**
 * A documented rule of a construct that belongs to one client (its branding style, its terms
 * documents), as data: the same shape as the client's own rules, over that construct's props.
 */
export type CompanionRule<P> = RuleOf<P>;

/** The members of an enum-like class (its static fields), each with its name. */
export function membersOf(cls: object): Map<unknown, string> {
  return new Map(Object.entries(cls).map(([name, member]) => [member, name]));
}

/** A value from a JavaScript caller, for a message: objects by their text, anything else as given. */
export function valueForMessage(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? String(value) : value;
}

/**
 * The client of a companion construct, when it is an object the construct cannot read its user
 * pool and client ids from (`userPoolClientRef.userPoolId` and `.clientId`). Anything but an
 * object is the schema check's to report.
 */
export function clientFindings(client: unknown): Finding[] {
  if (typeof client !== 'object' || client === null) {
    return [];
  }
  const ref = (client as { userPoolClientRef?: { userPoolId?: unknown; clientId?: unknown } }).userPoolClientRef;
  return typeof ref?.userPoolId === 'string' && typeof ref.clientId === 'string' ? [] : [{
    path: 'client',
    value: client,
    requirement: 'must be an IUserPoolClientRef, such as a UserPoolClient or CfnUserPoolClient (it has no userPoolClientRef.userPoolId and clientId strings)',
  }];
}

/**
 * The findings of a props struct checked against its schema: unknown properties, values of
 * another kind, and required properties a JavaScript caller left out. The kinds of the
 * properties in `checkedElsewhere` (enum-like values, which a rule of their own names with the
 * values allowed) are not checked here.
 */
export function schemaFindings(value: object, schema: StructSchema<unknown>, path: string, required: Record<string, string>, checkedElsewhere?: readonly string[]): Finding[] {
  const prefix = path ? `${path}.` : '';
  const missing: Finding[] = Object.entries(required)
    .filter(([key]) => (value as Record<string, unknown>)[key] === undefined)
    .map(([key, what]) => ({ path: `${prefix}${key}`, value: undefined, requirement: `is required: ${what}` }));
  const mismatches = checkSchema(value, schema, path)
    .filter((mismatch) => !checkedElsewhere?.includes(mismatch.path.slice(prefix.length)))
    .map((mismatch) => ({
    path: mismatch.path,
    value: mismatch.value,
    requirement: mismatch.expected === undefined
      ? `is not a property this library knows (known here: ${mismatch.known!.join(', ')})`
      : `must be ${mismatch.expected}`,
  }));
  return [...missing, ...mismatches];
}

