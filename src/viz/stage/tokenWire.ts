// A frame of crowd tokens as the page posts it to the canvas's worker: numbers in one typed
// array handed over (not copied), names beside it. Cloning the tokens as objects cost the
// page more each frame than drawing them had.
import type { CanvasToken } from './tokenPaint';

/** x, y, sx, sy, ex, ey, r, progress, flags, step. */
const FIELDS = 10;
const NOTE = 1;
const LIGHT = 2;
const CURRENT = 4;

export interface PackedTokens {
  data: Float64Array;
  /** The labelled tokens' names, by index. */
  labels: [number, string][];
}

export function packTokens(tokens: readonly CanvasToken[]): PackedTokens {
  const data = new Float64Array(tokens.length * FIELDS);
  const labels: [number, string][] = [];
  tokens.forEach((t, i) => {
    const { p } = t;
    const o = i * FIELDS;
    data[o] = p.x;
    data[o + 1] = p.y;
    data[o + 2] = p.sx;
    data[o + 3] = p.sy;
    data[o + 4] = p.ex;
    data[o + 5] = p.ey;
    data[o + 6] = p.r;
    data[o + 7] = t.progress;
    data[o + 8] = (p.note ? NOTE : 0) | (t.light ? LIGHT : 0) | (t.current ? CURRENT : 0);
    data[o + 9] = t.step ?? 0;
    if (t.label !== undefined) labels.push([i, t.label]);
  });
  return { data, labels };
}

export function unpackTokens({ data, labels }: PackedTokens): CanvasToken[] {
  const out: CanvasToken[] = [];
  for (let o = 0; o < data.length; o += FIELDS) {
    const at = (k: number) => data[o + k]!;
    const flags = at(8);
    const token: CanvasToken = { p: { x: at(0), y: at(1), sx: at(2), sy: at(3), ex: at(4), ey: at(5), r: at(6), note: (flags & NOTE) !== 0 }, light: (flags & LIGHT) !== 0, current: (flags & CURRENT) !== 0, progress: at(7) };
    if (at(9)) token.step = at(9);
    out.push(token);
  }
  for (const [i, label] of labels) out[i]!.label = label;
  return out;
}
