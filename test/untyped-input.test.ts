// Property-based test of untyped input (a JavaScript caller, or a cast): any value at any position
// of the props, at any depth, gives either a template or our ValidationError naming that position,
// never a TypeError from the library's internals.
import { App, Duration, Errors, Stack } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import * as fc from 'fast-check';
import { violationLines } from './rules-support';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';
import { USER_POOL_CLIENT_PROPS } from '../src/client/schema';
import type { StructSchema, ValueKind } from '../src/rules/schema';

const SEED = Number(process.env.FC_SEED ?? 20_261_125);
const RUNS = 40 * Number(process.env.FC_RUNS_FACTOR ?? 1);

/** A place in the props where a value can go: `oAuth.callbackUrls[0]`, with the kind the schema gives it. */
interface Position {
  readonly path: string;
  readonly kind: ValueKind | 'struct' | 'item';
}

/** Every property of the schema, nested structs and the first item of every list included. */
function positions(schema: StructSchema<unknown>, prefix = ''): Position[] {
  return Object.entries(schema as Record<string, ValueKind | StructSchema<unknown>>).flatMap(([key, kind]): Position[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof kind !== 'string') {
      return [{ path, kind: 'struct' as const }, ...positions(kind, path)];
    }
    const valueKind = kind as ValueKind;
    return valueKind.endsWith('[]') ? [{ path, kind: valueKind }, { path: `${path}[0]`, kind: 'item' }] : [{ path, kind: valueKind }];
  });
}

const POSITIONS = positions(USER_POOL_CLIENT_PROPS);

/** Any JavaScript value: primitives, objects without a prototype, sparse arrays, boxed values, maps... */
const anyValue = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Objects shaped almost like the values the library reads: the shapes a cast or a mistake gives. */
const wrongShapes = fc.constantFrom<unknown>(
  null, 0, 300, '', 'openid', 'email', true, [], ['email'], [{}], {},
  { name: 'openid' }, { scopeName: 5 }, { scopeName: 'srv/read', extra: 1 }, { providerName: 'Google' }, { name: 7 },
  { attributes: 'email' }, { attributes: () => ['email', 1] }, { attributes: () => null },
  { toMilliseconds: () => 600_000 }, { toMilliseconds: 1 },
  { userPoolRef: {} }, { userPoolRef: { userPoolId: 1 } }, { userPoolRef: { userPoolId: 'us-east-1_abc' }, identityProviders: [{}] },
  { userPoolRef: { userPoolId: 'us-east-1_abc' }, identityProviders: 'Google' }, { userPoolId: 'us-east-1_abc', userPoolArn: 'arn', identityProviders: undefined },
  { roleArn: 'arn:aws:iam::123456789012:role/r' }, { roleRef: { roleArn: 5 } }, { attrArn: 5 }, { ref: 'x' },
  { flows: {} }, { callbackUrls: {} }, Duration.minutes(10), [null], [undefined], [5],
);

const anything = fc.oneof(anyValue, wrongShapes);

/** The props with `value` at `path` (intermediate structs created), on a fresh pool unless the path is the pool. */
function propsWith(stack: Stack, path: string, value: unknown): UserPoolClientProps {
  const props: Record<string, unknown> = { userPool: new UserPool(stack, 'Pool') };
  const keys = path.replace(/\[0\]$/, '').split('.');
  let at = props;
  keys.slice(0, -1).forEach((key) => {
    at = (at[key] ??= {}) as Record<string, unknown>;
  });
  at[keys[keys.length - 1]] = path.endsWith('[0]') ? [value] : value;
  return props as unknown as UserPoolClientProps;
}

/** Whether `line` names the position, a property inside it, or the struct that holds it. */
function namesPosition(line: string, path: string): boolean {
  const named = line.slice(0, line.indexOf(': '));
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return within(named, path) || within(path, named);
}

test('the property test reaches every position of the props, nested structs and list items included', () => {
  expect(POSITIONS.map((p) => p.path)).toEqual(expect.arrayContaining([
    'userPool', 'oAuth', 'oAuth.flows', 'oAuth.flows.clientCredentials', 'oAuth.callbackUrls', 'oAuth.callbackUrls[0]',
    'oAuth.scopes[0]', 'supportedIdentityProviders[0]', 'readAttributes', 'analytics.role', 'analytics.application', 'idTokenValidity',
  ]));
  expect(POSITIONS).toHaveLength(40);
});

describe.each(POSITIONS.map((p) => [p.path, p] as const))('any value at %s', (_path, position) => {
  test('gives a template or our ValidationError naming that property', () => {
    fc.assert(fc.property(anything, (value) => {
      const stack = new Stack(new App(NO_CFN_VALIDATION), 'Stack');
      let error: unknown;
      try {
        new UserPoolClient(stack, 'Client', propsWith(stack, position.path, value));
      } catch (caught) {
        error = caught;
      }
      if (error === undefined) {
        return; // accepted: the value was of the right kind and broke no rule
      }
      if (!Errors.isValidationError(error)) {
        throw new Error(`not our ValidationError: ${String(error)}\n${(error as Error).stack}`);
      }
      expect(error.message).toMatch(/^UserPoolClient has \d+ invalid settings?:\n/);
      const lines = violationLines(error);
      expect(lines.some((line) => namesPosition(line, position.path))).toBe(true);
    }), { seed: SEED, numRuns: RUNS });
  });
});
