// A predict block asks before the step plays; the quoted output below its command must not
// answer it first. The text that follows a runnable block, from a predict down to the next
// heading, is held back until that command has run or every question above it is revealed.
import type { Segment } from '../../lessons/lib';

/** What a held-back stretch of lesson text waits for: either is enough. */
export interface Gate {
  /** The runnable block (1-based, as `RunBlock.index`) whose output the text quotes. */
  run: number;
  /** The predict blocks of the section above the text (0-based, in reading order). */
  predicts: number[];
}

const FENCE = /^\s*(`{3,}|~{3,})/;
const HEADING = /^#{1,6}\s/;

/**
 * Markdown cut at its first heading outside a code block: the part that still belongs to
 * the section above, and the rest (empty when there is no heading).
 */
export function splitAtHeading(text: string): [string, string] {
  const lines = text.split('\n');
  let fenced = false;
  for (const [i, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced && HEADING.test(line))
      return [lines.slice(0, i).join('\n').trim(), lines.slice(i).join('\n')];
  }
  return [text, ''];
}

/**
 * For each segment, the gate on its Markdown before its first heading: set on text that
 * comes after a predict and after a runnable block in the same section. Text between a
 * question and its command (what to type, what to watch) stays in view.
 */
export function outputGates(segments: readonly Segment[]): (Gate | undefined)[] {
  let predicts: number[] = [];
  let run: number | undefined;
  let asked = 0;
  return segments.map((s) => {
    if (s.kind === 'predict') {
      predicts = [...predicts, asked++];
      run = undefined;
      return undefined;
    }
    if (s.kind === 'run') {
      if (predicts.length > 0) run = s.block.index;
      return undefined;
    }
    const [held, rest] = splitAtHeading(s.text);
    const gate = predicts.length > 0 && run !== undefined && held !== '' ? { run, predicts } : undefined;
    if (rest !== '') {
      predicts = [];
      run = undefined;
    }
    return gate;
  });
}

/** The held text shows once its command has run, or once every question above it is answered on the stage. */
export function gateOpen(
  gate: Gate,
  ran: (run: number) => boolean,
  revealed: (predict: number) => boolean,
): boolean {
  return ran(gate.run) || gate.predicts.every(revealed);
}
