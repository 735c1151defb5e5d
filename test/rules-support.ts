// Helpers for the rule tests (test/rules-*.test.ts, test/property*.test.ts): build a client,
// catch its ValidationError, read the violations it lists.
import { App, Errors, Stack } from 'aws-cdk-lib';
import type { ValidationError } from 'aws-cdk-lib';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { UserPoolClient } from '../src';
import type { UserPoolClientProps } from '../src';
import { SCHEMA_RULE } from '../src/client/schema';
import { RULES } from '../src/rules/table';
import type { Rule } from '../src/rules/table';
import { findViolations } from '../src/client/validate';
import { NO_CFN_VALIDATION } from './util/cdk-features';
import { declareNamedAsOutsideApp } from './util/outside-app';

/** Props without the pool: the tests add a fresh pool. */
export type ClientProps = Omit<UserPoolClientProps, 'userPool'> & { userPool?: UserPoolClientProps['userPool'] };

/** Props, or a function that makes them in the stack (for tokens, roles, Pinpoint apps). */
export type PropsMaker = ClientProps | ((stack: Stack) => ClientProps);

/**
 * A stack in an app whose built-in CloudFormation validation is off: the rule tests check our own
 * rules, and the engine's start-up would cost seconds per test file.
 */
export function newStack(): Stack {
  return new Stack(new App(NO_CFN_VALIDATION), 'Stack');
}

/** The props a maker makes, with a new `UserPool` unless it names a pool. */
export function makeProps(stack: Stack, maker: PropsMaker): UserPoolClientProps {
  const props = typeof maker === 'function' ? maker(stack) : maker;
  return { userPool: props.userPool ?? new UserPool(stack, 'Pool'), ...props } as UserPoolClientProps;
}

/** What constructing the client did: the client, or the error it threw. */
export interface Attempt {
  readonly stack: Stack;
  readonly client?: UserPoolClient;
  readonly error?: unknown;
}

/**
 * Constructs `Stack/Client` with the props; never throws. What the props name on the pool is
 * declared outside the app: these tests are about the client's own props.
 */
export function attempt(maker: PropsMaker): Attempt {
  const stack = newStack();
  const props = makeProps(stack, maker);
  try {
    const client = new UserPoolClient(stack, 'Client', props);
    declareNamedAsOutsideApp(client, props);
    return { stack, client };
  } catch (error) {
    return { stack, error };
  }
}

/** The ValidationError the props cause; fails the test if they cause none, or another error. */
export function validationError(maker: PropsMaker): ValidationError {
  const { error } = attempt(maker);
  if (error === undefined) {
    throw new Error('expected a ValidationError, but the client was created');
  }
  if (!Errors.isValidationError(error)) {
    throw error;
  }
  return error;
}

/** The violation lines of a ValidationError message (`  <path>: <value> <requirement>`), trimmed. */
export function violationLines(error: Error): string[] {
  return error.message.split('\n').slice(1).map((line) => line.trim());
}

/** The lines of the error the props cause, or [] when the client is created. */
export function errorLines(maker: PropsMaker): string[] {
  const { error } = attempt(maker);
  if (error === undefined) {
    return [];
  }
  if (!Errors.isValidationError(error)) {
    throw error;
  }
  return violationLines(error);
}

/** Fails the test with the error's message if the props cause one. */
export function expectValid(maker: PropsMaker): UserPoolClient {
  const { client, error } = attempt(maker);
  if (error !== undefined) {
    throw new Error(`expected no error, got: ${(error as Error).message}`);
  }
  return client!;
}

/** The rule with this id (the schema rule included); fails on an unknown id. */
export function rule(id: string): Rule {
  const found = [SCHEMA_RULE, ...RULES].find((r) => r.id === id);
  if (!found) {
    throw new Error(`no rule ${id}`);
  }
  return found;
}

/** The rule ids and paths of the error-level violations of the props (schema first, as validate does). */
export function errorFindings(maker: PropsMaker): Array<{ id: string; path: string }> {
  const stack = newStack();
  return findViolations(makeProps(stack, maker))
    .filter((v) => v.rule.level === 'error')
    .map((v) => ({ id: v.rule.id, path: v.finding.path }));
}

/**
 * A boundary of a rule: `pass` is just inside what the rule allows, `fail` just outside, and
 * the failure names `path` and shows `value` (as the message formats it).
 */
export interface Boundary {
  readonly rule: string;
  readonly name: string;
  readonly pass: PropsMaker;
  readonly fail: PropsMaker;
  readonly path: string;
  readonly value: string;
  /** The end of the line after the requirement, for rules that add a detail. */
  readonly detail?: string;
  /** The requirement when the finding replaces the rule's (the schema rule). */
  readonly requirement?: string;
  /** Other errors the failing props also cause, as `path` (the boundary's own line must be there). */
  readonly alsoFails?: string[];
}

/**
 * A violation as the message shows it: `<path>: <value> <requirement> (<detail>) [<rule id>]` (no
 * space before a requirement that starts with a comma; a warning's line has no rule id).
 */
export function messageLine(path: string, value: string, requirement: string, detail?: string, ruleId?: string): string {
  const separator = requirement.startsWith(',') ? '' : ' ';
  return `${path}: ${value}${separator}${requirement}${detail === undefined ? '' : ` (${detail})`}${ruleId === undefined ? '' : ` [${ruleId}]`}`;
}

/** One test per boundary: `pass` creates the client; `fail` throws one ValidationError with the exact line. */
export function boundaryTests(boundaries: readonly Boundary[]): void {
  test.each(boundaries.map((b) => [`${b.rule}: ${b.name}`, b] as const))('%s', (_name, b) => {
    expectValid(b.pass);
    const lines = violationLines(validationError(b.fail));
    expect(lines).toContain(messageLine(b.path, b.value, b.requirement ?? rule(b.rule).requirement, b.detail, b.rule));
    expect(lines.map((line) => line.slice(0, line.indexOf(': '))).sort()).toEqual([b.path, ...(b.alsoFails ?? [])].sort());
    expect(errorFindings(b.fail)).toContainEqual({ id: b.rule, path: b.path });
  });
}

/** `n` distinct custom scopes `srv/s0`, `srv/s1`, ... */
export function customScopeNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `srv/s${i}`);
}

/** `n` distinct https URLs. */
export function httpsUrls(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `https://app.example.com/cb/${i}`);
}

/** An https URL of exactly `length` characters. */
export function urlOfLength(length: number): string {
  const base = 'https://app.example.com/';
  return base + 'a'.repeat(length - base.length);
}
