// A frame of crowd tokens as the page posts it to the canvas's worker: numbers in one typed
// array handed over (not copied), names beside it. Cloning the tokens as objects cost the
// page more each frame than drawing them had.
import type { CanvasToken } from './tokenPaint';

/** key, x, y, sx, sy, ex, ey, r, progress, flags, step, start, duration (NaN: on the virtual clock). */
const FIELDS = 13;
const NOTE = 1;
const LIGHT = 2;
const CURRENT = 4;

export interface PackedTokens {
  data: Float64Array;
  /** The labelled tokens' names, by index, and where each goes if chosen (dx, dy). */
  labels: ([number, string] | [number, string, number, number])[];
}

export function packTokens(tokens: readonly CanvasToken[]): PackedTokens {
  const data = new Float64Array(tokens.length * FIELDS);
  const labels: PackedTokens['labels'] = [];
  tokens.forEach((t, i) => {
    const { p } = t;
    const o = i * FIELDS;
    data[o] = t.key;
    data[o + 1] = p.x;
    data[o + 2] = p.y;
    data[o + 3] = p.sx;
    data[o + 4] = p.sy;
    data[o + 5] = p.ex;
    data[o + 6] = p.ey;
    data[o + 7] = p.r;
    data[o + 8] = t.progress;
    data[o + 9] = (p.note ? NOTE : 0) | (t.light ? LIGHT : 0) | (t.current ? CURRENT : 0);
    data[o + 10] = t.step ?? 0;
    data[o + 11] = t.motion ? t.motion.start : NaN;
    data[o + 12] = t.motion ? t.motion.duration : NaN;
    if (t.label !== undefined) labels.push(t.labelAt ? [i, t.label, t.labelAt.dx, t.labelAt.dy] : [i, t.label]);
  });
  return { data, labels };
}

export function unpackTokens({ data, labels }: PackedTokens): CanvasToken[] {
  const out: CanvasToken[] = [];
  for (let o = 0; o < data.length; o += FIELDS) {
    const at = (k: number) => data[o + k]!;
    const flags = at(9);
    const token: CanvasToken = { key: at(0), p: { x: at(1), y: at(2), sx: at(3), sy: at(4), ex: at(5), ey: at(6), r: at(7), note: (flags & NOTE) !== 0 }, light: (flags & LIGHT) !== 0, current: (flags & CURRENT) !== 0, progress: at(8) };
    if (at(10)) token.step = at(10);
    if (!Number.isNaN(at(11))) token.motion = { start: at(11), duration: at(12) };
    out.push(token);
  }
  for (const [i, label, dx, dy] of labels) {
    out[i]!.label = label;
    if (dx !== undefined && dy !== undefined) out[i]!.labelAt = { dx, dy };
  }
  return out;
}
