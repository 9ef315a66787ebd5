// Where a message's name goes beside its token. The name rides with the token for its whole
// flight, so it takes the side (right or left, above or below) where, all along the way, it
// covers least of what the stage itself prints: the components' names (API server, etcd,
// kubelet…), the pods, the frames' and nodes' headings, the nodes' image lines and the line
// over the pods waiting for the scheduler.
import type { Path } from './glide';
import type { Box, StageLayout } from './types';

/** Where the name's box starts, from the token's centre, in the stage's units. */
export interface LabelSpot {
  dx: number;
  dy: number;
}

/** The name is 10.5 px monospace (stage.css `.token .kind`): 0.6 em a character. */
const CHAR_W = 6.3;
export const TOKEN_LABEL_H = 12;
/** Frame and node headings: a line of small capitals along their top. */
const HEADING_H = 18;

export function tokenLabelWidth(kind: string): number {
  return Math.ceil(kind.length * CHAR_W) + 2;
}

interface Obstacle extends Box {
  /** How much covering it matters: a component's name most, a heading less. */
  weight: number;
}

const obstaclesOf = new WeakMap<StageLayout, Obstacle[]>();

function obstacles(layout: StageLayout): Obstacle[] {
  let found = obstaclesOf.get(layout);
  if (found) return found;
  const heading = (b: Box): Obstacle => ({ x: b.x, y: b.y, w: b.w, h: HEADING_H, weight: 0.5 });
  found = [
    ...layout.components.map((c) => ({ x: c.x, y: c.y, w: c.w, h: c.h, weight: 3 })),
    ...layout.pods.map((p) => ({ x: p.x, y: p.y, w: p.w, h: p.h, weight: 1 })),
    ...layout.frames.map(heading),
    ...layout.nodes.map(heading),
    ...layout.nodes.map((n) => ({ ...n.imagesBox, weight: 0.5 })),
    // "waiting for the scheduler", over the pods not bound yet (render.ts renderTray).
    ...(layout.unscheduledLabel ? [{ x: layout.unscheduled.x, y: layout.unscheduled.y - 15, w: layout.unscheduledLabel.length * 6, h: 13, weight: 1 }] : []),
  ];
  obstaclesOf.set(layout, found);
  return found;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The sides to try, in order of preference: beside the disc above, then below, then clear above or below it. */
function candidates(r: number, w: number): LabelSpot[] {
  const gap = r + 4;
  return [
    { dx: gap, dy: -r - 7.5 },
    { dx: -gap - w, dy: -r - 7.5 },
    { dx: gap, dy: r - 4.5 },
    { dx: -gap - w, dy: r - 4.5 },
    { dx: -w / 2, dy: -r - 2 - TOKEN_LABEL_H },
    { dx: -w / 2, dy: r + 2 },
    { dx: -w / 2, dy: -r - 16 - TOKEN_LABEL_H },
    { dx: -w / 2, dy: r + 16 },
  ];
}

/** Points of the flight, and how much each counts: at either end the token sits on a box anyway. */
const SAMPLES: [number, number][] = [
  [0, 0.3],
  [0.15, 1],
  [0.3, 1],
  [0.5, 1],
  [0.7, 1],
  [0.85, 1],
  [1, 0.3],
];

/**
 * The side for a token's name on path `p` (from where it leaves to where it lands) that
 * covers least of the stage's own print over the whole flight, and never leaves the stage.
 */
export function tokenLabelSpot(layout: StageLayout, p: Path, kind: string): LabelSpot {
  const w = tokenLabelWidth(kind);
  const boxes = obstacles(layout);
  let best: LabelSpot | undefined;
  let bestCost = Infinity;
  for (const spot of candidates(p.r, w)) {
    let cost = 0;
    for (const [t, k] of SAMPLES) {
      const label = { x: p.sx + (p.ex - p.sx) * t + spot.dx, y: p.sy + (p.ey - p.sy) * t + spot.dy, w, h: TOKEN_LABEL_H };
      if (label.x < 0 || label.x + label.w > layout.width || label.y < 0 || label.y + label.h > layout.height) cost += 1e6;
      for (const b of boxes) cost += overlap(label, b) * b.weight * k;
    }
    // Prefer the earlier side unless a later one covers clearly less.
    if (cost < bestCost - 1) {
      best = spot;
      bestCost = cost;
    }
  }
  return best!;
}
