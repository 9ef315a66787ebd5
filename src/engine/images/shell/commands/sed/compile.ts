// A sed script compiled as GNU sed 4.9's compile.c reads it: each -e expression in turn
// (a `{` or an `a\` may continue into the next), addresses then a command, `;` or a
// newline between commands; refusals carry sed's own words and character count.
import { normalizeText, RecursiveEscape, type TextKind } from './escapes';
import type { Address, Command, Program } from './program';
import { EOF, isDigit, isSpace, Reader, ScriptError, type Ch } from './reader';
import { compileRegex, RegexError, type Regex, type RegexFlags } from './regex';
import { parseReplacement } from './substitute';

const VERSION = [4, 9];
const SPECIAL_FILES: Record<string, 1 | 2> = { '/dev/stdout': 1, '/dev/stderr': 2 };

class Compiler {
  readonly commands: Command[] = [];
  quiet = false;
  private r!: Reader;
  private readonly blocks: { index: number; expr: number }[] = [];
  /** An a/i/c whose text the expression ended in (`-e 'a\' -e 'text'`). */
  private pending: { cmd: Command; text: string } | undefined;
  private readonly labels = new Map<string, number>();

  constructor(private readonly extended: boolean) {}

  expression(text: string, expr: number): void {
    this.r = new Reader(text, expr);
    if (this.pending) this.readText(undefined, '\n');
    for (;;) {
      let c: Ch;
      do c = this.r.next();
      while (c === ';' || isSpace(c));
      if (c === EOF) return;
      this.command(c);
    }
  }

  private normalize(s: string, kind: TextKind): string {
    try {
      return normalizeText(s, kind);
    } catch (e) {
      if (e instanceof RecursiveEscape) this.r.fail('recursiveEscape');
      throw e;
    }
  }

  private regex(source: string, flags: RegexFlags, groupsNeeded = 0): Regex | undefined {
    if (source === '') {
      if (flags.icase || flags.multiline) this.r.fail('emptyRegexModifiers');
      return undefined;
    }
    const pattern = this.normalize(source, 'regex');
    let rx: Regex;
    try {
      rx = compileRegex(pattern, flags);
    } catch (e) {
      if (e instanceof RegexError) this.r.fail('regex', e.message, pattern);
      throw e;
    }
    if (groupsNeeded > rx.groups) this.r.fail('invalidReference', String(groupsNeeded));
    return rx;
  }

  /** An address starting with `c`, or undefined (nothing read) when `c` starts none. */
  private address(c: Ch): Address | undefined {
    const r: Reader = this.r;
    if (c === '/' || c === '\\') {
      const slash = c === '\\' ? r.next() : c;
      const source = slash === EOF ? undefined : r.delimited(slash, true);
      if (source === undefined) r.fail('unterminatedAddress', slash ?? '');
      const flags = { extended: this.extended, icase: false, multiline: false };
      for (;;) {
        c = r.nonblank();
        if (c === 'I') flags.icase = true;
        else if (c === 'M') flags.multiline = true;
        else break;
      }
      r.back(c);
      return { kind: 'regex', rx: this.regex(source, flags) };
    }
    if (isDigit(c)) {
      const n = r.integer(c);
      c = r.nonblank();
      if (c !== '~') {
        r.back(c);
        return { kind: 'line', n };
      }
      const step = r.integer(r.nonblank());
      return step > 0 ? { kind: 'step', first: n, step } : { kind: 'line', n };
    }
    if (c === '+' || c === '~') {
      const n = r.integer(r.nonblank());
      return n === 0 ? { kind: 'none' } : { kind: c === '+' ? 'plus' : 'multiple', n };
    }
    return c === '$' ? { kind: 'last' } : undefined;
  }

  private command(c: Ch): void {
    const r: Reader = this.r;
    const cmd: Command = { name: '', bang: false };
    const a1 = this.address(c);
    if (a1) {
      if (a1.kind === 'plus' || a1.kind === 'multiple' || a1.kind === 'none') r.fail('badStep');
      cmd.a1 = a1;
      c = r.nonblank();
      if (c === ',') {
        const a2 = this.address(r.nonblank());
        if (!a2) r.fail('unexpectedComma');
        cmd.a2 = a2;
        c = r.nonblank();
      }
      if (a1.kind === 'line' && a1.n === 0 && cmd.a2?.kind !== 'regex') r.fail('lineZero');
    }
    if (c === '!') {
      cmd.bang = true;
      c = r.nonblank();
      if (c === '!') r.fail('multipleBang');
    }
    if (c === EOF) r.fail('missingCommand');
    cmd.name = c;
    if (this.arguments(cmd)) this.commands.push(cmd);
  }

  /** The command's arguments; false for those that compile to nothing (`#`, `v`). */
  private arguments(cmd: Command): boolean {
    const r: Reader = this.r;
    const name = cmd.name;
    if (name === '#') {
      if (cmd.a1) r.fail('commentAddresses');
      let c = r.next();
      if (c === 'n' && r.expr === 1 && r.pos === 2) this.quiet = true;
      while (c !== EOF && c !== '\n') c = r.next();
      return false;
    }
    if (name === 'v') {
      const wanted = (r.label() || '4.0').split('.').map(Number);
      const newer = wanted.findIndex((n, i) => n !== (VERSION[i] ?? 0));
      if (newer >= 0 && wanted[newer]! > (VERSION[newer] ?? 0)) r.fail('ancientVersion');
      return false;
    }
    if (name === '{') this.blocks.push({ index: this.commands.length, expr: r.expr });
    else if (name === '}') this.closeBlock(cmd);
    else if ('aic'.includes(name)) this.textCommand(cmd);
    else if (name === ':') {
      if (cmd.a1) r.fail('colonAddresses');
      const label = r.label();
      if (!label) r.fail('colonLabel');
      this.labels.set(label, this.commands.length);
    } else if ('btT'.includes(name)) cmd.label = r.label();
    else if ('qQl'.includes(name)) {
      if ((name === 'q' || name === 'Q') && cmd.a2) r.fail('oneAddress');
      let c = r.nonblank();
      cmd.int = -1;
      if (isDigit(c)) {
        cmd.int = r.integer(c);
        c = r.nonblank();
      }
      r.endOfCommand(c);
    } else if ('=dDFgGhHnNpPzx'.includes(name)) r.endOfCommand();
    else if ('wWrR'.includes(name)) cmd.write = this.specialFile(name);
    else if (name === 's') this.substitution(cmd);
    else if (name === 'y') this.transliteration(cmd);
    else if (name === 'e') r.fail('notSimulated', name);
    else r.fail('unknownCommand', name);
    return true;
  }

  private closeBlock(cmd: Command): void {
    const open = this.blocks.pop();
    if (!open) this.r.fail('unexpectedBrace');
    if (cmd.a1) this.r.fail('braceAddresses');
    this.r.endOfCommand();
    this.commands[open.index]!.jump = this.commands.length;
  }

  private textCommand(cmd: Command): void {
    const r: Reader = this.r;
    let c = r.nonblank();
    if (c === EOF) r.fail('expectedBackslash');
    if (c === '\\') c = r.next();
    else {
      r.back(c);
      c = '\n';
    }
    this.readText(cmd, c);
  }

  /** An a/i/c text up to an unescaped newline (read_text); `leadin` is the character after `a\`. */
  private readText(cmd: Command | undefined, leadin: Ch): void {
    const r: Reader = this.r;
    if (cmd) {
      cmd.text = '';
      this.pending = { cmd, text: '' };
    }
    const p = this.pending!;
    if (leadin === EOF) return;
    if (leadin !== '\n') p.text += leadin;
    let c = r.next();
    while (c !== EOF && c !== '\n') {
      if (c === '\\') {
        c = r.next();
        if (c !== EOF) p.text += '\\';
      }
      if (c === EOF) {
        p.text += '\n';
        return;
      }
      p.text += c;
      c = r.next();
    }
    p.cmd.text = this.normalize(p.text + '\n', 'text');
    this.pending = undefined;
  }

  /** The file of `w` (or `r`): only writing to the terminal's streams is simulated. */
  private specialFile(what: string): 1 | 2 {
    const r: Reader = this.r;
    let c = r.nonblank();
    let name = '';
    while (c !== EOF && c !== '\n') {
      name += c;
      c = r.next();
    }
    if (!name) r.fail('missingFilename');
    return ('wW'.includes(what) ? SPECIAL_FILES[name] : undefined) ?? r.fail('notSimulated', what);
  }

  private substitution(cmd: Command): void {
    const r: Reader = this.r;
    const slash = r.next();
    const source = slash === EOF ? undefined : r.delimited(slash, true);
    const repl = source === undefined || slash === EOF ? undefined : r.delimited(slash, false);
    if (source === undefined || repl === undefined) return r.fail('unterminatedS', slash ?? '');
    const replacement = parseReplacement(this.normalize(repl, 'replacement'));
    const s = { global: false, print: false, nth: 0, write: undefined as 1 | 2 | undefined };
    const flags = { extended: this.extended, icase: false, multiline: false };
    for (let c = r.nonblank(); ; c = r.nonblank()) {
      if (c === 'i' || c === 'I') flags.icase = true;
      else if (c === 'm' || c === 'M') flags.multiline = true;
      else if (c === 'p') s.print = s.print ? r.fail('multipleP') : true;
      else if (c === 'g') s.global = s.global ? r.fail('multipleG') : true;
      else if (isDigit(c)) {
        if (s.nth) r.fail('multipleNumber');
        s.nth = r.integer(c);
        if (!s.nth) r.fail('zeroNumber');
      } else if (c === 'w') {
        s.write = this.specialFile('w');
        break;
      } else if (c === 'e') r.fail('notSimulated', 'e');
      else if (c === '}' || c === '#') {
        r.back(c);
        break;
      } else if (c === EOF || c === '\n' || c === ';') break;
      else r.fail('unknownSOption');
    }
    const rx = this.regex(source, flags, replacement.maxGroup);
    cmd.subst = {
      rx,
      replacement,
      global: s.global,
      nth: Math.max(1, s.nth),
      print: s.print,
      ...(s.write ? { write: s.write } : {}),
    };
  }

  private transliteration(cmd: Command): void {
    const r: Reader = this.r;
    const slash = r.next();
    const from = slash === EOF ? undefined : r.delimited(slash, false);
    if (from === undefined) return r.fail('unterminatedY', slash ?? '');
    const to = r.delimited(slash!, false);
    if (to === undefined) return r.fail('unterminatedY', slash!);
    const [src, dst] = [this.normalize(from, 'text'), this.normalize(to, 'text')];
    if (src.length !== dst.length) r.fail('yLengths');
    cmd.map = new Map([...src].map((ch, i) => [ch, dst[i]!]));
    r.endOfCommand();
  }

  /** After the last expression: every `{` closed, every label defined (check_final_program). */
  finish(): void {
    const open = this.blocks.pop();
    if (open) throw new ScriptError('unmatchedBrace', open.expr, 0);
    if (this.pending) this.pending.cmd.text = this.pending.text;
    for (const cmd of this.commands) {
      if (cmd.label === undefined) continue;
      const to = cmd.label === '' ? this.commands.length : this.labels.get(cmd.label);
      if (to === undefined) throw new ScriptError('labelNotFound', 0, 0, cmd.label);
      cmd.jump = to;
    }
  }
}

/** The script's -e expressions (or its one script operand) compiled; a ScriptError if sed refuses them. */
export function compileScript(expressions: readonly string[], extended: boolean): Program {
  const c = new Compiler(extended);
  expressions.forEach((e, i) => c.expression(e, i + 1));
  c.finish();
  return { commands: c.commands, quiet: c.quiet, expressions: expressions.length };
}
