// Messages in flight as tokens: a numbered disc for a message of the nine steps, a small
// light dot for status and events flowing back. The trail behind a token shows the edge
// it travels; work inside one component (validating a manifest) pulses on that component.
// Tokens move every frame, so each is one group moved by a transform (one attribute per
// frame), drawn in an overlay of its own so the stage underneath is not repainted.
import { select, type Selection } from 'd3';
import { along, boxOf, center, edge } from './geometry';
import type { StageLayout } from './types';

export interface TokenView {
  /** The trace event's seq. */
  key: number;
  from: string;
  to: string;
  kind: string;
  step?: number;
  /** 0 at the sender, 1 at the receiver. */
  progress: number;
  /** Status and events: drawn lighter and smaller. */
  light: boolean;
  /** The message the caption is about. */
  current: boolean;
  /** Print the message's name beside it (not for every token of a crowd). */
  labelled: boolean;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

interface Placed {
  x: number;
  y: number;
  sx: number;
  sy: number;
  note: boolean;
  r: number;
}

function place(t: TokenView, layout: StageLayout): Placed | undefined {
  const r = t.light ? 4 : 10;
  if (t.from === t.to) {
    const b = boxOf(layout, t.from);
    if (!b) return undefined;
    const c = center(b);
    return { x: c.x, y: b.y, sx: c.x, sy: b.y, note: true, r };
  }
  const e = edge(layout, t.from, t.to);
  if (!e) return undefined;
  const p = along(e, t.progress);
  return { x: p.x, y: p.y, sx: e.from.x, sy: e.from.y, note: false, r };
}

interface Drawn {
  t: TokenView;
  p: Placed;
}

interface TokenEl extends SVGGElement {
  __shape?: string;
}

/**
 * Build a token's parts once, by what it is: a light dot is a single circle (a crowd has
 * many); a numbered message has its trail, disc, number and name; a note pulses.
 */
function shape(g: TokenEl, d: Drawn): void {
  const key = `${d.t.light}|${d.t.current}|${d.t.labelled}|${d.p.note}|${d.t.step ?? ''}`;
  if (g.__shape === key) return;
  g.__shape = key;
  delete (g as TokenEl & { __left?: boolean }).__left;
  const s = select(g);
  s.attr('class', `token${d.t.light ? ' light' : ' stepped'}${d.t.current ? ' current' : ''}${d.p.note ? ' note' : ''}`);
  s.selectAll('*').remove();
  if (!d.t.light && !d.p.note) s.append('line').attr('class', 'trail');
  if (d.p.note) s.append('circle').attr('class', 'pulse');
  s.append('circle').attr('class', 'disc').attr('r', d.p.r);
  if (d.t.step && !d.t.light) s.append('text').attr('class', 'num').attr('y', 4).text(String(d.t.step));
  if (d.t.labelled) s.append('text').attr('class', 'kind').attr('y', -d.p.r + 2).text(d.t.kind);
}

/** Near the right edge, the message's name goes on the token's left so it stays readable. */
function side(g: TokenEl, d: Drawn, width: number): void {
  if (!d.t.labelled) return;
  const left = d.p.x > width - 140;
  const el = g as TokenEl & { __left?: boolean };
  if (el.__left === left) return;
  el.__left = left;
  select(g)
    .select('.kind')
    .attr('text-anchor', left ? 'end' : 'start')
    .attr('x', left ? -(d.p.r + 4) : d.p.r + 4);
}

export function renderTokens(g: G, tokens: readonly TokenView[], layout: StageLayout): void {
  const drawn: Drawn[] = [];
  for (const t of tokens) {
    const p = place(t, layout);
    if (p) drawn.push({ t, p });
  }
  const sel = g
    .selectAll<TokenEl, Drawn>('g.token')
    .data(drawn, (d) => d.t.key)
    .join((enter) => enter.append('g').attr('class', 'token').attr('data-seq', (d) => d.t.key));
  sel.each(function (d) {
    shape(this, d);
    side(this, d, layout.width);
    const s = select(this);
    const { t, p } = d;
    s.attr('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    // The trail runs from where the token left to where it is now (in the token's frame).
    if (!p.note && !t.light) s.select('.trail').attr('x1', (p.sx - p.x).toFixed(1)).attr('y1', (p.sy - p.y).toFixed(1));
    if (p.note) s.select('.pulse').attr('r', (p.r + 14 * t.progress).toFixed(1)).attr('opacity', (1 - t.progress).toFixed(2));
  });
}
