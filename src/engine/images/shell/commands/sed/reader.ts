// Reading a sed script a character at a time, as GNU sed's compile.c does (inchar,
// savchar, in_nonblank), so an error names the -e expression and the characters read so
// far the way sed 4.9 counts them: `sed: -e expression #1, char 3: unterminated `s' command`.

/** The ways a script is refused; GNU's words are in messages.ts. */
export type ScriptErrorKey =
  | 'multipleBang'
  | 'unexpectedComma'
  | 'badStep'
  | 'unmatchedBrace'
  | 'unexpectedBrace'
  | 'extraCharacters'
  | 'expectedBackslash'
  | 'braceAddresses'
  | 'colonAddresses'
  | 'commentAddresses'
  | 'missingCommand'
  | 'oneAddress'
  | 'unterminatedAddress'
  | 'unterminatedS'
  | 'unterminatedY'
  | 'unknownSOption'
  | 'multipleP'
  | 'multipleG'
  | 'multipleNumber'
  | 'zeroNumber'
  | 'yLengths'
  | 'lineZero'
  | 'unknownCommand'
  | 'colonLabel'
  | 'recursiveEscape'
  | 'emptyRegexModifiers'
  | 'invalidReference'
  | 'missingFilename'
  | 'regex'
  | 'ancientVersion'
  | 'labelNotFound'
  | 'notSimulated';

export class ScriptError extends Error {
  constructor(
    readonly key: ScriptErrorKey,
    /** Which -e expression, from 1. */
    readonly expr: number,
    /** Characters of it read when sed gave up (0 once the whole script was read). */
    readonly char: number,
    /** The command character, regex error text, label or delimiter the message names. */
    readonly arg = '',
    /** The regex a busybox message quotes. */
    readonly pattern = '',
  ) {
    super(key);
  }
}

export const EOF = undefined;
export type Ch = string | undefined;

export const isBlank = (c: Ch): boolean => c === ' ' || c === '\t';
export const isSpace = (c: Ch): boolean => c !== undefined && ' \t\n\v\f\r'.includes(c);
export const isDigit = (c: Ch): boolean => c !== undefined && c >= '0' && c <= '9';

export class Reader {
  pos = 0;

  constructor(
    readonly text: string,
    readonly expr: number,
  ) {}

  next(): Ch {
    return this.pos < this.text.length ? this.text[this.pos++] : EOF;
  }

  /** Give back the character just read (nothing, if that was the end). */
  back(c: Ch): void {
    if (c !== EOF) this.pos--;
  }

  nonblank(): Ch {
    let c: Ch;
    do c = this.next();
    while (isBlank(c));
    return c;
  }

  /** Digits starting with `c`, the character after them given back. */
  integer(c: Ch): number {
    let n = 0;
    while (isDigit(c)) {
      n = n * 10 + Number(c);
      c = this.next();
    }
    this.back(c);
    return n;
  }

  fail(key: ScriptErrorKey, arg = '', pattern = ''): never {
    throw new ScriptError(key, this.expr, this.pos, arg, pattern);
  }

  /** After a command: only blanks, then `;`, a newline, the end, or a `}` or `#` that starts the next. */
  endOfCommand(c: Ch = this.nonblank()): void {
    if (c === '}' || c === '#') this.back(c);
    else if (c !== EOF && c !== '\n' && c !== ';') this.fail('extraCharacters');
  }

  /** What a `[` in a regex opens, up to its `]` (snarf_char_class); the character it stopped at. */
  private charClass(add: (c: string) => void): Ch {
    let c = this.next();
    if (c === '^') c = this.addNext(add, c);
    if (c === ']') c = this.addNext(add, c);
    // 0 outside [: :] and its kin, 1 after their `[`, 2 inside, 3 after the closing `:`/`.`/`=`.
    let state = 0;
    let delim: Ch;
    for (; ; c = this.addNext(add, c!)) {
      if (c === EOF || c === '\n') return c;
      if (c === '.' || c === ':' || c === '=') {
        if (state === 1) {
          delim = c;
          state = 2;
          continue;
        }
        if (state === 2 && c === delim) {
          state = 3;
          continue;
        }
      } else if (c === '[') {
        if (state === 0) state = 1;
        continue;
      } else if (c === ']') {
        if (state === 0 || state === 1) return c;
        if (state === 3) state = 0;
      }
      state &= ~1;
    }
  }

  private addNext(add: (c: string) => void, c: string): Ch {
    add(c);
    return this.next();
  }

  /**
   * The text up to the next unescaped `slash` (match_slash): `\slash` is the slash itself
   * (in a replacement `\&` stays), in a regex `\n` is a newline, a backslash-newline a
   * newline; a bare newline or the end leaves it unterminated (undefined).
   */
  delimited(slash: string, regex: boolean): string | undefined {
    let b = '';
    const add = (c: string) => (b += c);
    let c: Ch;
    while ((c = this.next()) !== EOF && c !== '\n') {
      if (c === slash) return b;
      if (c === '\\') {
        c = this.next();
        if (c === EOF) break;
        if (c === 'n' && regex) c = '\n';
        else if (c !== '\n' && (c !== slash || (!regex && c === '&'))) b += '\\';
      } else if (c === '[' && regex) {
        b += c;
        c = this.charClass(add);
        if (c !== ']') break;
      }
      b += c;
    }
    if (c === '\n') this.back(c);
    return undefined;
  }

  /** A label for `:`, `b`, `t`, `T`: up to a blank, `;`, `}` or `#`. */
  label(): string {
    let b = '';
    let c = this.nonblank();
    while (c !== EOF && c !== '\n' && !isBlank(c) && c !== ';' && c !== '}' && c !== '#') {
      b += c;
      c = this.next();
    }
    this.back(c);
    return b;
  }
}
