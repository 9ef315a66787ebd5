// How an arrow between two states runs: straight down to a later row, or bowed out to the
// side when it goes back up (or across), so it does not hide the arrows going down.
import type { ChartEdge, ChartState } from './layout';

export interface Point {
  x: number;
  y: number;
}

export interface Routed extends ChartEdge {
  /** The svg path. */
  d: string;
  /** Points along the arrow, middle first: where its label may go. */
  along: Point[];
  /** An arrow out of the current state: drawn strong and labelled. */
  hot: boolean;
}

/** Where the line from a state's centre toward `toward` leaves its box. */
function border(s: ChartState, toward: Point): Point {
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const k = Math.min(dx === 0 ? Infinity : s.w / 2 / Math.abs(dx), dy === 0 ? Infinity : s.h / 2 / Math.abs(dy));
  return { x: cx + dx * k, y: cy + dy * k };
}

/** Fractions of the way along an arrow, nearest the middle first. */
const STOPS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

export function route(e: ChartEdge, byId: Map<string, ChartState>, current: string | undefined, width: number): Routed | undefined {
  const a = byId.get(e.from);
  const b = byId.get(e.to);
  if (!a || !b) return undefined;
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const back = cb.y <= ca.y;
  const side = ca.x + cb.x > width ? 1 : -1;
  const bow = back ? 30 + Math.abs(cb.y - ca.y) * 0.25 : 0;
  const mid = { x: (ca.x + cb.x) / 2 + side * bow, y: (ca.y + cb.y) / 2 };
  const p = border(a, mid);
  const q = border(b, mid);
  const c = { x: mid.x + side * bow * 0.6, y: mid.y };
  // A quadratic Bézier through c when bowed; a straight line is one with c half way.
  const ctrl = back ? c : { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  const at = (t: number): Point => ({
    x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * ctrl.x + t * t * q.x,
    y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * ctrl.y + t * t * q.y,
  });
  const d = back ? `M${p.x},${p.y} Q${c.x},${c.y} ${q.x},${q.y}` : `M${p.x},${p.y} L${q.x},${q.y}`;
  return { ...e, d, along: STOPS.map(at), hot: e.from === current };
}
