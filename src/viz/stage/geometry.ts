// Where a message travels: from the border of the sender's box to the border of the
// receiver's, on a lane to the right of the straight line, so a request and its response
// pass each other instead of overlapping; along a row of parts, just outside the row.
import type { Box, StageLayout } from './types';

export interface Point {
  x: number;
  y: number;
}

export interface Edge {
  from: Point;
  to: Point;
}

const LANE = 5;

export function center(b: Box): Point {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
}

/**
 * The boxes by trace address, and the edges found, of each layout: a crowd places sixty
 * tokens a frame on the same few dozen edges, and a layout is replaced, never changed.
 */
const known = new WeakMap<StageLayout, { boxes: Map<string, Box | undefined>; edges: Map<string, Edge | undefined> }>();

function memo(layout: StageLayout) {
  let m = known.get(layout);
  if (!m) known.set(layout, (m = { boxes: new Map(), edges: new Map() }));
  return m;
}

/** The box of a trace address (`kubelet/node-1#uid` counts as `kubelet/node-1`). */
export function boxOf(layout: StageLayout, address: string): Box | undefined {
  const { boxes } = memo(layout);
  if (boxes.has(address)) return boxes.get(address);
  const box = findBox(layout, address);
  boxes.set(address, box);
  return box;
}

function findBox(layout: StageLayout, address: string): Box | undefined {
  const id = address.split('#')[0] ?? address;
  const c = layout.components.find((k) => k.id === id);
  if (c) return c;
  // Components the stage has no box for yet (kube-proxy, CoreDNS) sit on their node.
  const node = id.split('/')[1];
  return node ? layout.nodes.find((n) => n.name === node) : undefined;
}

/** Where the ray from the centre of `b` towards `p` leaves `b`. */
export function borderPoint(b: Box, p: Point): Point {
  const c = center(b);
  const dx = p.x - c.x;
  const dy = p.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The path a message from `from` to `to` takes, or undefined when either is not drawn. */
export function edge(layout: StageLayout, from: string, to: string): Edge | undefined {
  const { edges } = memo(layout);
  const key = `${from}>${to}`;
  if (edges.has(key)) return edges.get(key);
  const e = findEdge(layout, from, to);
  edges.set(key, e);
  return e;
}

function findEdge(layout: StageLayout, from: string, to: string): Edge | undefined {
  const a = boxOf(layout, from);
  const b = boxOf(layout, to);
  if (!a || !b) return undefined;
  if (a === b) return { from: center(a), to: center(a) };
  const ca = center(a);
  const cb = center(b);
  if (Math.abs(ca.y - cb.y) < 1) return alongRow(a, b);
  const len = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
  // Offset to the right of the direction of travel.
  const ox = (-(cb.y - ca.y) / len) * LANE;
  const oy = ((cb.x - ca.x) / len) * LANE;
  const p = borderPoint(a, cb);
  const q = borderPoint(b, ca);
  return { from: { x: p.x + ox, y: p.y + oy }, to: { x: q.x + ox, y: q.y + oy } };
}

/** How far outside a row of parts a message along it rides. */
const ROW_LANE = 3;

/**
 * Along a row of parts (kubectl → API server → etcd, kubelet → containerd → CNI) a message
 * rides just outside the boxes, below the row going right and above it going left, so its
 * disc never sits on a part's name, not even on the names of the parts it passes.
 */
function alongRow(a: Box, b: Box): Edge {
  const right = b.x > a.x;
  const y = right ? a.y + a.h + ROW_LANE : a.y - ROW_LANE;
  return right ? { from: { x: a.x + a.w, y }, to: { x: b.x, y } } : { from: { x: a.x, y }, to: { x: b.x + b.w, y } };
}

/** A point `t` (0…1) of the way along an edge, eased so a token leaves and lands gently. */
export function along(e: Edge, t: number): Point {
  const k = Math.max(0, Math.min(1, t));
  const s = k < 0.5 ? 2 * k * k : 1 - Math.pow(-2 * k + 2, 2) / 2;
  return { x: e.from.x + (e.to.x - e.from.x) * s, y: e.from.y + (e.to.y - e.from.y) * s };
}
