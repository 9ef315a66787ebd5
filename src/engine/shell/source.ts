/**
 * A cursor over the script text, shared by the lexer, the word reader and the
 * heredoc reader. It knows line numbers because bash's heredoc warning names the
 * line where the `<<` was written.
 */
export class Source {
  readonly text: string;
  pos = 0;

  constructor(text: string) {
    this.text = text;
  }

  get eof(): boolean {
    return this.pos >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  lineAt(pos: number): number {
    let line = 1;
    for (let i = 0; i < pos && i < this.text.length; i++) if (this.text[i] === '\n') line++;
    return line;
  }

  /** A backslash-newline outside single quotes vanishes: bash's line continuation. */
  skipContinuations(): void {
    while (this.peek() === '\\' && this.peek(1) === '\n') this.pos += 2;
  }
}

/** Characters that end an unquoted word. */
export function isMeta(ch: string): boolean {
  return (
    ch === ' ' ||
    ch === '\t' ||
    ch === '\n' ||
    ch === '|' ||
    ch === '&' ||
    ch === ';' ||
    ch === '(' ||
    ch === ')' ||
    ch === '<' ||
    ch === '>'
  );
}

export function isNameStart(ch: string): boolean {
  return /^[A-Za-z_]$/.test(ch);
}

export function isNameChar(ch: string): boolean {
  return /^[A-Za-z0-9_]$/.test(ch);
}
