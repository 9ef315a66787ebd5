// sed's input and output (execute.c's read_pattern_space, test_eof, closedown): the input
// files read one line at a time as one stream, or each on its own with -s and -i (line
// numbers, ranges and the hold space start again); output to stdout, or with -i to a new
// text for each file. A last line without its newline is written without one, until more
// output follows it.
import { errnoText } from '../../registry';
import { BAD_INPUT_STATUS, cantRead, notAFile, type Dialect } from './messages';

/** An input operand as the caller read it: its text, or why it could not (ENOENT, EISDIR…); `-` names stdin. */
export interface SedInput {
  name: string;
  text?: string;
  error?: string;
}

export interface SedWrite {
  name: string;
  text: string;
}

/** What sed wrote, in order: to fd 1 or 2. */
export type Chunk = [1 | 2, string];

/** A line of text and whether it ended with a newline (the pattern and hold spaces). */
export interface Line {
  text: string;
  chomped: boolean;
}

/** sed giving up at once (GNU's panic): its message is already written. */
export class Panic extends Error {
  constructor(readonly code: number) {
    super('sed panic');
  }
}

class Sink {
  text = '';
  missingNewline = false;

  constructor(private readonly emit?: (s: string) => void) {}

  write(s: string): void {
    if (this.emit) this.emit(s);
    else this.text += s;
  }

  /** A line, its newline only if `nl` (held back until more output follows otherwise). */
  line(text: string, nl: boolean): void {
    this.raw(text);
    if (nl) this.write('\n');
    else this.missingNewline = true;
  }

  raw(text: string): void {
    if (this.missingNewline) this.write('\n');
    this.missingNewline = false;
    if (text) this.write(text);
  }
}

export interface StreamOptions {
  separate: boolean;
  /** -i: the backup suffix ('' for none). */
  inPlace: string | undefined;
  dialect: Dialect;
}

export class Stream {
  readonly chunks: Chunk[] = [];
  readonly writes: SedWrite[] = [];
  readonly stdout = new Sink((s) => this.emit(1, s));
  /** Where p, autoprint, a/i/c and = go: stdout, or the file being edited. */
  out = this.stdout;
  lineNumber = 0;
  badInput = false;
  private file = -1;
  private lines: string[] = [];
  private next = 0;
  private lastChomped = true;
  private opened: SedInput | undefined;
  private resetAtNextFile = true;

  constructor(
    private readonly inputs: readonly SedInput[],
    private readonly o: StreamOptions,
  ) {}

  emit(fd: 1 | 2, s: string): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last[0] === fd) last[1] += s;
    else this.chunks.push([fd, s]);
  }

  get fileName(): string {
    return this.opened?.name ?? '-';
  }

  get status(): number | undefined {
    return this.badInput ? BAD_INPUT_STATUS[this.o.dialect] : undefined;
  }

  /** The next input line, or undefined at the end of the input; `onReset` when a file starts over (-s, -i). */
  read(onReset: () => void): Line | undefined {
    while (this.next >= this.lines.length) {
      this.close();
      if (this.file + 1 >= this.inputs.length) return undefined;
      if (this.resetAtNextFile) {
        this.lineNumber = 0;
        onReset();
        this.resetAtNextFile = this.o.separate;
      }
      this.open();
    }
    const text = this.lines[this.next++]!;
    this.lineNumber++;
    return { text, chomped: this.next < this.lines.length || this.lastChomped };
  }

  /** The `$` address: no line after this one (in this file, with -s or -i). */
  atLastLine(): boolean {
    if (this.next < this.lines.length) return false;
    if (this.o.separate) return true;
    for (;;) {
      this.close();
      if (this.file + 1 >= this.inputs.length) return true;
      this.open();
      if (this.lines.length) return false;
    }
  }

  private open(): void {
    const input = this.inputs[++this.file]!;
    this.lines = [];
    this.next = 0;
    if (input.error === 'EISDIR') {
      const e = notAFile(input.name, this.o.inPlace !== undefined);
      this.emit(2, e.text);
      throw new Panic(e.code);
    }
    if (input.text === undefined) {
      this.emit(2, cantRead(input.name, errnoText(input.error ?? 'ENOENT'), this.o.dialect));
      this.badInput = true;
      return;
    }
    this.opened = input;
    this.lines = input.text.split('\n');
    this.lastChomped = input.text.endsWith('\n') || input.text === '';
    if (this.lastChomped) this.lines.pop();
    if (this.o.inPlace !== undefined) this.out = new Sink();
  }

  /** Done with the open file: with -i, its new text (and the backup of the old) is written. */
  close(): void {
    const input = this.opened;
    this.opened = undefined;
    if (!input || this.o.inPlace === undefined) return;
    const suffix = this.o.inPlace;
    // `*` alone is GNU's own spelling of "no backup".
    if (suffix && suffix !== '*')
      this.writes.push({ name: backupName(input.name, suffix), text: input.text! });
    this.writes.push({ name: input.name, text: this.out.text });
    this.out = this.stdout;
  }
}

/** -i's backup: the suffix appended, or with a `*` in it, each `*` the file's name (`-i 'bak/*'`). */
function backupName(name: string, suffix: string): string {
  if (!suffix.includes('*')) return name + suffix;
  const slash = name.lastIndexOf('/');
  const base = name.slice(slash + 1);
  const backup = suffix.replaceAll('*', base);
  return backup.includes('/') || slash < 0 ? backup : name.slice(0, slash + 1) + backup;
}
