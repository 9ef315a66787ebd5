/**
 * A recursive-descent parser for the POSIX shell grammar subset Pod Lab runs: lists with
 * `;` `&` `&&` `||`, pipelines, `if`, `while`, `until`, `for`, `case`, `{ }`, `( )`,
 * assignments and redirects.
 */
import { plainText, ShellSyntaxError, tokenize, type Part, type RedirOp, type Token, type Word } from './lexer';

export interface Redir {
  fd: number;
  op: RedirOp;
  target: Word;
}

export type Node =
  | { type: 'simple'; assigns: { name: string; value: Word }[]; words: Word[]; redirs: Redir[] }
  | { type: 'pipeline'; negate: boolean; cmds: Node[] }
  | { type: 'andor'; first: Node; rest: { op: '&&' | '||'; node: Node }[] }
  | { type: 'list'; items: { node: Node; bg: boolean }[] }
  | { type: 'if'; clauses: { cond: Node; body: Node }[]; elseBody?: Node; redirs: Redir[] }
  | { type: 'loop'; until: boolean; cond: Node; body: Node; redirs: Redir[] }
  | { type: 'for'; name: string; words?: Word[]; body: Node; redirs: Redir[] }
  | { type: 'case'; word: Word; arms: { patterns: Word[]; body: Node }[]; redirs: Redir[] }
  | { type: 'group'; body: Node; subshell: boolean; redirs: Redir[] };

const LIST_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
    return this.toks[this.pos];
  }

  private reserved(): string | undefined {
    const t = this.peek();
    return t?.t === 'word' ? plainText(t.w) : undefined;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }

  private describe(t: Token | undefined): string {
    if (!t) return 'end of file';
    if (t.t === 'word') return t.raw;
    if (t.t === 'op') return t.v === '\n' ? 'newline' : t.v;
    return t.op;
  }

  private fail(expecting = ''): never {
    const t = this.peek();
    if (!t) throw new ShellSyntaxError('eof', '', expecting);
    throw new ShellSyntaxError('unexpected', this.describe(t), expecting);
  }

  private expectWord(word: string): void {
    if (this.reserved() !== word) this.fail(word);
    this.pos++;
  }

  private skipNewlines(): void {
    while (this.isOp('\n')) this.pos++;
  }

  parseProgram(): Node {
    const list = this.parseList();
    if (this.peek()) this.fail();
    return list;
  }

  /** A list runs until a closing reserved word, `)`, `;;` or the end. */
  parseList(): Node {
    const items: { node: Node; bg: boolean }[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t || (t.t === 'op' && (t.v === ')' || t.v === ';;'))) break;
      const word = this.reserved();
      if (word !== undefined && LIST_END.has(word)) break;
      const node = this.parseAndOr();
      let bg = false;
      if (this.isOp('&')) {
        bg = true;
        this.pos++;
      } else if (this.isOp(';')) this.pos++;
      else if (!this.isOp('\n') && this.peek() && !this.isOp(')') && !this.isOp(';;')) {
        const w = this.reserved();
        if (w === undefined || !LIST_END.has(w)) this.fail();
      }
      items.push({ node, bg });
    }
    return { type: 'list', items };
  }

  private parseAndOr(): Node {
    const first = this.parsePipeline();
    const rest: { op: '&&' | '||'; node: Node }[] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.peek() as { v: '&&' | '||' }).v;
      this.pos++;
      this.skipNewlines();
      rest.push({ op, node: this.parsePipeline() });
    }
    return rest.length ? { type: 'andor', first, rest } : first;
  }

  private parsePipeline(): Node {
    let negate = false;
    if (this.reserved() === '!') {
      negate = true;
      this.pos++;
    }
    const cmds = [this.parseCommand()];
    while (this.isOp('|')) {
      this.pos++;
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    return cmds.length > 1 || negate ? { type: 'pipeline', negate, cmds } : (cmds[0] as Node);
  }

  private parseCommand(): Node {
    const word = this.reserved();
    if (word === 'if') return this.withRedirs(this.parseIf());
    if (word === 'while' || word === 'until') return this.withRedirs(this.parseLoop(word === 'until'));
    if (word === 'for') return this.withRedirs(this.parseFor());
    if (word === 'case') return this.withRedirs(this.parseCase());
    if (word === '{') {
      this.pos++;
      const body = this.parseList();
      this.expectWord('}');
      return this.withRedirs<Extract<Node, { type: 'group' }>>({ type: 'group', body, subshell: false, redirs: [] });
    }
    if (this.isOp('(')) {
      this.pos++;
      const body = this.parseList();
      if (!this.isOp(')')) this.fail(')');
      this.pos++;
      return this.withRedirs<Extract<Node, { type: 'group' }>>({ type: 'group', body, subshell: true, redirs: [] });
    }
    return this.parseSimple();
  }

  private withRedirs<T extends { redirs: Redir[] }>(node: T): T {
    while (this.peek()?.t === 'redir') node.redirs.push(this.parseRedir());
    return node;
  }

  private parseRedir(): Redir {
    const t = this.peek() as Extract<Token, { t: 'redir' }>;
    this.pos++;
    const target = this.peek();
    if (target?.t !== 'word') this.fail();
    this.pos++;
    const fd = t.fd ?? (t.op === '<' || t.op === '<&' ? 0 : 1);
    return { fd, op: t.op, target: target.w };
  }

  private parseSimple(): Node {
    const node: Extract<Node, { type: 'simple' }> = { type: 'simple', assigns: [], words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (!t || t.t === 'op') break;
      if (t.t === 'redir') {
        node.redirs.push(this.parseRedir());
        continue;
      }
      const first = t.w.parts[0];
      const m = node.words.length === 0 && first?.k === 'lit' && !first.q ? ASSIGNMENT.exec(first.s) : null;
      if (m && first?.k === 'lit') {
        const rest: Part[] = [{ k: 'lit', s: first.s.slice(m[0].length), q: false }, ...t.w.parts.slice(1)];
        node.assigns.push({ name: m[1] ?? '', value: { parts: rest } });
      } else node.words.push(t.w);
      this.pos++;
    }
    if (!node.words.length && !node.assigns.length && !node.redirs.length) this.fail();
    return node;
  }

  private parseIf(): Extract<Node, { type: 'if' }> {
    const clauses: { cond: Node; body: Node }[] = [];
    let elseBody: Node | undefined;
    this.expectWord('if');
    for (;;) {
      const cond = this.parseList();
      this.expectWord('then');
      clauses.push({ cond, body: this.parseList() });
      const next = this.reserved();
      this.pos++;
      if (next === 'elif') continue;
      if (next === 'else') {
        elseBody = this.parseList();
        this.expectWord('fi');
      } else if (next !== 'fi') {
        this.pos--;
        this.fail('fi');
      }
      break;
    }
    const node: Extract<Node, { type: 'if' }> = { type: 'if', clauses, redirs: [] };
    if (elseBody) node.elseBody = elseBody;
    return node;
  }

  private parseLoop(until: boolean): Extract<Node, { type: 'loop' }> {
    this.pos++;
    const cond = this.parseList();
    this.expectWord('do');
    const body = this.parseList();
    this.expectWord('done');
    return { type: 'loop', until, cond, body, redirs: [] };
  }

  private parseFor(): Extract<Node, { type: 'for' }> {
    this.pos++;
    const name = this.reserved();
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.fail();
    this.pos++;
    let words: Word[] | undefined;
    this.skipNewlines();
    if (this.reserved() === 'in') {
      this.pos++;
      words = [];
      for (let t = this.peek(); t?.t === 'word'; t = this.peek()) {
        words.push(t.w);
        this.pos++;
      }
    }
    if (this.isOp(';') || this.isOp('\n')) this.pos++;
    this.skipNewlines();
    this.expectWord('do');
    const body = this.parseList();
    this.expectWord('done');
    const node: Extract<Node, { type: 'for' }> = { type: 'for', name, body, redirs: [] };
    if (words) node.words = words;
    return node;
  }

  private parseCase(): Extract<Node, { type: 'case' }> {
    this.pos++;
    const t = this.peek();
    if (t?.t !== 'word') this.fail();
    this.pos++;
    this.skipNewlines();
    this.expectWord('in');
    const arms: { patterns: Word[]; body: Node }[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.reserved() === 'esac') break;
      if (this.isOp('(')) this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        const p = this.peek();
        if (p?.t !== 'word') this.fail();
        patterns.push(p.w);
        this.pos++;
        if (!this.isOp('|')) break;
        this.pos++;
      }
      if (!this.isOp(')')) this.fail(')');
      this.pos++;
      arms.push({ patterns, body: this.parseList() });
      if (this.isOp(';;')) this.pos++;
    }
    this.expectWord('esac');
    return { type: 'case', word: t.w, arms, redirs: [] };
  }
}

/** Parse a script. Throws ShellSyntaxError, which the shell words per flavour. */
export function parseScript(src: string): Node {
  return new Parser(tokenize(src)).parseProgram();
}
