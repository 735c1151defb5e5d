import { Token, Tokenization } from 'aws-cdk-lib';

/** Stands for an unresolved token inside a string; never part of a valid literal. */
const TOKEN_MARK = '\u0000';

/**
 * What the literal parts of a string reveal. A plain string is all literal; in
 * `https://${domain}/cb` the scheme and path are literal and the host is unknown.
 */
export class LiteralView {
  /** The string with every token replaced by one `TOKEN_MARK`. */
  private readonly masked: string;

  constructor(value: string) {
    this.masked = Token.isUnresolved(value)
      ? Tokenization.reverseString(value)
        .mapTokens({ mapToken: () => TOKEN_MARK })
        .join({ join: (left: unknown, right: unknown) => `${left}${right}` })
      : value;
  }

  /** Whether any part of the string is an unresolved token. */
  get hasTokens(): boolean {
    return this.masked.includes(TOKEN_MARK);
  }

  /** The literal text before the first token (all of it for a plain string). */
  get prefix(): string {
    const at = this.masked.indexOf(TOKEN_MARK);
    return at === -1 ? this.masked : this.masked.slice(0, at);
  }

  /** All literal characters, tokens left out. */
  get literalText(): string {
    return this.masked.split(TOKEN_MARK).join('');
  }

  /** The length the string has at least: its literal characters (a token may resolve to nothing). */
  get minLength(): number {
    return this.literalText.length;
  }

  /** Whether every literal character matches `charClass` (a regex matching one character). */
  literalsMatch(charClass: RegExp): boolean {
    for (const char of this.literalText) {
      if (!charClass.test(char)) {
        return false;
      }
    }
    return true;
  }
}

/** A list whose items can be checked one by one (a token list cannot: its items are unknown). */
export function knownItems<T>(list: readonly T[] | undefined): readonly T[] {
  return list === undefined || Token.isUnresolved(list) ? [] : list;
}

/** Whether a list's length is known (not a token list). */
export function isKnownList(list: readonly unknown[] | undefined): list is readonly unknown[] {
  return list !== undefined && !Token.isUnresolved(list);
}
