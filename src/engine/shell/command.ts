/**
 * One simple command: `NAME=value` assignments before the command name, the words,
 * and redirections anywhere among them (`kubectl get pods > out.txt 2>&1`).
 */
import { notSupported, unexpectedEndOfFile, unexpectedToken } from './errors';
import { heredocDelimiter } from './heredoc';
import { tokenText } from './lexer';
import type { Lexer, Token } from './lexer';
import type { RawCommand, RawRedirect, RawWord } from './types';

/** Words that open a compound command: the sandbox shell runs simple commands only. */
const OPENING_KEYWORDS: Record<string, string> = {
  if: "an `if' statement",
  for: "a `for' loop",
  while: "a `while' loop",
  until: "an `until' loop",
  case: "a `case' statement",
  select: "a `select' menu",
  function: 'a shell function',
  coproc: 'a coprocess',
  '{': "a `{ …; }' command group",
  '[[': "the `[[ … ]]' test",
};
const CLOSING_KEYWORDS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', ']]']);

export function parseCommand(lexer: Lexer): RawCommand {
  const cmd: RawCommand = { assignments: [], words: [], redirects: [] };
  let consumed = false;
  for (;;) {
    const t = lexer.peek();
    if (t.type === 'word') {
      lexer.next();
      if (!consumed) checkKeyword(t.word);
      addWord(cmd, t.word);
    } else if (t.type === 'op' && isRedirectOp(t.op)) {
      lexer.next();
      parseRedirect(lexer, cmd, t);
    } else break;
    consumed = true;
  }
  if (!consumed) throw noCommand(lexer.peek());
  return cmd;
}

function noCommand(t: Token): Error {
  if (t.type === 'eof') return unexpectedEndOfFile();
  if (t.type === 'op' && t.op === '(') return notSupported('running commands in a subshell ( … )');
  return unexpectedToken(tokenText(t));
}

function checkKeyword(word: RawWord): void {
  const what = OPENING_KEYWORDS[word.text];
  if (what !== undefined) throw notSupported(what);
  if (CLOSING_KEYWORDS.has(word.text)) throw unexpectedToken(word.text);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** `NAME=value` is an assignment only before the command name and with NAME unquoted. */
function addWord(cmd: RawCommand, word: RawWord): void {
  const first = word.parts[0];
  const m = first?.kind === 'lit' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
  if (m && cmd.words.length === 0 && first?.kind === 'lit') {
    const name = m[1] ?? '';
    const rest = first.text.slice(m[0].length);
    const parts = rest === '' ? word.parts.slice(1) : [{ ...first, text: rest }, ...word.parts.slice(1)];
    cmd.assignments.push({ name, value: { parts, text: word.text.slice(m[0].length) } });
    return;
  }
  cmd.words.push(word);
}

function isRedirectOp(op: string): boolean {
  return op.startsWith('<') || op.startsWith('>') || op === '&>' || op === '&>>';
}

function parseRedirect(lexer: Lexer, cmd: RawCommand, t: Token & { type: 'op' }): void {
  const targetToken = lexer.next();
  if (targetToken.type !== 'word') {
    if (targetToken.type === 'eof') throw unexpectedToken('newline');
    throw unexpectedToken(tokenText(targetToken));
  }
  const target = targetToken.word;
  if (t.op === '<<' || t.op === '<<-') {
    const { delimiter, expand } = heredocDelimiter(target);
    const doc = { delimiter, expand, stripTabs: t.op === '<<-', line: lexer.src.lineAt(t.start), parts: [] };
    lexer.addHeredoc(doc);
    // The body is read later; the command sees it through this shared object.
    cmd.stdin = {
      hereString: false,
      get parts() {
        return doc.parts;
      },
    };
    return;
  }
  if (t.op === '<<<') {
    cmd.stdin = { parts: target.parts, hereString: true };
    return;
  }
  cmd.redirects.push(...redirectFor(t.op, t.fd, target));
}

function redirectFor(op: string, fd: number | undefined, target: RawWord): RawRedirect[] {
  const out = fd === undefined || fd === 1;
  if ((op === '>' || op === '>|') && (out || fd === 2)) return [{ op: out ? '>' : '2>', target }];
  if (op === '>>' && (out || fd === 2)) return [{ op: out ? '>>' : '2>>', target }];
  if (op === '<' && (fd === undefined || fd === 0)) return [{ op: '<', target }];
  if (op === '>&' && fd === 2 && target.text === '1') return [{ op: '2>&1' }];
  if (op === '>&' && out && target.text === '2') return [{ op: '>&2' }];
  if ((op === '&>' || op === '>&') && fd === undefined) return [{ op: '>', target }, { op: '2>&1' }];
  if (op === '&>>' && fd === undefined) return [{ op: '>>', target }, { op: '2>&1' }];
  const shown = `${fd ?? ''}${op}${target.text}`;
  throw notSupported(`the redirection \`${shown}'`);
}
