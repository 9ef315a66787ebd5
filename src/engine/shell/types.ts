/**
 * The shape of what the learner's shell line (or a lesson's script) parses into.
 * Two layers, as in bash: the parser builds commands whose words are still
 * unexpanded (`Raw*`), and expansion turns them into argv just before each simple
 * command runs — that is when `$?` and a variable set on the previous line are known.
 */

/** `>`/`>>`/`<`/`2>`/`2>>`: target is a file name. `2>&1`: target '1'. `>&2`: target '2'. */
export interface Redirect {
  op: '>' | '>>' | '<' | '2>' | '2>>' | '2>&1' | '>&2';
  target: string;
}

export interface SimpleCommand {
  argv: string[];
  /** The body of a heredoc (`<<EOF`) or here-string (`<<<`), fed to the command's stdin. */
  stdin?: string;
  redirects: Redirect[];
  /** `FOO=bar cmd`: for the command's environment; with an empty argv, shell variables. */
  assignments: Record<string, string>;
}

/** `a | b | c`; `negated` for a leading `!`. */
export interface Pipeline {
  commands: SimpleCommand[];
  negated: boolean;
}

export interface AndOrList {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
  background?: true;
}

export interface Script {
  lists: AndOrList[];
  /** The source text of each list, for the `$ command` echo in transcripts. */
  source: string[];
  /** What bash prints on stderr while still running the script, e.g. an unterminated heredoc. */
  warnings: string[];
}

export type ParseResult =
  | { ok: true; script: Script }
  /**
   * `partial` holds the lists before the error: bash reads a script one complete
   * command at a time, so a script has already run those when it meets the error.
   */
  | { ok: false; error: string; partial: Script };

// ---- the unexpanded layer ----

/** One piece of a word before expansion. `quoted` pieces are never split into fields. */
export type WordPart =
  | { kind: 'lit'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; op?: ParamOp; arg?: WordPart[] }
  | { kind: 'tilde' };

/** The `${NAME<op>word}` forms the sandbox shell understands. */
export type ParamOp = 'length' | ':-' | '-' | ':=' | '=' | ':+' | '+';

export interface RawWord {
  parts: WordPart[];
  /** The word as typed, quotes included. */
  text: string;
}

export type RawRedirect =
  { op: Redirect['op']; target: RawWord } | { op: '2>&1' | '>&2'; target?: undefined };

export interface RawCommand {
  assignments: { name: string; value: RawWord }[];
  words: RawWord[];
  redirects: RawRedirect[];
  /** Heredoc body parts (already read), or a here-string word. */
  stdin?: { parts: WordPart[]; hereString: boolean };
}

export interface RawPipeline {
  commands: RawCommand[];
  negated: boolean;
}

export interface RawAndOrList {
  first: RawPipeline;
  rest: { op: '&&' | '||'; pipeline: RawPipeline }[];
  /** Ended by `&`: bash runs it as a background job and goes on at once. */
  background?: true;
}

export interface RawScript {
  lists: RawAndOrList[];
  source: string[];
  warnings: string[];
}

export type RawParseResult =
  { ok: true; script: RawScript } | { ok: false; error: string; partial: RawScript; incomplete: boolean };
