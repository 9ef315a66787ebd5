// A statechart drawn from the machine definition the engine runs (machine.root), so the
// picture cannot drift from the behaviour: states in rows by how many transitions they are
// from the initial state (top to bottom, at most three across, to fit a side panel),
// transitions as arrows labelled with their guard or event.

/** The parts of an XState StateNode this viz reads. */
export interface StateNodeLike {
  key: string;
  type: string;
  path: readonly string[];
  states: Record<string, StateNodeLike>;
  initial?: { target: readonly StateNodeLike[] } | undefined;
  transitions: Map<string, readonly TransitionLike[]>;
  always?: readonly TransitionLike[] | undefined;
}

export interface TransitionLike {
  guard?: unknown;
  target?: readonly StateNodeLike[] | undefined;
}

export interface ChartState {
  /** Path below the root, dotted: `crashLoop`, `stoppingSandbox.check`. */
  id: string;
  label: string;
  final: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ChartEdge {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  states: ChartState[];
  edges: ChartEdge[];
  /** Transitions the root takes from any state (a pod deleted → terminating). */
  global: ChartEdge[];
}

/** A delay's event (`runtime/timers.ts`) `after.10s` → `after 10s`; `cri.response` → `cri.response`. */
export function eventLabel(event: string): string {
  const m = /^after\.(.+)$/.exec(event);
  if (m) return `after ${m[1]}`;
  return event === '' ? 'always' : event;
}

/** The top-level state a node belongs to (`stoppingSandbox.check` → `stoppingSandbox`). */
function topOf(n: StateNodeLike): string {
  return n.path[0] ?? '';
}

/** Transitions out of a state and its substates, as arrows between top-level states. */
function edgesOf(n: StateNodeLike, from = topOf(n)): ChartEdge[] {
  const out: ChartEdge[] = [];
  const add = (event: string, t: TransitionLike, i: number) => {
    for (const target of t.target ?? []) {
      const to = topOf(target);
      if (to === from) continue;
      const label = typeof t.guard === 'string' ? t.guard : eventLabel(event);
      out.push({ id: `${n.path.join('.')}:${event}:${i}:${to}`, from, to, label });
    }
  };
  for (const [event, defs] of n.transitions) defs.forEach((d, i) => add(event, d, i));
  (n.always ?? []).forEach((d, i) => add('', d, i));
  if (from !== '') for (const child of Object.values(n.states)) out.push(...edgesOf(child, from));
  return out;
}

/** One arrow per pair of states, labelled with every way it can be taken. */
function merge(edges: ChartEdge[]): ChartEdge[] {
  const byPair = new Map<string, ChartEdge>();
  for (const e of edges) {
    const key = `${e.from}->${e.to}`;
    const seen = byPair.get(key);
    if (!seen) byPair.set(key, { ...e, id: key });
    else if (!seen.label.split(' / ').includes(e.label)) seen.label += ` / ${e.label}`;
  }
  return [...byPair.values()];
}

const BOX = { w: 94, h: 24, gapX: 10, gapY: 26, pad: 8 };
/** Three states across: the chart then fits the side panel (about 340 px) without being scaled down. */
const MAX_PER_ROW = 3;

/** Rows by distance from the initial state; unreachable states go last. */
function ranks(states: StateNodeLike[], edges: ChartEdge[], initial: string | undefined): Map<string, number> {
  const rank = new Map<string, number>();
  if (initial) rank.set(initial, 0);
  const queue = initial ? [initial] : [];
  while (queue.length) {
    const s = queue.shift()!;
    for (const e of edges) {
      if (e.from !== s || rank.has(e.to)) continue;
      rank.set(e.to, rank.get(s)! + 1);
      queue.push(e.to);
    }
  }
  const last = Math.max(0, ...rank.values());
  for (const s of states) if (!rank.has(s.key)) rank.set(s.key, last + 1);
  return rank;
}

export function layoutChart(root: StateNodeLike): ChartLayout {
  const states = Object.values(root.states);
  const edges = merge(states.flatMap((st) => edgesOf(st)));
  const initial = root.initial?.target[0]?.key;
  const rank = ranks(states, edges, initial);
  const byRank = new Map<number, StateNodeLike[]>();
  for (const s of states) byRank.set(rank.get(s.key)!, [...(byRank.get(rank.get(s.key)!) ?? []), s]);
  // A rank with more states than fit across a side panel continues on the next row.
  const rows = new Map<number, StateNodeLike[]>();
  for (const [, list] of [...byRank.entries()].sort((a, b) => a[0] - b[0]))
    for (let i = 0; i < list.length; i += MAX_PER_ROW) rows.set(rows.size, list.slice(i, i + MAX_PER_ROW));
  const widest = Math.max(1, ...[...rows.values()].map((r) => r.length));
  const width = BOX.pad * 2 + widest * BOX.w + (widest - 1) * BOX.gapX;
  const placed: ChartState[] = [];
  [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .forEach(([, list], row) => {
      // Centre each row, so a single state sits in the middle.
      const rowW = list.length * BOX.w + (list.length - 1) * BOX.gapX;
      const x0 = (width - rowW) / 2;
      list.forEach((s, i) => {
        placed.push({ id: s.key, label: s.key, final: s.type === 'final', x: x0 + i * (BOX.w + BOX.gapX), y: BOX.pad + row * (BOX.h + BOX.gapY), w: BOX.w, h: BOX.h });
      });
    });
  return {
    width,
    height: BOX.pad * 2 + rows.size * BOX.h + (rows.size - 1) * BOX.gapY,
    states: placed,
    edges,
    global: edgesOf(root, ''),
  };
}

/** The top-level state an actor is in: `running`, or `crashLoop` for `{ crashLoop: 'waiting' }`. */
export function activeState(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return Object.keys(value)[0];
  return undefined;
}

/** A state value as a path: `running`, `crashLoop.waiting`, `stoppingSandbox.check`. */
export function statePath(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value)[0] ?? [];
    return key === undefined ? '' : inner === undefined || inner === null ? key : `${key}.${statePath(inner)}`;
  }
  return '';
}
