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
  const sel = g
    .selectAll<SVGGElement, MachineBox>('g.machine')
    .data(machines, (d) => d.key)
    .join((enter) => {
      const m = enter.append('g').attr('class', 'machine');
      m.append('rect').attr('rx', 8);
      m.append('text').attr('class', 'name');
      m.append('text').attr('class', 'detail');
      return m;
    });
  sel.classed('laptop', (d) => d.kind === 'laptop').classed('current', (d) => d.key === view.frame.token?.machine);
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  sel
    .select('text.name')
    .attr('x', (d) => d.x + 10)
    .attr('y', (d) => d.y + 18)
    .text((d) => (d.kind === 'laptop' ? view.labels.laptop : d.label));
  sel
    .select('text.detail')
    .attr('x', (d) => d.x + 10)
    .attr('y', (d) => d.y + 32)
    .text((d) => d.detail);
}

function drawPods(g: G, pods: PodBox[]): void {
  const sel = g
    .selectAll<SVGGElement, PodBox>('g.pod')
    .data(pods, (d) => d.key)
    .join((enter) => {
      const p = enter.append('g').attr('class', 'pod');
      p.append('rect').attr('rx', 6);
      p.append('text').attr('class', 'name');
      p.append('text').attr('class', 'detail');
      p.append('title');
      return p;
    });
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  sel
    .select('text.name')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.y + 11)
    .text((d) => fit(d.label, d.w - 10, 6));
  sel
    .select('text.detail')
    .attr('x', (d) => d.x + 6)
    .attr('y', (d) => d.y + 22)
    .text((d) => `netns · ${d.detail}`);
  sel.select('title').text((d) => `${d.label} ${d.detail}`);
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
  const sel = g
    .selectAll<SVGGElement, DeviceBox>('g.device')
    .data(devices, (d) => d.key)
    .join((enter) => {
      const d = enter.append('g').attr('class', 'device');
      d.append('rect').attr('rx', 4);
      d.append('text').attr('class', 'name');
      d.append('text').attr('class', 'detail');
      d.append('text').attr('class', 'badges');
      d.append('title');
      return d;
    });
  sel
    .attr('class', (d) => `device kind-${d.kind}`)
    .classed('current', (d) => d.key === at)
    .classed('visited', (d) => d.key !== at && view.frame.visited.has(d.key));
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
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
  sel
    .select('text')
    .text((d) => d.label)
    .attr('text-anchor', 'middle');
  sel
    .select('rect')
    .attr('width', (d) => d.label.length * 6.4 + 12)
    .attr('x', (d) => -(d.label.length * 6.4 + 12) / 2);
  const to = (d: NonNullable<typeof tok>) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`;
  if (travels && view.duration > 0) sel.transition().duration(view.duration).attr('transform', to);
  else if (travels || view.duration === 0 || !sel.attr('transform')) sel.interrupt().attr('transform', to);
  // Otherwise it is headed where it already was: a token still on its way there keeps going.
}
