// The terminal's screen and line editing as plain functions: what the screen shows after
// `clear`, and the shell's command history walked with ↑ and ↓.

export const PROMPT = 'learner@laptop:~$ ';
export const CONTINUATION = '> ';
/** `clear` prints this (cursor home, erase display), as a real terminal receives it. */
const CLEAR = '\x1b[H\x1b[2J';
// Other escape sequences are dropped: the terminal shows text only.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** A command in the terminal and what its job has printed so far. */
export interface TermEntry {
  key: number;
  line: string;
  output: string;
  done: boolean;
  exitCode?: number;
  /** The command waits for a line typed at this prompt (a shell in a container). */
  prompt?: string;
}

interface RanLike {
  line: string;
  job: { output: string; done: boolean; exitCode?: number; prompt?: string };
}

export function termEntries(ran: readonly RanLike[]): TermEntry[] {
  return ran.map((r, i) => ({
    key: i,
    line: r.line,
    output: r.job.output,
    done: r.job.done,
    ...(r.job.exitCode !== undefined ? { exitCode: r.job.exitCode } : {}),
    ...(r.job.prompt !== undefined ? { prompt: r.job.prompt } : {}),
  }));
}

/** Changes whenever a command is added, prints, or ends: the terminal is rebuilt only then. */
export function jobsSignature(ran: readonly RanLike[]): number {
  return ran.reduce((n, r) => n + r.job.output.length + (r.job.done ? 1 : 0), ran.length * 1e9);
}

export interface ScreenEntry {
  key: number;
  line: string;
  output: string;
  done: boolean;
  prompt?: string;
}

export interface ScreenBlock {
  key: string;
  /** `held`: a line standing in for output the terminal holds back (outputHold). */
  kind: 'command' | 'output' | 'held';
  text: string;
}

/** The command as typed: continuation lines get the `> ` prompt. */
export function echo(line: string): string {
  return PROMPT + line.split('\n').join('\n' + CONTINUATION);
}

/**
 * What is on screen: each command with its prompt and its output, starting after the last
 * `clear` (or Ctrl-L, which clears from entry `clearedFrom` on). The output of entry
 * `held.key`, once there is some, is shown as `held.text` until the hold ends.
 */
export function screen(entries: readonly ScreenEntry[], clearedFrom = 0, held?: { key: number; text: string }): ScreenBlock[] {
  const blocks: ScreenBlock[] = [];
  for (const e of entries) {
    if (e.key < clearedFrom) continue;
    const cut = e.output.lastIndexOf(CLEAR);
    if (cut >= 0) {
      blocks.length = 0;
      const rest = e.output.slice(cut + CLEAR.length).replace(ESCAPES, '');
      if (rest) blocks.push({ key: `${e.key}:out`, kind: 'output', text: rest });
      continue;
    }
    blocks.push({ key: `${e.key}:cmd`, kind: 'command', text: echo(e.line) });
    // A prompt waiting for input is shown on the input line, not at the end of the output.
    const shown = e.prompt !== undefined && e.output.endsWith(e.prompt) ? e.output.slice(0, e.output.length - e.prompt.length) : e.output;
    const out = shown.replace(ESCAPES, '');
    if (out && held?.key === e.key) blocks.push({ key: `${e.key}:held`, kind: 'held', text: held.text });
    else if (out) blocks.push({ key: `${e.key}:out`, kind: 'output', text: out });
  }
  return blocks;
}

/** bash's history: ↑ goes back, ↓ forward, and the line being typed is kept as a draft. */
export class History {
  private items: string[] = [];
  private index = 0;
  private draft = '';

  add(line: string): void {
    const trimmed = line.trim();
    if (trimmed && this.items[this.items.length - 1] !== line) this.items.push(line);
    this.index = this.items.length;
    this.draft = '';
  }

  /** Follow what the shell ran — typed here, or run from a lesson's *Run* button — as bash
   *  keeps a command in its history however it reached the prompt. */
  sync(lines: readonly string[]): void {
    const fresh = new History();
    for (const line of lines) fresh.add(line);
    if (fresh.items.length === this.items.length && fresh.items.every((l, i) => l === this.items[i])) return;
    this.items = fresh.items;
    this.index = this.items.length;
    this.draft = '';
  }

  up(current: string): string {
    if (this.index === this.items.length) this.draft = current;
    if (this.index > 0) this.index--;
    return this.items[this.index] ?? current;
  }

  down(current: string): string {
    if (this.index >= this.items.length) return current;
    this.index++;
    return this.index === this.items.length ? this.draft : (this.items[this.index] ?? current);
  }
}
