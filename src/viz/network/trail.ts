// Where the packet has been and where it is at one hop of the walk: the trail of every
// packet sent so far (the current one drawn up to the current hop), each in its lane, and
// the token at the current hop, named after its packet (SYN, SYN-ACK, request, …).
import { offsetPolyline, pathOf, type Point } from './geometry';
import { previousOfPacket, type Direction, type Walk } from './hops';
import type { WalkLayout } from './layout';

export interface Arrow {
  x: number;
  y: number;
  /** Degrees, 0 pointing right. */
  angle: number;
}

export interface Trail {
  /** The run's index: one trail per run of a packet. */
  key: number;
  name: string;
  dir: Direction;
  current: boolean;
  d: string;
  /** Arrowheads half way along each stretch long enough to show one (device boxes hide the ends). */
  arrows: Arrow[];
}

export interface Token {
  x: number;
  y: number;
  label: string;
  dir: Direction;
  /** The device the packet is at (undefined on the wire). */
  device?: string;
  machine?: string;
}

export interface WalkFrame {
  trails: Trail[];
  token?: Token;
  /** Devices the current packet has passed so far, the current one included. */
  visited: Set<string>;
}

/** How far beside the centre line a trail runs. */
export const LANE = 5;

function runPoints(walk: Walk, layout: WalkLayout, first: number, last: number): Point[] {
  const pts: Point[] = [];
  // A packet that waited for ARP resumes where it stopped: its trail goes on from there.
  const before = previousOfPacket(walk, first);
  if (before) {
    const i = walk.hops.indexOf(before);
    const p = layout.points[i];
    if (p) pts.push(p);
  }
  for (let i = first; i <= last; i++) {
    const p = layout.points[i];
    if (!p) continue;
    // On the wire the packet drops from the sender's NIC, runs along the wire, and climbs
    // to the receiver's NIC once it gets there.
    if (p.wire) pts.push({ x: p.wire.fromX, y: p.y });
    pts.push(p);
    if (p.wire && i < last) pts.push({ x: p.wire.toX, y: p.y });
  }
  return pts;
}

const MIN_ARROW_STRETCH = 28;

function arrowsOf(pts: readonly Point[]): Arrow[] {
  const out: Arrow[] = [];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (Math.hypot(b.x - a.x, b.y - a.y) < MIN_ARROW_STRETCH) continue;
    out.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI });
  }
  return out;
}

/**
 * The token sits on the top edge of the device the packet is at (its name stays readable
 * below it), or on the wire half way between the two NICs.
 */
function tokenAt(walk: Walk, layout: WalkLayout, index: number, label: string, dir: Direction): Token | undefined {
  const at = layout.points[index];
  if (!at) return undefined;
  const box = at.device ? layout.devices.find((d) => d.key === at.device) : undefined;
  if (!box) return { x: at.x, y: at.y, label, dir };
  return { x: box.x + box.w / 2, y: box.y - 6, label, dir, device: box.key, machine: walk.hops[index]!.node };
}

/** The trails and the token at hop `index`. */
export function walkFrame(walk: Walk, layout: WalkLayout, index: number): WalkFrame {
  const trails: Trail[] = [];
  const visited = new Set<string>();
  let token: Token | undefined;
  for (const run of layout.runs) {
    if (run.first > index) break;
    const current = index <= run.last;
    const upto = current ? index : run.last;
    const lane = run.dir === 'arp' ? 0 : LANE;
    const pts = offsetPolyline(runPoints(walk, layout, run.first, upto), lane);
    if (pts.length >= 2) trails.push({ key: run.index, name: run.name, dir: run.dir, current, d: pathOf(pts), arrows: arrowsOf(pts) });
    if (!current) continue;
    for (let i = run.first; i <= upto; i++) {
      const dev = layout.points[i]?.device;
      if (dev) visited.add(dev);
    }
    const at = layout.points[index];
    if (at) token = tokenAt(walk, layout, index, run.name, run.dir);
  }
  return { trails, ...(token ? { token } : {}), visited };
}
