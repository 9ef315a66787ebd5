// Pods as boxes keyed by uid: the labels the layout chose (name, namespace tag, IP, READY
// and STATUS with a glyph), and the pause and app containers inside. A pod that moves
// (bound to a node) glides; one that goes fades.
import 'd3-transition';
import { select, type Selection } from 'd3';
import { optionalRect, optionalText, setAttr, setText } from './dom';
import { changed, type StageOptions } from './interact';
import type { PodLabel } from './podLabels';
import { fit } from './text';
import type { ContainerBox, PodBox } from './types';

type G = Selection<SVGGElement, unknown, null, undefined>;

interface Placed extends Element {
  __pos?: string;
}

/** More pods than this appearing, moving or going in one redraw is a crowd: no glides or fades. */
const GLIDES_MAX = 8;
/** With more pods than this on the stage their colours change at once (see stage.css). */
const CROWD_PODS = 24;

/**
 * How long this redraw's glides and fades take: a crowd (a hundred pods scheduled at once)
 * moves at once, since a hundred SVG groups moving each frame would relay out the stage;
 * so does any pod on a crowded stage, where each frame of even one glide lays out and
 * paints every pod again.
 */
function glideDuration(g: G, pods: PodBox[], opts: StageOptions): number {
  if (opts.duration <= 0 || pods.length > CROWD_PODS) return 0;
  const before = new Map<string, string | undefined>();
  g.selectAll<SVGGElement, PodBox>('g.pod:not(.leaving)').each(function (d) {
    before.set(d.uid, (this as Placed).__pos);
  });
  let changes = 0;
  for (const p of pods) {
    if (before.get(p.uid) !== `${p.x},${p.y}`) changes++;
    before.delete(p.uid);
  }
  return changes + before.size > GLIDES_MAX ? 0 : opts.duration;
}

export function renderPods(g: G, pods: PodBox[], options: StageOptions): void {
  const opts = { ...options, duration: glideDuration(g, pods, options) };
  g.classed('crowd', pods.length > CROWD_PODS);
  const sel = g
    .selectAll<SVGGElement, PodBox>('g.pod')
    .data(pods, (d) => d.uid)
    .join(
      (enter) => {
        const e = enter.append('g').attr('class', 'pod').attr('opacity', 0);
        e.attr('transform', (d) => `translate(${d.x},${d.y})`).each(function (d) {
          (this as Placed).__pos = `${d.x},${d.y}`;
        });
        e.append('rect').attr('class', 'pod-box').attr('rx', 6);
        e.append('text').attr('class', 'pod-name');
        e.append('g').attr('class', 'containers');
        e.append('title');
        if (opts.duration > 0) e.transition().duration(opts.duration).attr('opacity', 1);
        else e.attr('opacity', 1);
        return e;
      },
      (update) => update,
      (exit) => (opts.duration > 0 ? exit.classed('leaving', true).transition().duration(opts.duration).attr('opacity', 0).remove() : exit.remove()),
    );
  sel.each(function (d) {
    const el = this as Placed;
    const pos = `${d.x},${d.y}`;
    if (el.__pos === pos) return;
    el.__pos = pos;
    // Instant under reduced motion: the state changes, nothing travels.
    if (opts.duration > 0) select(el).transition('move').duration(opts.duration).attr('transform', `translate(${d.x},${d.y})`);
    else select(el).interrupt('move').attr('transform', `translate(${d.x},${d.y})`);
  });
  // Only pods whose drawn fields changed are touched, and in them only what changed.
  sel.each(function (d) {
    const selected = isSelected(opts, d.uid);
    if (changed(this, podSignature(d, selected))) drawPod(this, d, selected);
  });
}

/** Everything a pod's box shows, short of where it is (moves are handled above). */
function podSignature(d: PodBox, selected: boolean): string {
  let sig = `${d.w},${d.h}|${d.name}|${d.namespace}|${d.node ?? ''}|${d.ip ?? ''}|${d.ready}|${d.status}|${d.tone}|${d.compact}|${d.system}|${selected}`;
  for (const l of [d.labels.name, d.labels.namespace, d.labels.ip, d.labels.status]) sig += l ? `|${l.text}@${l.x},${l.y},${l.size}` : '|';
  for (const c of d.containers) sig += `|${c.key}:${c.name}:${c.state}:${c.reason ?? ''}:${c.tone}:${c.x},${c.y},${c.w},${c.h}`;
  return sig;
}

function drawPod(g: SVGGElement, d: PodBox, selected: boolean): void {
  setAttr(g, 'class', `pod tone-${d.tone}${d.system ? ' system' : d.compact ? ' compact' : ''}${selected ? ' selected' : ''}`);
  setAttr(g, 'role', 'button');
  setAttr(g, 'aria-label', `pod ${d.name}${d.namespace === 'default' ? '' : `, in namespace ${d.namespace}`}, ${d.ready} ready, status ${d.status}${d.ip ? `, IP ${d.ip}` : ''}`);
  setAttr(g, 'data-target', `pod:${d.uid}`);
  // The box and name first, the namespace tag, IP and STATUS when the layout found room
  // for them, then the containers.
  const [box, name] = g.children as unknown as [Element, Element];
  const containers = g.querySelector(':scope > g.containers')!;
  const title = g.lastElementChild!;
  setAttr(box, 'width', d.w);
  setAttr(box, 'height', d.h);
  setText(title, `${d.namespace}/${d.name}\nREADY ${d.ready}   STATUS ${d.status}\nIP ${d.ip ?? '<none>'}${d.node ? `   node ${d.node}` : '   not scheduled yet'}`);
  placeLabel(name, d.labels.name);
  const { namespace: ns, ip, status } = d.labels;
  optionalRect(g, 'pod-ns-box', containers, ns?.box);
  labelText(g, 'pod-ns', containers, ns);
  labelText(g, 'pod-ip', containers, ip);
  labelText(g, 'pod-status', containers, status);
  renderContainers(select(containers as SVGGElement), d);
}

function placeLabel(el: Element, l: PodLabel): void {
  setText(el, l.text);
  setAttr(el, 'x', l.x);
  setAttr(el, 'y', l.y);
  setAttr(el, 'text-anchor', l.anchor);
  setAttr(el, 'font-size', l.size);
}

function labelText(g: Element, cls: string, before: Element, l: PodLabel | undefined): void {
  optionalText(g, cls, before, l?.text ?? '', l?.x ?? 0, l?.y ?? 0);
  if (!l) return;
  for (const c of g.children) if (c.classList.contains(cls)) placeLabel(c, l);
}

function isSelected(opts: StageOptions, uid: string): boolean {
  return opts.selected?.kind === 'pod' && opts.selected.id === uid;
}

function renderContainers(g: Selection<SVGGElement, unknown, null, undefined>, pod: PodBox): void {
  const sel = g
    .selectAll<SVGGElement, ContainerBox>('g.container')
    .data(pod.containers, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('rx', 2);
      e.append('title');
      return e;
    });
  sel.each(function (c) {
    const rect = this.firstElementChild!;
    const title = this.lastElementChild!;
    setAttr(this, 'class', `container kind-${c.kind} tone-${c.tone}`);
    setAttr(rect, 'x', c.x);
    setAttr(rect, 'y', c.y);
    setAttr(rect, 'width', c.w);
    setAttr(rect, 'height', c.h);
    // A compact pod's containers are bars: their state shows in colour, their name on hover.
    optionalText(this, 'container-name', title, pod.compact ? '' : fit(c.name, c.w - 4, 5.2), c.x + c.w / 2, c.y + c.h - 4);
    setText(title, `${c.kind === 'pause' ? 'pause container (sandbox)' : `${c.kind} container ${c.name}`}: ${c.state}${c.reason ? ` (${c.reason})` : ''}`);
  });
}
