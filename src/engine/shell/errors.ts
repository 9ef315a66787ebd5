/**
 * The messages bash 5.2 prints for a line it cannot parse, in the form an interactive
 * shell uses (no `script.sh: line N:` prefix), plus Pod Lab's own notes for shell
 * features the sandbox does not have.
 */
export class ShellSyntaxError extends Error {
  /**
   * True when more input could complete the text (open quote, `&&` at the end…):
   * an interactive terminal shows the `> ` continuation prompt instead of the error.
   */
  readonly incomplete: boolean;

  constructor(message: string, incomplete = false) {
    super(message);
    this.name = 'ShellSyntaxError';
    this.incomplete = incomplete;
  }
}

export function unexpectedToken(token: string): ShellSyntaxError {
  return new ShellSyntaxError(`bash: syntax error near unexpected token \`${token}'`);
}

export function unexpectedEndOfFile(): ShellSyntaxError {
  return new ShellSyntaxError('bash: syntax error: unexpected end of file', true);
}

/** Bash 5.2 prints only this line for an unclosed quote (5.1 added a second one). */
export function unmatchedQuote(quote: string): ShellSyntaxError {
  return new ShellSyntaxError(`bash: unexpected EOF while looking for matching \`${quote}'`, true);
}

export function badSubstitution(text: string): ShellSyntaxError {
  return new ShellSyntaxError(`bash: ${text}: bad substitution`);
}

export function notSupported(what: string): ShellSyntaxError {
  return new ShellSyntaxError(`pod-lab: ${what} is not supported here`);
}

export function heredocAtEof(line: number, delimiter: string): string {
  return `bash: warning: here-document at line ${line} delimited by end-of-file (wanted \`${delimiter}')`;
}
