import type { UserPoolClientProps } from '../client/props';
import type { ClientFacts } from './client-facts';
import { isKnownList, knownItems } from './tokens';

/** One place in the props (or in the app) that breaks a rule. */
export interface Finding {
  /** The construct property as the user wrote it: `oAuth.callbackUrls[2]`. */
  readonly path: string;
  /** The value given there. */
  readonly value: unknown;
  /** A detail to add to the rule's requirement, for rules that compare two values. */
  readonly detail?: string;
  /** Replaces the rule's requirement, for rules whose message depends on the finding. */
  readonly requirement?: string;
}

/**
 * A documented rule of Cognito (or a risk worth a warning), as data: which property it reads,
 * what it allows, where that is written down, and the check that finds the places that break it.
 *
 * `A` is what the check reads: for the client's own props rules, the props and the facts derived
 * from them; for whole-app rules, the client in its app.
 */
export interface RuleOf<A extends unknown[]> {
  /** Stable id, at the end of every error line; a warning's id is `cdk-cognito-user-pool-client::<id>`. */
  readonly id: string;
  /** An error stops synthesis; a warning can be acknowledged. */
  readonly level: 'error' | 'warning';
  /** The construct property it reads, as the README's validation table lists it. */
  readonly property: string;
  /** What is allowed (or, for a warning, why it is risky): the message after the value. */
  readonly requirement: string;
  /** Where the rule is documented. */
  readonly source: string;
  /** The places that break the rule. */
  readonly check: (...input: A) => readonly Finding[];
}

/**
 * A rule on the client's own props: runs when the client is constructed, and reads the props and
 * the facts several rules derive from them.
 */
export type Rule = RuleOf<[props: UserPoolClientProps, facts: ClientFacts]>;

/** What a rule that holds finds: one shared empty list (most rules hold: nothing is allocated for them). */
export const NONE: readonly Finding[] = Object.freeze([]);

export function found(condition: boolean, path: string, value: unknown, detail?: string): readonly Finding[] {
  return condition ? [{ path, value, detail }] : NONE;
}

/** The places of a list where `test` holds, named `path[i]`. */
export function eachItem<T>(list: readonly T[] | undefined, path: string, test: (item: T) => boolean, show: (item: T) => unknown = (item) => item): readonly Finding[] {
  const items = knownItems(list);
  let findings: Finding[] | undefined;
  for (let i = 0; i < items.length; i++) {
    if (test(items[i])) {
      (findings ??= []).push({ path: `${path}[${i}]`, value: show(items[i]) });
    }
  }
  return findings ?? NONE;
}

/** The findings of `check` for each of `keys`, one after the other (nothing allocated when there are none). */
export function eachKey<K>(keys: readonly K[], check: (key: K) => readonly Finding[]): readonly Finding[] {
  let findings: Finding[] | undefined;
  for (const key of keys) {
    for (const finding of check(key)) {
      (findings ??= []).push(finding);
    }
  }
  return findings ?? NONE;
}

/** Whether a list is a token (its items are unknown until deployment). */
export function isTokenList(list: readonly unknown[] | undefined): boolean {
  return list !== undefined && !isKnownList(list);
}

/** A rule of any kind, as the formatting and the README's table read it. */
export type AnyRule = RuleOf<never>;
