// Draws a StageLayout into one <svg> with keyed D3 joins: frames, nodes and components by
// name, pods by uid (a pod bound by the scheduler glides from the control plane to its
// node), tokens by trace seq. D3 owns everything inside the svg.
import 'd3-transition';
import { select, type Selection } from 'd3';
import { changed, rove, roveKeys, selectable, selectOn, type StageOptions, type StageTarget } from './interact';
import { renderPods } from './renderPods';
import { fit } from './text';
import { tokenPainter } from './tokenCanvas';
import { fitLayer, renderTokens, type TokenLayer, type TokenSurface, type TokenView } from './renderTokens';
import type { ComponentBox, FrameBox, Link, NodeBox, StageLayout } from './types';
import { center } from './geometry';

export type { StageOptions, StageTarget } from './interact';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface StageRenderer {
  update(layout: StageLayout, opts: StageOptions): void;
  /** Highlight the components the narrated message goes between (cheap: every message). */
  highlight(active: readonly string[]): void;
  /**
   * `crowd`: too many to glide one by one, drawn on a canvas instead. True when the tokens
   * must be drawn again next frame to move (else they move by themselves until they change).
   */
  tokens(tokens: readonly TokenView[], layout: StageLayout, crowd?: boolean): boolean;
  destroy(): void;
}

/**
 * `svgEl` holds the cluster; `overlayEl` (an HTML box laid exactly over it) holds the
 * tokens, moved by CSS transforms so that moving them every frame touches nothing else.
 */
export function createStage(svgEl: SVGSVGElement, overlayEl: HTMLElement): StageRenderer {
  const svg = select(svgEl);
  const overlay = select(overlayEl);
  svg.selectAll('*').remove();
  overlay.selectAll('*').remove();
  const tokenLayer = overlay.append('div').attr('class', 'tokens') as TokenLayer;
  const surface: TokenSurface = { layer: tokenLayer, painter: tokenPainter(tokenLayer.append('canvas').attr('class', 'token-canvas').node()!) };
  const layers = {
    links: svg.append('g').attr('class', 'links') as G,
    frames: svg.append('g').attr('class', 'frames') as G,
    nodes: svg.append('g').attr('class', 'nodes') as G,
    components: svg.append('g').attr('class', 'components') as G,
    pods: svg.append('g').attr('class', 'pods') as G,
  };
  svg.on('keydown.rove', roveKeys(svgEl));
  let current: StageOptions = { duration: 0 };
  selectOn(svgEl, () => current.onSelect);
  let lastLinks = '';
  let lastRoster = '';
  return {
    update(layout, opts) {
      current = opts;
      // Most refreshes change little the stage shows (an Event stored, a pod's STATUS): each
      // part below skips what is already drawn, so a redraw costs what changed.
      // Setting the viewBox, even to the same value, relayouts the whole svg: only on resize.
      const viewBox = `0 0 ${layout.width} ${layout.height}`;
      if (svgEl.getAttribute('viewBox') !== viewBox) {
        svg.attr('viewBox', viewBox);
      }
      fitLayer(tokenLayer, layout, opts.viewport);
      const linkSig = `${layout.width}x${layout.height}:${layout.components.length}`;
      if (linkSig !== lastLinks) renderLinks(layers.links, layout);
      lastLinks = linkSig;
      renderFrames(layers.frames, layout.frames);
      renderTray(layers.frames, layout);
      renderNodes(layers.nodes, layout.nodes, opts);
      renderComponents(layers.components, layout.components, opts);
      renderPods(layers.pods, layout.pods, opts);
      // The Tab stop moves only when what can be selected, or the selection, changed.
      const roster = `${layout.pods.map((p) => p.uid).join(' ')}|${layout.nodes.length}|${layout.components.length}|${opts.selected?.kind}:${opts.selected?.id}`;
      if (roster !== lastRoster) rove(svgEl);
      lastRoster = roster;
    },
    highlight(active) {
      const set = new Set(active);
      layers.components.selectAll<SVGGElement, ComponentBox>('g.component').each(function (d) {
        const on = set.has(d.id);
        if (this.classList.contains('active') !== on) this.classList.toggle('active', on);
      });
    },
    tokens(tokens, layout, crowd) {
      return renderTokens(surface, tokens, layout, crowd);
    },
    destroy() {
      surface.painter.destroy();
      svg.selectAll('*').interrupt().remove();
      overlay.selectAll('*').remove();
    },
  };
}

function isSelected(opts: StageOptions, kind: StageTarget['kind'], id: string): boolean {
  return opts.selected?.kind === kind && opts.selected.id === id;
}

function renderLinks(g: G, layout: StageLayout): void {
  const byId = new Map(layout.components.map((c) => [c.id, c]));
  const drawn = layout.links.filter((l) => byId.has(l.from) && byId.has(l.to));
  g.selectAll<SVGLineElement, Link>('line')
    .data(drawn, (d) => d.id)
    .join('line')
    .attr('class', 'link')
    .each(function (d) {
      const a = center(byId.get(d.from)!);
      const b = center(byId.get(d.to)!);
      select(this).attr('x1', a.x).attr('y1', a.y).attr('x2', b.x).attr('y2', b.y);
    });
}

interface FrameLine {
  key: string;
  x: number;
  y: number;
  text: string;
}

function renderFrames(g: G, frames: FrameBox[]): void {
  const sel = g
    .selectAll<SVGGElement, FrameBox>('g.frame')
    .data(frames, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', (d) => `frame frame-${d.id}`);
      e.append('rect').attr('rx', 8);
      e.append('text').attr('class', 'frame-label');
      return e;
    })
    .filter(function (d) {
      return changed(this, `${d.x},${d.y},${d.w},${d.h},${d.label}`);
    });
  sel.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  // Labels are set in spaced capitals, file and image names in 10px monospace: cut to the frame.
  sel.select('.frame-label').attr('x', (d) => d.x + 8).attr('y', (d) => d.y + 14).text((d) => fit(d.label, d.w - 12, 7.2));
  const lines: FrameLine[] = frames.flatMap((f) =>
    f.lines.filter((_, i) => 66 + i * 13 < f.h).map((text, i) => ({ key: `${f.id}:${i}`, x: f.x + 10, y: f.y + 66 + i * 13, text: fit(text, f.w - 14, 6.1) })),
  );
  g.selectAll<SVGTextElement, FrameLine>('text.frame-line')
    .data(lines, (d) => d.key)
    .join('text')
    .filter(function (d) {
      return changed(this, `${d.x},${d.y},${d.text}`);
    })
    .attr('class', 'frame-line')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .text((d) => d.text);
}

/** Written only when it changed: setting even the same text or position relays out svg text. */
function renderTray(g: G, layout: StageLayout): void {
  const { x, y } = layout.unscheduled;
  g.selectAll<SVGTextElement, string>('text.tray-label')
    .data(layout.unscheduledLabel ? [layout.unscheduledLabel] : [])
    .join('text')
    .filter(function (d) {
      return changed(this, `${x},${y},${d}`);
    })
    .attr('class', 'tray-label')
    .attr('x', x + 2)
    .attr('y', y - 4)
    .text((d) => d);
}

function renderNodes(g: G, nodes: NodeBox[], opts: StageOptions): void {
  const sel = g
    .selectAll<SVGGElement, NodeBox>('g.node')
    .data(nodes, (d) => d.name)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'node');
      e.append('rect').attr('class', 'node-box').attr('rx', 8);
      e.append('text').attr('class', 'node-name');
      e.append('text').attr('class', 'node-meta');
      e.append('rect').attr('class', 'images-box').attr('rx', 4);
      e.append('text').attr('class', 'images-text');
      e.append('title');
      return e;
    });
  const dirty = sel.filter(function (d) {
    return changed(this, JSON.stringify(d) + isSelected(opts, 'node', d.name));
  });
  dirty.classed('selected', (d) => isSelected(opts, 'node', d.name)).classed('control-plane', (d) => d.role === 'control-plane');
  selectable(dirty, (d) => ({ kind: 'node', id: d.name }), (d) => [`node ${d.name}`, d.ip, ...d.flags].join(', '));
  renderNodeParts(dirty);
}

function renderNodeParts(sel: Selection<SVGGElement, NodeBox, SVGGElement, unknown>): void {
  sel.select('.node-box').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  sel.select('.node-name').attr('x', (d) => d.x + 7).attr('y', (d) => d.y + 12).text((d) => (d.role === 'control-plane' && !d.name.includes('control-plane') ? `${d.name} · control-plane` : d.name));
  sel
    .select('.node-meta')
    .attr('x', (d) => d.x + d.w - 7)
    .attr('y', (d) => d.y + 12)
    .classed('flagged', (d) => d.flags.length > 0)
    .text((d) => nodeMeta(d));
  sel.select('.images-box').attr('x', (d) => d.imagesBox.x).attr('y', (d) => d.imagesBox.y).attr('width', (d) => d.imagesBox.w).attr('height', (d) => d.imagesBox.h);
  sel
    .select('.images-text')
    .attr('x', (d) => d.imagesBox.x + 4)
    .attr('y', (d) => d.imagesBox.y + d.imagesBox.h - 3)
    .text((d) => d.imagesText);
  sel.select('title').text((d) => `image cache on ${d.name}:\n${d.images.join('\n')}`);
}

/**
 * Beside the name: what is wrong with the node or keeps Pods off it (cordoned, tainted),
 * as much as fits; else its IP, and its pod CIDR when there is room.
 */
function nodeMeta(d: NodeBox): string {
  if (d.flags.length > 0) return fit(d.flags.join(' · '), d.w - 14 - (d.name.length + 2) * 6.5, 6);
  const room = d.w - 14 - (d.name.length + 3) * 6.5;
  if (room > (d.ip.length + d.podCIDR.length + 9) * 5.6) return `${d.ip} · pods ${d.podCIDR}`;
  return room > d.ip.length * 5.6 ? d.ip : '';
}

function renderComponents(g: G, comps: ComponentBox[], opts: StageOptions): void {
  const sel = g
    .selectAll<SVGGElement, ComponentBox>('g.component')
    .data(comps, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', (d) => `component kind-${d.kind}`);
      e.append('rect').attr('rx', 5);
      e.append('text');
      return e;
    });
  const dirty = sel.filter(function (d) {
    return changed(this, JSON.stringify(d) + isSelected(opts, 'component', d.id));
  });
  dirty.classed('selected', (d) => isSelected(opts, 'component', d.id));
  selectable(dirty, (d) => ({ kind: 'component', id: d.id }), (d) => (d.node ? `${d.label} on ${d.node}` : d.label));
  dirty.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h);
  dirty
    .select('text')
    .attr('x', (d) => d.x + d.w / 2)
    .attr('y', (d) => d.y + d.h / 2 + 4)
    .text((d) => fit(d.label, d.w - 4, d.kind === 'nodeNet' ? 5.4 : d.node ? 5.5 : 6));
}
