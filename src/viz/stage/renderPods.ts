// Pods as boxes keyed by uid: name, IP, READY and STATUS with a glyph, and the pause and
// app containers inside. A pod that moves (bound to a node) glides; one that goes fades.
import 'd3-transition';
import { select, type Selection } from 'd3';
import { changed, selectable, type StageOptions } from './interact';
import { BOLD_CHAR_W, fit } from './text';
import { TONE_GLYPH, addonName } from './tone';
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
 * moves at once, since a hundred SVG groups moving each frame would relay out the stage.
 */
function glideDuration(g: G, pods: PodBox[], opts: StageOptions): number {
  if (opts.duration <= 0) return 0;
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
        e.append('text').attr('class', 'pod-ip');
        e.append('text').attr('class', 'pod-status');
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
  const dirty = sel.filter(function (d) {
    return changed(this, JSON.stringify(d) + isSelected(opts, d.uid));
  });
  dirty.attr('class', (d) => `pod tone-${d.tone}${d.system ? ' system' : d.compact ? ' compact' : ''}`).classed('selected', (d) => isSelected(opts, d.uid));
  selectable(dirty, (d) => ({ kind: 'pod', id: d.uid }), (d) => `pod ${d.name}, ${d.ready} ready, status ${d.status}${d.ip ? `, IP ${d.ip}` : ''}`);
  dirty.select('.pod-box').attr('width', (d) => d.w).attr('height', (d) => d.h);
  dirty.select('title').text((d) => `${d.namespace}/${d.name}\nREADY ${d.ready}   STATUS ${d.status}\nIP ${d.ip ?? '<none>'}${d.node ? `   node ${d.node}` : '   not scheduled yet'}`);
  dirty
    .select('.pod-name')
    .attr('x', (d) => (d.system ? 4 : d.compact ? d.w / 2 : 6))
    .attr('y', (d) => (d.system ? 11 : d.compact ? Math.min(d.h / 2 + 4, 14) : 13))
    .text((d) => (d.system ? fit(`${TONE_GLYPH[d.tone]} ${addonName(d.name, d.node)}`, d.w - 6, 5.2) : d.compact ? TONE_GLYPH[d.tone] : fit(d.name, d.w - 12, BOLD_CHAR_W)));
  dirty
    .select('.pod-ip')
    .attr('x', 6)
    .attr('y', 25)
    .text((d) => (d.compact || d.h < 56 ? '' : fit(d.ip ?? 'no IP yet', d.w - 12)));
  dirty
    .select('.pod-status')
    .attr('x', 6)
    .attr('y', (d) => (d.h < 56 ? 25 : 37))
    .text((d) => (d.compact ? '' : fit(`${TONE_GLYPH[d.tone]} ${d.ready} ${d.status}`, d.w - 12)));
  dirty.select<SVGGElement>('.containers').each(function (d) {
    renderContainers(select(this), d);
  });
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
      e.append('text');
      e.append('title');
      return e;
    });
  sel.attr('class', (d) => `container kind-${d.kind} tone-${d.tone}`);
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  sel
    .select('text')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => d.y + d.h - 4)
    .text((d) => (pod.compact ? '' : fit(d.name, d.w - 4, 5.2)));
  sel.select('title').text((d) => `${d.kind === 'pause' ? 'pause container (sandbox)' : `${d.kind} container ${d.name}`}: ${d.state}${d.reason ? ` (${d.reason})` : ''}`);
}
