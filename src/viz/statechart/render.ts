// Draws a ChartLayout: states as boxes (the current one filled), transitions as arrows;
// the arrows out of the current state are labelled with what would make the actor take
// them, placed clear of the states and of each other (labels.ts); the rest stay faint with
// a tooltip.
import { select, type Selection } from 'd3';
import { LABEL_PX, placeLabels, type PlacedLabel } from './labels';
import type { ChartEdge, ChartLayout, ChartState } from './layout';
import { route, type Routed } from './route';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** An arrow named by its event or guard, when no words for a learner are given. */
const byName = (e: ChartEdge) => e.label;

interface Drawn extends Routed {
  /** Where its label is drawn (only the current state's arrows have one). */
  placed?: PlacedLabel;
  /** What the label says: what happened, in the learner's words. */
  text: string;
}

/** Route every arrow and place the labels of those out of the current state (a pure step, tested). */
export function chartLabels(layout: ChartLayout, current: string | undefined, describe: (e: ChartEdge) => string = byName): { drawn: Drawn[]; below: number } {
  const byId = new Map(layout.states.map((s) => [s.id, s]));
  const routed = layout.edges.flatMap((e) => route(e, byId, current, layout.width) ?? []);
  const wanted = routed.filter((r) => r.hot).map((r) => ({ id: r.id, text: describe(r), along: r.along }));
  const { labels, below } = placeLabels(wanted, layout.states, layout);
  const byEdge = new Map(labels.map((l) => [l.id, l]));
  const drawn = routed.map((r): Drawn => {
    const placed = byEdge.get(r.id);
    return { ...r, text: describe(r), ...(placed ? { placed } : {}) };
  });
  return { drawn, below };
}

export interface ChartOptions {
  /** The top-level state the actor is in, and its substate if any. */
  current: string | undefined;
  sub: string | undefined;
  /** Unique per chart on the page: arrowheads are referenced by id. */
  markerId: string;
  /** Words for "from any state" in the learner's language. */
  anyState: string;
  /** What an arrow means to a learner ("image pulled"); its event or guard name if not given. */
  describe?: (e: ChartEdge) => string;
}

export function renderChart(svgEl: SVGSVGElement, layout: ChartLayout, opts: ChartOptions): void {
  const { current, sub, markerId } = opts;
  const svg = select(svgEl) as Svg;
  let defs = svg.select<SVGDefsElement>('defs');
  if (defs.empty()) {
    defs = svg.append('defs');
    defs.append('marker').attr('id', markerId).attr('viewBox', '0 0 8 8').attr('refX', 7).attr('refY', 4).attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto').append('path').attr('d', 'M0,0 L8,4 L0,8 z');
  }
  const { drawn, below } = chartLabels(layout, current, opts.describe);
  svg.attr('viewBox', `0 0 ${layout.width} ${layout.height + below * (LABEL_PX + 3) + 8 + (layout.global.length + 1) * 13}`);
  const edges = svg
    .selectAll<SVGGElement, Drawn>('g.edge')
    .data(drawn, (d) => d.id)
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
    .attr('x', (d) => (d.placed ? d.placed.x + d.placed.w / 2 : 0))
    .attr('y', (d) => (d.placed ? d.placed.y + d.placed.h - 3 : 0))
    .text((d) => d.placed?.text ?? '');
  edges.select('title').text((d) => `${d.from} → ${d.to}: ${d.text}${d.text === d.label ? '' : ` (${d.label})`}`);
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
  // What the machine does from any state: a heading, then a line each, under the chart and its spilled labels.
  const describe = opts.describe ?? byName;
  const top = layout.height + below * (LABEL_PX + 3) + 16;
  const lines = layout.global.length ? [{ text: `${opts.anyState}:`, x: 8 }, ...layout.global.map((g) => ({ text: `${describe(g)} → ${g.to}`, x: 18 }))] : [];
  svg
    .selectAll<SVGTextElement, { text: string; x: number }>('text.global')
    .data(lines, (d) => d.text)
    .join('text')
    .attr('class', 'global')
    .attr('x', (d) => d.x)
    .attr('y', (_, i) => top + i * 13)
    .text((d) => d.text);
}
