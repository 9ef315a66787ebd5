// Where the labels of the current state's arrows go: beside their own arrow, clear of every
// state box and of one another, so a learner can read each thing that may happen next.
import type { ChartState } from './layout';
import type { Point } from './route';

export interface LabelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelWanted {
  id: string;
  text: string;
  /** Where on its arrow the label may sit, best first. */
  along: Point[];
}

export interface PlacedLabel extends LabelBox {
  id: string;
  text: string;
}

/** The labels' font size (px): the statechart's stylesheet draws them at this size. */
export const LABEL_PX = 9.5;
const LABEL_H = LABEL_PX + 3;

/**
 * About how wide `text` is at LABEL_PX in a sans-serif font: Chinese characters take a
 * full em, others at most 0.6 em (generous, so a label's box holds its text).
 */
export function labelWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return Math.ceil(em * LABEL_PX) + 4;
}

function hits(a: LabelBox, b: LabelBox, gap: number): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** Around a point: centred on it, beside it, above and below it, then further out. */
function offsets(w: number): Point[] {
  const out: Point[] = [
    { x: -w / 2, y: -LABEL_H / 2 },
    { x: 4, y: -LABEL_H / 2 },
    { x: -w - 4, y: -LABEL_H / 2 },
    { x: -w / 2, y: -LABEL_H - 2 },
    { x: -w / 2, y: 2 },
  ];
  for (let ring = 1; ring <= 6; ring++)
    for (const dy of [-ring * LABEL_H, ring * LABEL_H, 0]) for (const dx of [-w / 2, 4 + (ring - 1) * 12, -w - 4 - (ring - 1) * 12]) out.push({ x: dx, y: dy - LABEL_H / 2 });
  return out;
}

/**
 * Place each label at the first spot along its arrow where it overlaps no state (with a
 * margin) and no label placed before it, inside `bounds`; one with no such spot goes in a
 * line of its own under the chart (the caller makes room for `below` lines).
 */
export function placeLabels(wanted: readonly LabelWanted[], states: readonly ChartState[], bounds: { width: number; height: number }): { labels: PlacedLabel[]; below: number } {
  const labels: PlacedLabel[] = [];
  let below = 0;
  const free = (b: LabelBox) => b.x >= 0 && b.y >= 0 && b.x + b.w <= bounds.width && b.y + b.h <= bounds.height && !states.some((s) => hits(b, s, 2)) && !labels.some((l) => hits(b, l, 1));
  for (const want of wanted) {
    const w = labelWidth(want.text);
    let spot: LabelBox | undefined;
    for (const o of offsets(w)) {
      spot = want.along.map((p) => ({ x: p.x + o.x, y: p.y + o.y, w, h: LABEL_H })).find(free);
      if (spot) break;
    }
    if (!spot) spot = { x: 4, y: bounds.height + below++ * LABEL_H, w, h: LABEL_H };
    labels.push({ id: want.id, text: want.text, ...spot });
  }
  return { labels, below };
}
