// Draws a WalkLayout: the machines, Pods and devices the walk crosses, the cables between
// them and the wire, the trail of every packet so far and the token at the current hop.
// Every mark is joined by its key, so stepping through a walk moves the token and restyles
// the devices; nothing is rebuilt.
import { select, type Selection } from 'd3';
import 'd3-transition';
import { fit } from '../stage/text';
import type { Cable, DeviceBox, MachineBox, PodBox, WalkLayout } from './layout';
import type { Trail, WalkFrame } from './trail';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface DiagramLabels {
  /** The wire between the machines, e.g. "the wire". */
  wire: string;
  laptop: string;
  /** A packet's name (SYN, request…) as the token shows it, in the learner's language. */
  packet: (segment: string) => string;
}

export interface DiagramView {
  frame: WalkFrame;
  /** The current hop's badge (its action), so the device's tag that acted now stands out. */
  acting?: string;
  /** How long the token takes to the next hop (0 under reduced motion). */
  duration: number;
  labels: DiagramLabels;
}

const LAYERS = ['machines', 'pods', 'cables', 'wire', 'trails', 'devices', 'token'] as const;

export function createWalkDiagram(svgEl: SVGSVGElement) {
  const svg = select(svgEl);
  const layer = Object.fromEntries(LAYERS.map((n) => [n, svg.append('g').attr('class', `${n}-layer`)])) as Record<(typeof LAYERS)[number], G>;
  let shown = false;
  let target = '';

  function update(layout: WalkLayout, view: DiagramView): void {
    svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    drawMachines(layer.machines, layout.machines, view);
    drawPods(layer.pods, layout.pods);
    drawCables(layer.cables, layout.cables);
    drawWire(layer.wire, layout.wire, view);
    drawTrails(layer.trails, view.frame.trails);
    drawDevices(layer.devices, layout.devices, view);
    // The token travels only when its place changes (a redraw for other reasons leaves it be).
    const tok = view.frame.token;
    const next = tok ? `${tok.x.toFixed(1)},${tok.y.toFixed(1)}` : '';
    drawToken(layer.token, view, shown && next !== target);
    shown = !!tok;
    target = next;
  }

  return { update, destroy: () => svg.selectAll('*').remove() };
}

function drawMachines(g: G, machines: MachineBox[], view: DiagramView): void {
  const sel = drawBoxes(g, 'machine', machines, { rx: 8, texts: ['name', 'detail'] });
  sel.classed('laptop', (d) => d.kind === 'laptop').classed('current', (d) => d.key === view.frame.token?.machine);
  corner(sel, 'name', 10, 18, (d) => (d.kind === 'laptop' ? view.labels.laptop : d.label));
  corner(sel, 'detail', 10, 32, (d) => d.detail);
}

function drawPods(g: G, pods: PodBox[]): void {
  const sel = drawBoxes(g, 'pod', pods, { rx: 6, texts: ['name', 'detail'], title: true });
  corner(sel, 'name', 6, 11, (d) => fit(d.label, d.w - 10, 6));
  corner(sel, 'detail', 6, 22, (d) => `netns · ${d.detail}`);
  sel.select('title').text((d) => `${d.label} ${d.detail}`);
}

interface Box {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One group per box, keyed: a rounded rect at the box's place and empty text slots to fill. */
function drawBoxes<T extends Box>(g: G, cls: string, boxes: T[], shape: { rx: number; texts: string[]; title?: boolean }) {
  const sel = g
    .selectAll<SVGGElement, T>(`g.${cls}`)
    .data(boxes, (d) => d.key)
    .join((enter) => {
      const box = enter.append('g').attr('class', cls);
      box.append('rect').attr('rx', shape.rx);
      for (const t of shape.texts) box.append('text').attr('class', t);
      if (shape.title) box.append('title');
      return box;
    });
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  return sel;
}

/** A box's text slot, written from its top-left corner. */
function corner<T extends Box>(sel: Selection<SVGGElement, T, SVGGElement, unknown>, cls: string, dx: number, dy: number, text: (d: T) => string): void {
  sel
    .select(`text.${cls}`)
    .attr('x', (d) => d.x + dx)
    .attr('y', (d) => d.y + dy)
    .text(text);
}

function drawCables(g: G, cables: Cable[]): void {
  g.selectAll<SVGLineElement, Cable>('line')
    .data(cables, (d) => d.key)
    .join('line')
    .attr('class', (d) => `cable ${d.kind}`)
    .attr('x1', (d) => d.x1)
    .attr('y1', (d) => d.y1)
    .attr('x2', (d) => d.x2)
    .attr('y2', (d) => d.y2);
}

function drawWire(g: G, wire: WalkLayout['wire'], view: DiagramView): void {
  const sel = g
    .selectAll<SVGGElement, NonNullable<WalkLayout['wire']>>('g.the-wire')
    .data(wire ? [wire] : [], () => 'wire')
    .join((enter) => {
      const w = enter.append('g').attr('class', 'the-wire');
      w.append('line');
      w.append('text');
      return w;
    });
  sel.classed('current', !!view.frame.token && !view.frame.token.device);
  sel.select('line').attr('x1', (d) => d.x1).attr('x2', (d) => d.x2).attr('y1', (d) => d.y).attr('y2', (d) => d.y);
  sel
    .select('text')
    .attr('x', (d) => d.x1 + 4)
    .attr('y', (d) => d.y + 16)
    .text((d) => `${view.labels.wire}${d.label ? ` · ${d.label}` : ''}`);
}

function drawTrails(g: G, trails: Trail[]): void {
  const sel = g
    .selectAll<SVGGElement, Trail>('g.trail')
    .data(trails, (d) => String(d.key))
    .join((enter) => {
      const t = enter.append('g');
      t.append('path').attr('class', 'line');
      return t;
    })
    .attr('class', (d) => `trail dir-${d.dir}${d.current ? ' current' : ''}`);
  sel.select('path.line').attr('d', (d) => d.d);
  sel
    .selectAll<SVGPathElement, Trail['arrows'][number]>('path.head')
    .data((d) => d.arrows)
    .join('path')
    .attr('class', 'head')
    .attr('d', 'M-5,-4 L4,0 L-5,4 z')
    .attr('transform', (a) => `translate(${a.x.toFixed(1)},${a.y.toFixed(1)}) rotate(${a.angle.toFixed(0)})`);
}

function drawDevices(g: G, devices: DeviceBox[], view: DiagramView): void {
  const at = view.frame.token?.device;
  const sel = drawBoxes(g, 'device', devices, { rx: 4, texts: ['name', 'detail', 'badges'], title: true });
  sel
    .attr('class', (d) => `device kind-${d.kind}`)
    .classed('current', (d) => d.key === at)
    .classed('visited', (d) => d.key !== at && view.frame.visited.has(d.key));
  const inside = (d: DeviceBox) => d.kind === 'hook' || d.kind === 'routing';
  sel
    .select('text.name')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => d.y + (inside(d) ? d.h / 2 - 1 : d.h / 2 + 4))
    .text((d) => fit(d.label, d.w - 6, d.kind === 'hook' ? 5.8 : 6.2));
  sel
    .select('text.detail')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => (inside(d) ? d.y + d.h / 2 + 10 : d.y + d.h + 11))
    .text((d) => d.detail);
  // What happened here (DNAT, MASQUERADE, encap…): stacked below a kernel hook, beside any other device.
  const badges = sel
    .select('text.badges')
    .attr('x', (d) => (d.kind === 'hook' ? d.x + d.w / 2 : d.x + d.w + 5))
    .attr('y', (d) => (d.kind === 'hook' ? d.y + d.h + 11 : d.y + d.h / 2 + 4))
    .attr('text-anchor', (d) => (d.kind === 'hook' ? 'middle' : 'start'));
  badges
    .selectAll<SVGTSpanElement, { text: string; first: boolean; hook: boolean; x: number; acting: boolean }>('tspan')
    .data((d) => d.badges.map((text, i) => ({ text, first: i === 0, hook: d.kind === 'hook', x: d.kind === 'hook' ? d.x + d.w / 2 : d.x + d.w + 5, acting: d.key === at && view.acting === text })))
    .join('tspan')
    .attr('x', (b) => (b.hook || b.first ? b.x : null))
    .attr('dy', (b) => (b.first ? 0 : b.hook ? 11 : 0))
    .attr('dx', (b) => (b.first || b.hook ? 0 : 6))
    .classed('acting', (b) => b.acting)
    .text((b) => (b.acting ? `▶ ${b.text}` : b.text));
  sel.select('title').text((d) => [d.label, d.detail, d.badges.join(', ')].filter(Boolean).join(' — '));
}

function drawToken(g: G, view: DiagramView, travels: boolean): void {
  const tok = view.frame.token;
  const sel = g
    .selectAll<SVGGElement, NonNullable<typeof tok>>('g.token')
    .data(tok ? [tok] : [], () => 'token')
    .join((enter) => {
      const t = enter.append('g').attr('class', 'token');
      t.append('rect').attr('rx', 8).attr('height', 16).attr('y', -8);
      t.append('text').attr('y', 4);
      return t;
    });
  sel.attr('class', (d) => `token dir-${d.dir}`);
  const text = (d: NonNullable<typeof tok>) => view.labels.packet(d.label);
  sel.select('text').text(text).attr('text-anchor', 'middle');
  sel
    .select('rect')
    .attr('width', (d) => pillWidth(text(d)))
    .attr('x', (d) => -pillWidth(text(d)) / 2);
  const to = (d: NonNullable<typeof tok>) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`;
  if (travels && view.duration > 0) sel.transition().duration(view.duration).attr('transform', to);
  else if (travels || view.duration === 0 || !sel.attr('transform')) sel.interrupt().attr('transform', to);
  // Otherwise it is headed where it already was: a token still on its way there keeps going.
}

/** The token's pill around its text: about 6.4 px a Latin character, 11 px a Chinese one. */
function pillWidth(text: string): number {
  let w = 12;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 11 : 6.4;
  return w;
}
