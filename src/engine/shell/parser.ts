/**
 * Bash's grammar for what the sandbox shell runs: lists separated by `;` or
 * newlines, `&&`/`||` chains, `|` pipelines with an optional leading `!`, simple
 * commands with assignments, words and redirections; a list ended by `&` runs in the
 * background (`a & b`: a in the background, b in the foreground). Anything else
 * (subshells, `if`/`for`) stops with a note saying it is not supported.
 */
import { ShellSyntaxError, unexpectedToken } from './errors';
import { Lexer, tokenText } from './lexer';
import type { Token } from './lexer';
import { parseCommand } from './command';
import type { RawAndOrList, RawParseResult, RawPipeline, RawScript } from './types';

export function parseRaw(text: string): RawParseResult {
  const lexer = new Lexer(text);
  const script: RawScript = { lists: [], source: [], warnings: lexer.warnings };
  try {
    for (;;) {
      skipNewlines(lexer);
      const first = lexer.peek();
      if (first.type === 'eof') break;
      const list = parseAndOr(lexer);
      let end = lexer.lastEnd;
      // A background list's source keeps its `&`: run again, it goes to the background again.
      if (endList(lexer)) {
        list.background = true;
        end = lexer.lastEnd;
      }
      script.lists.push(list);
      script.source.push(listSource(lexer, first.start, end));
    }
    return { ok: true, script };
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    return {
      ok: false,
      error: e.message,
      partial: script,
      incomplete: e.incomplete || lexer.hasPendingHeredocs(),
    };
  }
}

/** A list ends at `;`, a newline or the end of the text, or at `&`: true when it runs in the background. */
function endList(lexer: Lexer): boolean {
  const t = lexer.peek();
  if (t.type === 'eof' || t.type === 'newline') return false;
  if (t.type === 'op' && (t.op === ';' || t.op === '&')) {
    lexer.next();
    return t.op === '&';
  }
  throw unexpectedToken(tokenText(t));
}

/**
 * The list as typed, without a trailing comment; a heredoc written for it is part of
 * what the learner typed, so its body and delimiter line are kept.
 */
function listSource(lexer: Lexer, start: number, end: number): string {
  const text = lexer.src.text;
  if (lexer.heredocEnd <= end) return text.slice(start, end);
  const withBody = text.slice(start, lexer.heredocEnd).replace(/\n$/, '');
  lexer.heredocEnd = -1;
  return withBody;
}

function parseAndOr(lexer: Lexer): RawAndOrList {
  const list: RawAndOrList = { first: parsePipeline(lexer), rest: [] };
  for (;;) {
    const t = lexer.peek();
    if (t.type !== 'op' || (t.op !== '&&' && t.op !== '||')) return list;
    lexer.next();
    skipNewlines(lexer);
    list.rest.push({ op: t.op, pipeline: parsePipeline(lexer) });
  }
}

function parsePipeline(lexer: Lexer): RawPipeline {
  let negated = false;
  while (isBang(lexer.peek())) {
    lexer.next();
    negated = !negated;
  }
  // `!` on its own is a valid (empty) pipeline: its status is 1.
  if (negated && endsPipeline(lexer.peek()))
    return { commands: [{ assignments: [], words: [], redirects: [] }], negated };
  const pipeline: RawPipeline = { commands: [parseCommand(lexer)], negated };
  for (;;) {
    const t = lexer.peek();
    if (t.type !== 'op' || (t.op !== '|' && t.op !== '|&')) return pipeline;
    lexer.next();
    // `a |& b` is `a 2>&1 | b`.
    if (t.op === '|&') pipeline.commands[pipeline.commands.length - 1]?.redirects.push({ op: '2>&1' });
    skipNewlines(lexer);
    // `!` negates a whole pipeline, so it cannot follow a `|`.
    if (isBang(lexer.peek())) throw unexpectedToken('!');
    pipeline.commands.push(parseCommand(lexer));
  }
}

function isBang(t: Token): boolean {
  return t.type === 'word' && t.word.text === '!';
}

function endsPipeline(t: Token): boolean {
  return t.type === 'eof' || t.type === 'newline' || (t.type === 'op' && [';', '&&', '||'].includes(t.op));
}

function skipNewlines(lexer: Lexer): void {
  while (lexer.peek().type === 'newline') lexer.next();
}
