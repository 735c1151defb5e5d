/**
 * The kind of value a property takes, as far as it can be told at run time: each kind is the
 * shape that the rules and the rendering actually read of such a value.
 */
export type ValueKind =
  | 'string'
  | 'boolean'
  | 'duration'
  | 'user-pool'
  | 'client-attributes'
  | 'pinpoint-app'
  | 'role'
  | 'string[]'
  | 'scope[]'
  | 'provider[]'
  | 'object'
  | 'object[]';

/**
 * Every property of a props struct with its kind, or the schema of the nested struct.
 * `Required<T>` makes the compiler insist that every field of the struct is listed here, so a
 * field added to the API cannot be forgotten by the check for unknown properties.
 */
export type StructSchema<T> = { readonly [K in keyof Required<T>]: ValueKind | StructSchema<NonNullable<T[K]>> };

/** What a kind is called in messages. */
export const KIND_NAMES: Record<ValueKind | 'struct', string> = {
  'string': 'a string',
  'boolean': 'a boolean',
  'duration': 'a Duration',
  'user-pool': 'an IUserPool or IUserPoolRef (such as a UserPool or CfnUserPool)',
  'client-attributes': 'a ClientAttributes (new ClientAttributes().withStandardAttributes(...))',
  'pinpoint-app': 'a Pinpoint CfnApp',
  'role': 'an IRole',
  'string[]': 'a list of strings',
  'scope[]': 'a list of OAuthScope',
  'provider[]': 'a list of UserPoolClientIdentityProvider',
  'object': 'an object',
  'object[]': 'a list of objects',
  'struct': 'an object (a struct)',
};

/** A property whose value is not what its schema says. */
export interface SchemaMismatch {
  readonly path: string;
  readonly value: unknown;
  /** What is expected there (`a string`); undefined for a property the schema does not know. */
  readonly expected?: string;
  /** For a property the schema does not know: the properties it knows there. */
  readonly known?: string[];
  /** What in the value is not of that kind, when the value is an object of the wrong shape. */
  readonly detail?: string;
}

type Shape = Record<string, unknown>;

export function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null;
}

function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}

/** The methods of `Duration` that the rules and the rendering call. */
const DURATION_METHODS = ['toMilliseconds', 'toSeconds', 'toMinutes', 'toHours', 'toDays', 'isUnresolved', 'unitLabel', 'toHumanString'];

/**
 * Why a value is not of `kind` ('' when it is): each check reads what the rules and the rendering
 * read of a value of that kind, so that a value that passes cannot make them fail.
 */
function shapeProblem(value: unknown, kind: Exclude<ValueKind, `${string}[]`>): string | undefined {
  switch (kind) {
    case 'string': return typeof value === 'string' ? undefined : '';
    case 'boolean': return typeof value === 'boolean' ? undefined : '';
    case 'object': return isObject(value) ? undefined : '';
    case 'duration': {
      if (!isObject(value)) {
        return '';
      }
      const missing = DURATION_METHODS.find((method) => !isFunction(value[method]));
      return missing === undefined ? undefined : `it has no ${missing}()`;
    }
    case 'user-pool': return userPoolProblem(value);
    case 'client-attributes': {
      if (!isObject(value)) {
        return '';
      }
      if (!isFunction(value.attributes)) {
        return 'it has no attributes()';
      }
      const attributes: unknown = (value.attributes as () => unknown).call(value);
      return isStringArray(attributes) ? undefined : 'its attributes() is not a list of strings';
    }
    case 'pinpoint-app':
      if (!isObject(value)) {
        return '';
      }
      return typeof value.attrArn === 'string' ? undefined : 'it has no attrArn string';
    case 'role':
      if (!isObject(value)) {
        return '';
      }
      return isObject(value.roleRef) && typeof value.roleRef.roleArn === 'string' ? undefined : 'it has no roleRef.roleArn string';
  }
}

/**
 * A pool is read for `userPoolRef.userPoolId`; a full `IUserPool` (one with `identityProviders`)
 * also for the `providerName` of each of its identity providers.
 */
function userPoolProblem(value: unknown): string | undefined {
  if (!isObject(value)) {
    return '';
  }
  if (!isObject(value.userPoolRef) || typeof value.userPoolRef.userPoolId !== 'string') {
    return 'it has no userPoolRef.userPoolId string';
  }
  const providers = value.identityProviders;
  if (providers === undefined) {
    return undefined;
  }
  if (!Array.isArray(providers)) {
    return 'its identityProviders is not a list';
  }
  const bad = indexOfFirst(providers, (provider) => isObject(provider) && typeof provider.providerName === 'string');
  return bad === -1 ? undefined : `its identityProviders[${bad}] has no providerName string`;
}

/** The index of the first item (holes included) for which `ok` does not hold, or -1. */
function indexOfFirst(list: readonly unknown[], ok: (item: unknown) => boolean): number {
  for (let i = 0; i < list.length; i++) {
    if (!ok(list[i])) {
      return i;
    }
  }
  return -1;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && indexOfFirst(value, (item) => typeof item === 'string') === -1;
}

/** The check of each item of a list kind, and the kind name of one item. */
const LIST_ITEMS: Record<Extract<ValueKind, `${string}[]`>, { ok: (item: unknown) => boolean; item: string }> = {
  'string[]': { ok: (item) => typeof item === 'string', item: 'a string' },
  'scope[]': { ok: (item) => isObject(item) && typeof item.scopeName === 'string', item: 'an OAuthScope (an object with a string scopeName)' },
  'provider[]': { ok: (item) => isObject(item) && typeof item.name === 'string', item: 'a UserPoolClientIdentityProvider (an object with a string name)' },
  'object[]': { ok: (item) => isObject(item), item: 'an object' },
};

function isListKind(kind: ValueKind): kind is keyof typeof LIST_ITEMS {
  return kind.endsWith('[]');
}

/** Adds to `out` what in `item`, property `key` of the struct at `parent`, is not of `kind` (its path made only for a mismatch). */
function checkValue(item: unknown, kind: ValueKind, parent: string, key: string, out: SchemaMismatch[]): void {
  if (isListKind(kind)) {
    if (!Array.isArray(item)) {
      out.push({ path: propertyPath(parent, key), value: item, expected: KIND_NAMES[kind] });
      return;
    }
    const { ok, item: itemName } = LIST_ITEMS[kind];
    for (let i = 0; i < item.length; i++) {
      if (!ok(item[i])) {
        out.push({ path: `${propertyPath(parent, key)}[${i}]`, value: item[i], expected: itemName });
      }
    }
    return;
  }
  const problem = shapeProblem(item, kind);
  if (problem !== undefined) {
    out.push({ path: propertyPath(parent, key), value: item, expected: KIND_NAMES[kind], detail: problem || undefined });
  }
}

/** The path of `key` in the struct at `path`: `oAuth.flows`, or `oAuth["a.b"]` for a key that is not a name. */
function propertyPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) {
    return `${path}[${JSON.stringify(key)}]`;
  }
  return path ? `${path}.${key}` : key;
}

/**
 * Every property of `value` that `schema` does not know, or whose value is of another kind.
 * Props reach the construct untyped from JavaScript and through casts; nothing in them is ignored.
 * Every client runs this: nothing is allocated for a property that passes.
 */
export function checkSchema(value: object, schema: StructSchema<unknown>, path = '', out: SchemaMismatch[] = []): SchemaMismatch[] {
  const known = schema as Record<string, ValueKind | StructSchema<unknown>>;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined || !Object.prototype.hasOwnProperty.call(value, key)) {
      continue;
    }
    const expected = Object.prototype.hasOwnProperty.call(known, key) ? known[key] : undefined;
    if (expected === undefined) {
      out.push({ path: propertyPath(path, key), value: item, known: knownProperties(schema) });
    } else if (typeof expected === 'string') {
      checkValue(item, expected as ValueKind, path, key, out);
    } else if (!isObject(item) || Array.isArray(item)) {
      out.push({ path: propertyPath(path, key), value: item, expected: KIND_NAMES.struct });
    } else {
      checkSchema(item, expected, propertyPath(path, key), out);
    }
  }
  return out;
}

/** The property names a schema knows, for messages. */
export function knownProperties(schema: StructSchema<unknown>): string[] {
  return Object.keys(schema as object);
}

/** Every property name of a struct and its nested structs: the names messages spell in the caller's language. */
export function schemaPropertyNames(schema: StructSchema<unknown>): string[] {
  return Object.entries(schema as Record<string, unknown>).flatMap(([name, kind]) =>
    typeof kind === 'string' ? [name] : [name, ...schemaPropertyNames(kind as StructSchema<unknown>)]);
}
