// Running a compiled sed script over its input, cycle by cycle, as GNU sed 4.9's
// execute.c does: read a line into the pattern space, run the commands whose addresses
// select it, print it unless -n, write what `a` queued; `q` and `Q` stop with a status.
import { noPreviousRegex, type Dialect } from './messages';
import { listing } from './listing';
import type { Address, Command, Program, Substitution } from './program';
import type { Regex } from './regex';
import { Panic, Stream, type Chunk, type Line, type SedInput, type SedWrite } from './stream';
import { substitute } from './substitute';

export interface RunOptions {
  quiet: boolean;
  separate: boolean;
  /** -i, with its backup suffix ('' for none). */
  inPlace: string | undefined;
  /** Where `l` wraps its lines (-l N), 0 for never. */
  lineLength: number;
  dialect: Dialect;
}

export interface SedResult {
  chunks: Chunk[];
  code: number;
  writes: SedWrite[];
}

/** A range's progress: GNU's RANGE_INACTIVE, RANGE_ACTIVE, RANGE_CLOSED; `end` the line a +N or ~N range ends on. */
interface Range {
  state: 'inactive' | 'active' | 'closed';
  end: number;
}

/** execute_program's "go on to the next cycle". */
const NEXT_CYCLE = -1;
const RESTART = 'restart';
type Step = void | number | typeof RESTART | { jump: number };

class Execution {
  private ps: Line = { text: '', chomped: true };
  private hold: Line = { text: '', chomped: true };
  private replaced = false;
  private appended: string[] = [];
  private ranges: Range[] = [];
  private lastRegex: Regex | undefined;
  private readonly quiet: boolean;

  constructor(
    private readonly program: Program,
    private readonly o: RunOptions,
    private readonly stream: Stream,
  ) {
    this.quiet = o.quiet || program.quiet;
  }

  run(): number {
    let status = 0;
    while (this.readPatternSpace(false)) {
      status = this.execute();
      if (status !== NEXT_CYCLE) break;
      status = 0;
    }
    this.stream.close();
    return this.stream.status ?? status;
  }

  private resetRanges(): void {
    this.ranges = this.program.commands.map((c) => ({
      state: c.a1?.kind === 'line' && c.a1.n === 0 ? 'active' : 'inactive',
      end: 0,
    }));
  }

  private readPatternSpace(append: boolean): boolean {
    if (this.appended.length) this.dumpAppended();
    this.replaced = false;
    const line = this.stream.read(() => {
      this.hold = { text: '', chomped: this.hold.chomped };
      this.resetRanges();
    });
    if (!line) return false;
    this.ps = { text: append ? `${this.ps.text}\n${line.text}` : line.text, chomped: line.chomped };
    return true;
  }

  private dumpAppended(): void {
    const out = this.stream.out;
    out.raw('');
    for (const text of this.appended) out.raw(text);
    this.appended = [];
  }

  private regex(rx: Regex | undefined): Regex {
    const used = rx ?? this.lastRegex;
    if (!used) {
      this.stream.emit(2, noPreviousRegex(this.program.expressions, this.o.dialect));
      throw new Panic(1);
    }
    this.lastRegex = used;
    return used;
  }

  private matchesOne(a: Address): boolean {
    const n = this.stream.lineNumber;
    switch (a.kind) {
      case 'line':
        return a.n === n;
      case 'step':
        return n >= a.first && (n - a.first) % a.step === 0;
      case 'last':
        return this.stream.atLastLine();
      case 'regex': {
        const re = this.regex(a.rx).re;
        re.lastIndex = 0;
        return re.test(this.ps.text);
      }
      default:
        return true;
    }
  }

  /** match_address_p: whether the command selects this line, moving its range along. */
  private selects(i: number, c: Command): boolean {
    if (!c.a1) return true;
    if (!c.a2) return this.matchesOne(c.a1);
    const range = this.ranges[i]!;
    const n = this.stream.lineNumber;
    const a2 = c.a2;
    if (range.state !== 'active') {
      // A line-number start is a state: once past it the range opens on the next line it sees.
      if (c.a1.kind === 'line' ? range.state === 'closed' || n < c.a1.n : !this.matchesOne(c.a1))
        return false;
      range.state = 'active';
      if (a2.kind === 'regex') return true;
      if (a2.kind === 'line') {
        if (n >= a2.n) range.state = 'closed';
        return n <= a2.n || this.matchesOne(c.a1);
      }
      if (a2.kind === 'plus') {
        range.end = n + a2.n;
        return true;
      }
      if (a2.kind === 'multiple') {
        range.end = n + a2.n - (n % a2.n);
        return true;
      }
    }
    if (a2.kind === 'line') {
      if (n >= a2.n) range.state = 'closed';
      return n <= a2.n;
    }
    const ends = a2.kind === 'plus' || a2.kind === 'multiple' ? range.end <= n : this.matchesOne(a2);
    if (ends) range.state = 'closed';
    return true;
  }

  private execute(): number {
    const commands = this.program.commands;
    let pc = 0;
    while (pc < commands.length) {
      const c = commands[pc]!;
      if (this.selects(pc, c) === c.bang) {
        // Not selected: a block is skipped to its `}`.
        pc = c.name === '{' ? c.jump! : pc + 1;
        continue;
      }
      const step = this.command(c, pc);
      if (step === undefined) pc++;
      else if (step === RESTART) pc = 0;
      else if (typeof step === 'number') return step;
      else pc = step.jump;
    }
    if (!this.quiet) this.print();
    return NEXT_CYCLE;
  }

  private print(text = this.ps.text, chomped = this.ps.chomped, fd?: 1 | 2): void {
    if (fd === 2) this.stream.emit(2, text + (chomped ? '\n' : ''));
    else (fd === 1 ? this.stream.stdout : this.stream.out).line(text, chomped);
  }

  /** The text of i or c, whose stored text ends with its newline; an empty one (`i\` last) writes nothing. */
  private output(text: string): void {
    if (text) this.stream.out.line(text.slice(0, -1), true);
  }

  /** One selected command: undefined to go on, a jump, RESTART (D), or a status that ends the cycle. */
  private command(c: Command, pc: number): Step {
    const ps = this.ps;
    switch (c.name) {
      case 'a':
        this.appended.push(c.text!);
        return;
      case 'i':
        return this.output(c.text!);
      case 'c':
        // In a range, the text replaces the whole range: written at its last line.
        if (this.ranges[pc]?.state !== 'active') this.output(c.text!);
        return NEXT_CYCLE;
      case 'd':
        return NEXT_CYCLE;
      case 'D': {
        const nl = ps.text.indexOf('\n');
        if (nl < 0) return NEXT_CYCLE;
        ps.text = ps.text.slice(nl + 1);
        return RESTART;
      }
      case 'b':
        return { jump: c.jump! };
      case 't':
        if (!this.replaced) return;
        this.replaced = false;
        return { jump: c.jump! };
      case 'T':
        if (!this.replaced) return { jump: c.jump! };
        this.replaced = false;
        return;
      case 'n':
        if (!this.quiet) this.print();
        return this.stream.atLastLine() || !this.readPatternSpace(false) ? NEXT_CYCLE : undefined;
      case 'N':
        if (this.stream.atLastLine() || !this.readPatternSpace(true)) {
          // GNU prints the pattern space when N finds no next line (POSIX sed would not).
          if (!this.quiet) this.print();
          return NEXT_CYCLE;
        }
        return;
      case 'q':
        if (!this.quiet) this.print();
        this.dumpAppended();
        return Math.max(0, c.int!);
      case 'Q':
        return Math.max(0, c.int!);
      case 's':
        return this.substitute(c.subst!);
      default:
        return this.edit(c);
    }
  }

  private substitute(s: Substitution): void {
    const text = substitute(this.ps.text, this.regex(s.rx), s.replacement, s);
    if (text === undefined) return;
    this.replaced = true;
    this.ps.text = text;
    if (s.print) this.print();
    if (s.write) this.print(this.ps.text, this.ps.chomped, s.write);
  }

  /** The commands that only change the spaces or write something, the cycle going on. */
  private edit(c: Command): void {
    const ps = this.ps;
    const out = this.stream.out;
    const firstLine = (): [string, boolean] => {
      const nl = ps.text.indexOf('\n');
      return nl < 0 ? [ps.text, ps.chomped] : [ps.text.slice(0, nl), true];
    };
    switch (c.name) {
      case '=':
        return out.raw(`${this.stream.lineNumber}\n`);
      case 'F':
        return out.raw(`${this.stream.fileName}\n`);
      case 'g':
        this.ps = { ...this.hold };
        return;
      case 'G':
        this.ps = { text: `${ps.text}\n${this.hold.text}`, chomped: this.hold.chomped };
        return;
      case 'h':
        this.hold = { ...ps };
        return;
      case 'H':
        this.hold = { text: `${this.hold.text}\n${ps.text}`, chomped: ps.chomped };
        return;
      case 'x':
        [this.ps, this.hold] = [this.hold, ps];
        return;
      case 'l':
        return out.raw(listing(ps.text, c.int! >= 0 ? c.int! : this.o.lineLength));
      case 'p':
        return this.print();
      case 'P':
        return this.print(...firstLine());
      case 'w':
        return this.print(ps.text, ps.chomped, c.write);
      case 'W':
        return this.print(...firstLine(), c.write);
      case 'y':
        ps.text = [...ps.text].map((ch) => c.map!.get(ch) ?? ch).join('');
        return;
      case 'z':
        ps.text = '';
        return;
    }
  }
}

/** Run a compiled script over the inputs (already read: a missing file is an input with an error). */
export function execute(program: Program, inputs: readonly SedInput[], o: RunOptions): SedResult {
  const stream = new Stream(inputs, {
    separate: o.separate || o.inPlace !== undefined,
    inPlace: o.inPlace,
    dialect: o.dialect,
  });
  let code: number;
  try {
    code = new Execution(program, o, stream).run();
  } catch (e) {
    if (!(e instanceof Panic)) throw e;
    code = e.code;
  }
  return { chunks: stream.chunks, code, writes: stream.writes };
}
