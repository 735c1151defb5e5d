import type { Finding, RuleOf } from './rule';
import { checkSchema } from './schema';
import type { StructSchema } from './schema';

/**
 * A documented rule of a construct that belongs to one client (its branding style, its terms
 * documents), as data: the same shape as the client's own rules, over that construct's props.
 */
export type CompanionRule<P> = RuleOf<[props: P]>;

/** The findings of each item of a list (none for something that is not a list). */
export function eachItemOf<T>(list: readonly T[] | undefined, test: (item: T, i: number) => readonly Finding[]): Finding[] {
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
      ? `is not a property this library knows (known here: ${mismatch.known!.join(', ')})`
      : `must be ${mismatch.expected}`,
  }));
  return [...missing, ...mismatches];
}

