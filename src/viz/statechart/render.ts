// Draws a ChartLayout: states as boxes (the current one filled), transitions as arrows;
// the arrows out of the current state are labelled, the rest stay faint with a tooltip.
import { select, type Selection } from 'd3';
import type { ChartEdge, ChartLayout, ChartState } from './layout';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

interface Routed extends ChartEdge {
  d: string;
  lx: number;
  ly: number;
  hot: boolean;
}

function border(s: ChartState, toward: { x: number; y: number }): { x: number; y: number } {
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  const k = Math.min(dx === 0 ? Infinity : s.w / 2 / Math.abs(dx), dy === 0 ? Infinity : s.h / 2 / Math.abs(dy));
  return { x: cx + dx * k, y: cy + dy * k };
}

function route(e: ChartEdge, byId: Map<string, ChartState>, current: string | undefined, width: number): Routed | undefined {
  const a = byId.get(e.from);
  const b = byId.get(e.to);
  if (!a || !b) return undefined;
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  // Arrows going back up (or sideways) bow out to the side so they do not hide the ones going down.
  const back = cb.y <= ca.y;
  const side = ca.x + cb.x > width ? 1 : -1;
  const bow = back ? 30 + Math.abs(cb.y - ca.y) * 0.25 : 0;
  const mid = { x: (ca.x + cb.x) / 2 + side * bow, y: (ca.y + cb.y) / 2 };
  const p = border(a, mid);
  const q = border(b, mid);
  const d = back ? `M${p.x},${p.y} Q${mid.x + side * bow * 0.6},${mid.y} ${q.x},${q.y}` : `M${p.x},${p.y} L${q.x},${q.y}`;
  return { ...e, d, lx: back ? mid.x : (p.x + q.x) / 2 + 4, ly: mid.y + 3, hot: e.from === current };
}

/** The labelled (hot) arrows' labels, roughly as wide as the 9px monospace text they hold. */
const CHAR_W = 5.5;
const LINE_H = 10;

/**
 * Arrows fanning out of the current state have their labels near one another: move a label
 * down a line while it would overlap one already placed, so each stays readable.
 */
export function spreadLabels<T extends { lx: number; ly: number; label: string; hot: boolean }>(routed: T[]): T[] {
  const placed: { x1: number; x2: number; y: number }[] = [];
  const hot = routed.filter((r) => r.hot).sort((a, b) => a.lx - b.lx || a.ly - b.ly);
  for (const r of hot) {
    const half = (r.label.length * CHAR_W) / 2;
    const box = { x1: r.lx - half, x2: r.lx + half, y: r.ly };
    while (placed.some((p) => box.x1 < p.x2 && p.x1 < box.x2 && Math.abs(box.y - p.y) < LINE_H)) box.y += LINE_H;
    r.ly = box.y;
    placed.push(box);
  }
  return routed;
}

export interface ChartOptions {
  /** The top-level state the actor is in, and its substate if any. */
  current: string | undefined;
  sub: string | undefined;
  /** Unique per chart on the page: arrowheads are referenced by id. */
  markerId: string;
  /** Words for "from any state" in the learner's language. */
  anyState: string;
}

export function renderChart(svgEl: SVGSVGElement, layout: ChartLayout, opts: ChartOptions): void {
  const { current, sub, markerId } = opts;
  const svg = select(svgEl) as Svg;
  svg.attr('viewBox', `0 0 ${layout.width} ${layout.height + 30}`);
  let defs = svg.select<SVGDefsElement>('defs');
  if (defs.empty()) {
    defs = svg.append('defs');
    defs.append('marker').attr('id', markerId).attr('viewBox', '0 0 8 8').attr('refX', 7).attr('refY', 4).attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto').append('path').attr('d', 'M0,0 L8,4 L0,8 z');
  }
  const byId = new Map(layout.states.map((s) => [s.id, s]));
  const routed = spreadLabels(layout.edges.flatMap((e) => route(e, byId, current, layout.width) ?? []));
  const edges = svg
    .selectAll<SVGGElement, Routed>('g.edge')
    .data(routed, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge');
      g.append('path').attr('marker-end', `url(#${markerId})`);
      g.append('text');
      g.append('title');
      return g;
    });
  edges.classed('hot', (d) => d.hot);
  edges.select('path').attr('d', (d) => d.d);
  edges
    .select('text')
    .attr('x', (d) => d.lx)
    .attr('y', (d) => d.ly)
    .text((d) => (d.hot ? d.label : ''));
  edges.select('title').text((d) => `${d.from} → ${d.to}: ${d.label}`);
  const states = svg
    .selectAll<SVGGElement, ChartState>('g.state')
    .data(layout.states, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'state');
      g.append('rect').attr('rx', 8);
      g.append('text');
      g.append('title');
      return g;
    });
  states.classed('current', (d) => d.id === current).classed('final', (d) => d.final);
  states.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  states
    .select('text')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => d.y + d.h / 2 + 4)
    .text((d) => d.label);
  states.select('title').text((d) => (d.id === current && sub ? `${d.label}.${sub}` : d.label));
  const global = layout.global.map((g) => `${opts.anyState}: ${g.label} → ${g.to}`).join('   ');
  svg
    .selectAll<SVGTextElement, string>('text.global')
    .data(global ? [global] : [])
    .join('text')
    .attr('class', 'global')
    .attr('x', 8)
    .attr('y', layout.height + 16)
    .text((d) => d);
}
