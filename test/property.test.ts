// Property-based tests of the validation: random props either throw one ValidationError or give a
// template; Cognito-valid props always give one; one invalid change to valid props is always named.
// Every template made is written to a corpus (.tmp/cfn-corpus/, or $CFN_CORPUS_DIR) that
// scripts/cfn-lint.sh lints with cfn-lint: `npm run test:cfn-lint`.
import * as fs from 'fs';
import * as path from 'path';
import { Duration, Errors, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { UserPoolClientIdentityProvider } from 'aws-cdk-lib/aws-cognito';
import * as fc from 'fast-check';
import { anySpec, materialize, validSpec } from './property-spec';
import type { Spec } from './property-spec';
import { newStack, violationLines } from './rules-support';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';
import { declareNamedAsOutsideApp } from './util/outside-app';

/** Fixed, so that the corpus and any failure are reproducible; FC_SEED=<n> tries others. */
const SEED = Number(process.env.FC_SEED ?? 20_261_123);
const CORPUS = path.resolve(process.env.CFN_CORPUS_DIR ?? path.join(__dirname, '..', '.tmp', 'cfn-corpus'));
/** At most this many templates of each kind are written: 200 in all (CFN_CORPUS_LIMIT=<n> for more). */
const CORPUS_LIMIT = Number(process.env.CFN_CORPUS_LIMIT ?? 100);
/** FC_RUNS_FACTOR=<n> runs n times as many examples (the corpus stays bounded). */
const FACTOR = Number(process.env.FC_RUNS_FACTOR ?? 1);
const RUNS = { any: 400 * FACTOR, valid: 150 * FACTOR, mutation: 200 * FACTOR };

const written = { any: 0, valid: 0 };

beforeAll(() => {
  fs.mkdirSync(CORPUS, { recursive: true });
  for (const file of fs.readdirSync(CORPUS).filter((f) => f.endsWith('.template.json'))) {
    fs.rmSync(path.join(CORPUS, file));
  }
});

function writeTemplate(kind: keyof typeof written, template: unknown): void {
  if (written[kind] < CORPUS_LIMIT) {
    written[kind] += 1;
    const file = path.join(CORPUS, `${kind}-${String(written[kind]).padStart(3, '0')}.template.json`);
    fs.writeFileSync(file, JSON.stringify(template, undefined, 1) + '\n');
  }
}

const MILLIS_PER_UNIT: Record<string, number> = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 };

/** What the template must say of the props: exact integers in the units given. */
function expectRenderedExactly(props: UserPoolClientProps, template: Record<string, any>): void {
  const clients = Object.values(template.Resources as Record<string, any>).filter((r) => r.Type === 'AWS::Cognito::UserPoolClient');
  expect(clients).toHaveLength(1);
  const p = clients[0].Properties;
  const checks = [
    ['idTokenValidity', 'IdTokenValidity', 'IdToken'],
    ['accessTokenValidity', 'AccessTokenValidity', 'AccessToken'],
    ['refreshTokenValidity', 'RefreshTokenValidity', 'RefreshToken'],
  ] as const;
  for (const [prop, cfn, unitKey] of checks) {
    const duration = props[prop];
    if (duration === undefined || duration.isUnresolved()) {
      continue;
    }
    expect(Number.isInteger(p[cfn])).toBe(true);
    expect(p[cfn] * MILLIS_PER_UNIT[p.TokenValidityUnits[unitKey]]).toBeCloseTo(duration.toMilliseconds({ integral: false }), 3);
  }
  if (props.authSessionValidity && !props.authSessionValidity.isUnresolved()) {
    expect(p.AuthSessionValidity).toBe(Math.round(props.authSessionValidity.toMilliseconds({ integral: false }) / 60_000));
  }
  if (props.refreshTokenRotationGracePeriod && !props.refreshTokenRotationGracePeriod.isUnresolved()) {
    expect(p.RefreshTokenRotation.RetryGracePeriodSeconds).toBe(Math.round(props.refreshTokenRotationGracePeriod.toMilliseconds({ integral: false }) / 1000));
  }
}

interface Outcome {
  readonly props: UserPoolClientProps;
  readonly error?: unknown;
  readonly template?: Record<string, any>;
}

function build(spec: Spec, change?: (props: UserPoolClientProps) => UserPoolClientProps): Outcome {
  const stack = newStack();
  const made = materialize(stack, spec);
  const props = change ? change(made) : made;
  try {
    // The pool's providers, resource servers and attributes are the whole-app tests' concern.
    declareNamedAsOutsideApp(new UserPoolClient(stack, 'Client', props), props);
  } catch (error) {
    return { props, error };
  }
  return { props, template: Template.fromStack(stack).toJSON() };
}

test('any props: one ValidationError listing every error, or a template with exact values', () => {
  let errors = 0;
  let templates = 0;
  fc.assert(fc.property(anySpec, (spec) => {
    const { props, error, template } = build(spec);
    if (error !== undefined) {
      errors += 1;
      expect(Errors.isValidationError(error)).toBe(true);
      const message = (error as Error).message;
      const lines = violationLines(error as Error);
      expect(message.split('\n')[0]).toBe(`UserPoolClient has ${lines.length} invalid setting${lines.length === 1 ? '' : 's'}:`);
      for (const line of lines) {
        expect(line).toMatch(/^[A-Za-z]+(\.[A-Za-z]+|\[\d+\])*: \S/);
      }
      return;
    }
    templates += 1;
    expectRenderedExactly(props, template!);
    writeTemplate('any', template);
  }), { seed: SEED, numRuns: RUNS.any });
  // both outcomes are common enough to be tested
  expect(errors).toBeGreaterThan(RUNS.any / 10);
  expect(templates).toBeGreaterThan(RUNS.any / 10);
});

test('Cognito-valid props are never rejected, and are rendered exactly', () => {
  fc.assert(fc.property(validSpec, (spec) => {
    const { props, error, template } = build(spec);
    if (error !== undefined) {
      throw new Error(`rejected valid props ${JSON.stringify(spec)}: ${(error as Error).message}`);
    }
    expectRenderedExactly(props, template!);
    writeTemplate('valid', template);
  }), { seed: SEED, numRuns: RUNS.valid });
  expect(written.valid).toBe(Math.min(CORPUS_LIMIT, RUNS.valid));
});

/** One invalid change to valid props, and the property path the error must name. */
interface Mutation {
  readonly name: string;
  readonly applies: (props: UserPoolClientProps) => boolean;
  readonly change: (props: UserPoolClientProps, n: number) => UserPoolClientProps;
  readonly path: (props: UserPoolClientProps, n: number) => string;
}

const always = () => true;
const oAuthOn = (p: UserPoolClientProps) => !p.disableOAuth;
const knownCallbacks = (p: UserPoolClientProps) => oAuthOn(p) && Array.isArray(p.oAuth?.callbackUrls) && !Token.isUnresolved(p.oAuth!.callbackUrls) && p.oAuth!.callbackUrls!.length > 0;
const callbackIndex = (p: UserPoolClientProps, n: number) => n % p.oAuth!.callbackUrls!.length;
const withCallback = (p: UserPoolClientProps, n: number, url: (old: string) => string): UserPoolClientProps => ({
  ...p, oAuth: { ...p.oAuth, callbackUrls: p.oAuth!.callbackUrls!.map((u, i) => i === callbackIndex(p, n) ? url(u) : u) },
});

const MUTATIONS: Mutation[] = [
  { name: 'access token too short', applies: always, change: (p) => ({ ...p, accessTokenValidity: Duration.seconds(299) }), path: () => 'accessTokenValidity' },
  { name: 'id token too long', applies: always, change: (p) => ({ ...p, idTokenValidity: Duration.seconds(86_401) }), path: () => 'idTokenValidity' },
  { name: 'refresh token too long', applies: always, change: (p) => ({ ...p, refreshTokenValidity: Duration.seconds(315_360_001) }), path: () => 'refreshTokenValidity' },
  { name: 'access token not whole seconds', applies: always, change: (p) => ({ ...p, accessTokenValidity: Duration.millis(600_500) }), path: () => 'accessTokenValidity' },
  { name: 'auth session 3.5 minutes', applies: always, change: (p) => ({ ...p, authSessionValidity: Duration.seconds(210) }), path: () => 'authSessionValidity' },
  { name: 'grace period 61 seconds', applies: always, change: (p) => ({ ...p, refreshTokenRotationGracePeriod: Duration.seconds(61) }), path: () => 'refreshTokenRotationGracePeriod' },
  { name: 'a slash in the name', applies: always, change: (p) => ({ ...p, userPoolClientName: 'app/' + (typeof p.userPoolClientName === 'string' ? p.userPoolClientName.slice(0, 100) : '') }), path: () => 'userPoolClientName' },
  { name: 'context data without a secret', applies: always, change: (p) => ({ ...p, enablePropagateAdditionalUserContextData: true, generateSecret: false }), path: () => 'enablePropagateAdditionalUserContextData' },
  {
    name: 'a provider name of 33 characters', applies: always,
    change: (p) => ({ ...p, supportedIdentityProviders: [...(p.supportedIdentityProviders ?? []), UserPoolClientIdentityProvider.custom('p'.repeat(33))] }),
    path: (p) => `supportedIdentityProviders[${(p.supportedIdentityProviders ?? []).length}]`,
  },
  { name: 'a fragment in a callback URL', applies: knownCallbacks, change: (p, n) => withCallback(p, n, (u) => `${u}#x`), path: (p, n) => `oAuth.callbackUrls[${callbackIndex(p, n)}]` },
  { name: 'http in a callback URL', applies: knownCallbacks, change: (p, n) => withCallback(p, n, () => 'http://app.example.com/cb'), path: (p, n) => `oAuth.callbackUrls[${callbackIndex(p, n)}]` },
  { name: 'a relative callback URL', applies: knownCallbacks, change: (p, n) => withCallback(p, n, () => '/cb'), path: (p, n) => `oAuth.callbackUrls[${callbackIndex(p, n)}]` },
  { name: 'no scopes', applies: oAuthOn, change: (p) => ({ ...p, oAuth: { ...p.oAuth, scopes: [] } }), path: () => 'oAuth.scopes' },
  { name: 'no flows', applies: oAuthOn, change: (p) => ({ ...p, oAuth: { ...p.oAuth, flows: {} } }), path: () => 'oAuth.flows' },
  { name: 'oAuth with disableOAuth', applies: always, change: (p) => ({ ...p, disableOAuth: true, oAuth: p.oAuth ?? {} }), path: () => 'oAuth' },
  { name: 'an unknown property', applies: always, change: (p) => ({ ...p, callbackUrls: ['https://app.example.com/cb'] } as UserPoolClientProps), path: () => 'callbackUrls' },
];

test('one invalid change to valid props is always caught, and named by its path', () => {
  fc.assert(fc.property(validSpec, fc.integer({ min: 0, max: MUTATIONS.length - 1 }), fc.nat(), (spec, m, n) => {
    const mutation = MUTATIONS[m];
    const original = materialize(newStack(), spec);
    fc.pre(mutation.applies(original));
    const { error } = build(spec, (p) => mutation.change(p, n));
    expect(Errors.isValidationError(error)).toBe(true);
    const expected = mutation.path(original, n);
    expect(violationLines(error as Error).some((line) => line.startsWith(`${expected}: `))).toBe(true);
  }), { seed: SEED, numRuns: RUNS.mutation });
});
