import type { ClientDescription, Written } from './description';

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
 * `I` is what the check reads: for the client's own props rules, the props and the facts derived
 * from them; for whole-app rules, the client in its app.
 */
export interface RuleOf<I> {
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
  readonly check: (input: I) => readonly Finding[];
}

/**
 * A rule on a client's own settings: reads its description, whoever made it. Our construct runs
 * these when the client is constructed; the checks run them for other clients at synth.
 */
export type Rule = RuleOf<ClientDescription> & {
  /** Why the checks do not apply it to clients our construct did not make: it reads what only our props express. */
  readonly constructOnly?: string;
  /** Why our construct never breaks it: it renders the setting right itself. */
  readonly checksOnly?: string;
};

/** What a rule that holds finds: one shared empty list (most rules hold: nothing is allocated for them). */
export const NONE: readonly Finding[] = Object.freeze([]);

export function found(condition: boolean, path: string, value: unknown, detail?: string): readonly Finding[] {
  return condition ? [{ path, value, detail }] : NONE;
}

/** The items of a list where `test` holds, each at its own path. */
export function eachItem<T extends Written<unknown>>(items: readonly T[] | undefined, test: (item: T) => boolean): readonly Finding[] {
  let findings: Finding[] | undefined;
  if (items !== undefined) {
    for (let i = 0; i < items.length; i++) {
      if (test(items[i])) {
        (findings ??= []).push({ path: items[i].path, value: items[i].shown });
      }
    }
  }
  return findings ?? NONE;
}

/** A finding at a written value. */
export function at(written: Pick<Written<unknown>, 'path' | 'shown'>, detail?: string): readonly Finding[] {
  return [{ path: written.path, value: written.shown, detail }];
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

/** A rule of any kind, as the formatting and the README's table read it. */
export type AnyRule = RuleOf<never>;
