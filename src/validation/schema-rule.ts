import { checkSchema, knownProperties, USER_POOL_CLIENT_PROPS } from './schema';
import type { StructSchema, ValueKind } from './schema';
import { NONE } from './rule';
import type { Rule } from './rule';
import { CDK_CLIENT } from './sources';

/**
 * The rule that runs before all others: every property given is one the library knows, of the
 * kind it takes. The others read the props as typed, so they run only when this one finds nothing.
 */
export const SCHEMA_RULE: Rule = {
  id: 'known-properties',
  level: 'error',
  property: 'every property',
  requirement: 'must be a known property of the documented type (nothing given is ignored)',
  source: `${CDK_CLIENT} (the props of UserPoolClient: a property outside them would be dropped without a word)`,
  check: (props) => {
    const mismatches = checkSchema(props, USER_POOL_CLIENT_PROPS);
    if (props.userPool !== undefined && mismatches.length === 0) {
      return NONE;
    }
    return [
      // The one required property: the types say so, a JavaScript caller may still leave it out.
      ...(props.userPool === undefined
        ? [{ path: 'userPool', value: undefined, requirement: 'is required: the user pool (an IUserPool or IUserPoolRef) the client belongs to' }]
        : []),
      ...mismatches.map((mismatch) => ({
        path: mismatch.path,
        value: mismatch.value,
        requirement: mismatch.expected === undefined
          ? `is not a property this library knows (known here: ${knownProperties(schemaAt(mismatch.path)).join(', ')})`
          : `must be ${KIND_NAMES[mismatch.expected]}`,
      })),
    ];
  },
};

const KIND_NAMES: Record<ValueKind | 'struct', string> = {
  'string': 'a string',
  'boolean': 'a boolean',
  'duration': 'a Duration',
  'object': 'an object',
  'string[]': 'a list of strings',
  'object[]': 'a list of objects',
  'struct': 'an object (a struct)',
};

/** The schema of the struct that holds the property at `path`. */
function schemaAt(path: string): StructSchema<unknown> {
  let schema: unknown = USER_POOL_CLIENT_PROPS;
  for (const key of path.split('.').slice(0, -1)) {
    schema = (schema as Record<string, unknown>)[key];
  }
  return schema as StructSchema<unknown>;
}
