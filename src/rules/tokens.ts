import { Token, Tokenization } from 'aws-cdk-lib';

/** Something that tests a whole string: a RegExp, or one made on first use (`lazyRegExp`). */
export interface TextPattern {
  test(text: string): boolean;
}

/**
 * A RegExp compiled on first use: a Unicode property class costs about a millisecond to compile,
 * which every app would otherwise pay when it imports the library. `accepts`, a cheap pattern that
 * matches only strings the RegExp matches too, is tried first: most text is ASCII.
 */
export function lazyRegExp(source: string, flags?: string, accepts?: RegExp): TextPattern {
  let compiled: RegExp | undefined;
  return { test: (text) => accepts?.test(text) || (compiled ??= new RegExp(source, flags)).test(text) };
}

/**
 * Whether a string holds a token, as `Token.isUnresolved` tells, without its cost (an object and a
 * RegExp search) for the plain strings nearly all are: aws-cdk-lib encodes a token in a string as
 * `${Token[...]}`, and a number token as `-1.<digits>e+289`; a string with neither marker holds
 * none. test/rules-tokens.test.ts holds it to `Token.isUnresolved` for every kind of token.
 */
export function holdsTokens(text: string): boolean {
  return (text.includes('${Token[') || text.includes('e+289')) && Token.isUnresolved(text);
}

/** Stands for an unresolved token inside a string; never part of a valid literal. */
const TOKEN_MARK = '\u0000';

/**
 * What the literal parts of a string reveal. A plain string is all literal; in
 * `https://${domain}/cb` the scheme and path are literal and the host is unknown.
 */
export class LiteralView {
  /** Whether any part of the string is an unresolved token. */
  public readonly hasTokens: boolean;
  /** The literal text before the first token (all of it for a plain string). */
  public readonly prefix: string;
  /** All literal characters, tokens left out. */
  public readonly literalText: string;

  constructor(value: string) {
    // Worked out at once: every client has several strings, nearly all of them plain.
    if (!holdsTokens(value)) {
      this.hasTokens = false;
      this.prefix = value;
      this.literalText = value;
      return;
    }
    const masked = Tokenization.reverseString(value)
      .mapTokens({ mapToken: () => TOKEN_MARK })
      .join({ join: (left: unknown, right: unknown) => `${left}${right}` }) as string;
    // Token.isUnresolved and reverseString find tokens with the same pattern: there is at least one.
    this.hasTokens = true;
    this.prefix = masked.slice(0, masked.indexOf(TOKEN_MARK));
    this.literalText = masked.split(TOKEN_MARK).join('');
  }

  /** The length the string has at least: its literal characters (a token may resolve to nothing). */
  get minLength(): number {
    return this.literalText.length;
  }

  /**
   * Whether the string breaks a documented "1 to `maxLength` characters of `pattern`" constraint,
   * as far as its literal parts tell: it is known to be empty, its literal characters alone are
   * too many, or one of them is not allowed.
   */
  breaksTextConstraint(maxLength: number, pattern?: TextPattern): boolean {
    return (!this.hasTokens && this.minLength === 0) || this.minLength > maxLength || (pattern !== undefined && !this.literalsMatch(pattern));
  }

  /** Whether the literal characters, tokens left out, match `pattern` (which must accept the empty string). */
  literalsMatch(pattern: TextPattern): boolean {
    return pattern.test(this.literalText);
  }
}

/** The items of a list not given, or of a token list: one shared empty list. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** A list whose items can be checked one by one (a token list cannot: its items are unknown). */
export function knownItems<T>(list: readonly T[] | undefined): readonly T[] {
  return list === undefined || Token.isUnresolved(list) ? NO_ITEMS : list;
}

/** Whether a list's length is known (not a token list). */
export function isKnownList(list: readonly unknown[] | undefined): list is readonly unknown[] {
  return list !== undefined && !Token.isUnresolved(list);
}
