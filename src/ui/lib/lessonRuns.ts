// What a lesson's *Run* button shows, read off the terminal (so a command typed by hand,
// replayed from a link or undone by time travel counts the same), and where `#step-N` lands.
import type { TraceEvent } from '../../engine';

export type RunState = { state: 'idle' | 'queued' | 'running' } | { state: 'done'; exitCode: number };

interface Entry {
  line: string;
  done: boolean;
  exitCode?: number;
}

/**
 * The state of a block's run: the `nth` (from 0) block with this command matches the nth
 * time the terminal ran it, so three blocks of the same `curl` tick one at a time.
 */
export function runState(
  entries: readonly Entry[],
  queued: readonly string[],
  command: string,
  nth = 0,
): RunState {
  const want = command.trim();
  const runs = entries.filter((e) => e.line.trim() === want);
  const mine = runs[nth];
  if (mine) return mine.done ? { state: 'done', exitCode: mine.exitCode ?? 0 } : { state: 'running' };
  const waiting = queued.filter((q) => q.trim() === want).length;
  return runs.length + waiting > nth ? { state: 'queued' } : { state: 'idle' };
}

/** For each runnable block, how many blocks before it have the same command (see `runState`). */
export function occurrences(runs: readonly { command: string }[]): number[] {
  return runs.map((b, i) => runs.slice(0, i).filter((x) => x.command.trim() === b.command.trim()).length);
}

/** A script's commands, one per entry: comments and blank lines dropped, a heredoc kept whole. */
export function scriptCommands(script: string, isIncomplete: (text: string) => boolean): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of script.split('\n')) {
    if (pending.length === 0 && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    pending.push(line);
    const text = pending.join('\n');
    if (!isIncomplete(text)) {
      out.push(text);
      pending = [];
    }
  }
  if (pending.length) out.push(pending.join('\n'));
  return out;
}

function refKey(e: TraceEvent): string {
  return e.ref ? `${e.ref.kind}/${e.ref.namespace ?? ''}/${e.ref.name}` : '';
}

/**
 * Where step N of the latest flow begins: the object of the last message with that step,
 * then back through that object's messages to the first of this step. Other objects' stories
 * running meanwhile are stepped over; steps 1 and 2 (images) name no object.
 */
export function stepEvent(trace: readonly TraceEvent[], step: number): TraceEvent | undefined {
  let last = trace.length - 1;
  while (last >= 0 && trace[last]!.step !== step) last--;
  if (last < 0) return undefined;
  let named = last;
  while (named >= 0 && !(trace[named]!.step === step && refKey(trace[named]!))) named--;
  const key = named >= 0 ? refKey(trace[named]!) : '';
  let first = last;
  for (let j = last; j >= 0; j--) {
    const e = trace[j]!;
    if (e.step === undefined || (key && refKey(e) !== key)) continue;
    if (e.step !== step) break;
    first = j;
  }
  return trace[first];
}

/** A free-text guess is right when it says the answer, give or take case and spacing. */
export function guessMatches(guess: string, answer: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[.。]$/, '');
  return norm(guess) === norm(answer);
}
