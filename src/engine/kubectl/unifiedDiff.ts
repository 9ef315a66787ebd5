// `diff -u -N DIR1 DIR2` as GNU diffutils prints it for the files kubectl diff writes: per
// file that differs, the command line, the `---`/`+++` headers with each file's time (a
// file absent on one side, under -N, is empty and dated the epoch), and hunks with three
// lines of context. The hunks come from jsdiff; their header follows GNU: a range of one
// line is its number alone, an empty range ends at the line before it (`-0,0`).
import { structuredPatch } from 'diff';

/** One side of a compared file: its path, its text (undefined when absent), its modification time. */
export interface DiffSide {
  path: string;
  text: string | undefined;
  /** `2026-01-05 09:10:36.123456789 +0000`, as diff prints an mtime. */
  time: string;
}

export const EPOCH_TIME = '1970-01-01 00:00:00.000000000 +0000';

function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? String(start) : `${start},${count}`;
}

/** One file pair's part of the output, '' when the two are the same. */
export function unifiedFileDiff(command: string, from: DiffSide, to: DiffSide): string {
  const a = from.text ?? '';
  const b = to.text ?? '';
  if (a === b) return '';
  const { hunks } = structuredPatch(from.path, to.path, a, b, '', '', { context: 3 });
  const lines = [
    `${command} ${from.path} ${to.path}`,
    `--- ${from.path}\t${from.text === undefined ? EPOCH_TIME : from.time}`,
    `+++ ${to.path}\t${to.text === undefined ? EPOCH_TIME : to.time}`,
  ];
  for (const h of hunks) lines.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines);
  return lines.join('\n') + '\n';
}

/** An mtime the way diff prints it, from epoch milliseconds and the nanoseconds past them. */
export function diffTime(epochMs: number, extraNs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const ns = (d.getUTCMilliseconds() * 1_000_000 + extraNs) % 1_000_000_000;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(ns, 9)} +0000`;
}
