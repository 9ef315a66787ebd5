// Messages in flight as tokens: a numbered disc for a message of the nine steps, a small
// light dot for status and events flowing back. The trail behind a token shows the edge
// it travels; work inside one component (validating a manifest) pulses on that component.
// Tokens move every frame, so they are HTML elements in a layer over the stage's svg, each
// moved by a CSS transform alone (a `transform` attribute on an SVG group lays out its whole
// svg again and repaints it). A token on real time glides as one Web Animation that the
// browser's compositor plays by itself (see glide.ts); one on the virtual clock is moved
// here each frame. A crowd's tokens are drawn on a canvas instead (see tokenCanvas.ts).
import type { Selection } from 'd3';
import { along, boxOf, center, edge } from './geometry';
import { glide, PULSE_PX, stopGlide, TRAIL_PX, type Glider, type Path } from './glide';
import type { CanvasToken, TokenPainter } from './tokenCanvas';
import { tokenLabelSpot } from './tokenLabel';
import type { Size, StageLayout } from './types';

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
  /** On real time: when it left (performance.now) and how long it takes (see glide.ts). */
  motion?: { start: number; duration: number };
}

export type TokenLayer = Selection<HTMLDivElement, unknown, null, undefined>;

/** Where a token is now, where it left from and where it lands. */
type Placed = Path;

function place(t: TokenView, layout: StageLayout): Placed | undefined {
  const r = t.light ? 4 : 10;
  if (t.from === t.to) {
    const b = boxOf(layout, t.from);
    if (!b) return undefined;
    const c = center(b);
    return { x: c.x, y: b.y, sx: c.x, sy: b.y, ex: c.x, ey: b.y, note: true, r };
  }
  const e = edge(layout, t.from, t.to);
  if (!e) return undefined;
  const p = along(e, t.progress);
  return { x: p.x, y: p.y, sx: e.from.x, sy: e.from.y, ex: e.to.x, ey: e.to.y, note: false, r };
}

interface Drawn {
  t: TokenView;
  p: Placed;
}

interface TokenEl extends HTMLDivElement, Glider {
  __shape?: string;
}

function part(parent: HTMLElement, tag: string, cls: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = cls;
  if (text !== undefined) el.textContent = text;
  parent.append(el);
  return el;
}

/** What a token is made of: rebuilt only when this changes (each rebuild makes new layers). */
function shapeKey(t: TokenView, note: boolean): string {
  return `${t.light}|${note}|${t.step ?? ''}`;
}

/**
 * Build a token's parts once, by what it is: a light dot is a single disc (a crowd has
 * many); a numbered message has its trail, disc and number; a note pulses. Whether it is
 * the caption's message and whether it is named change in place.
 */
function shape(el: TokenEl, d: Drawn): void {
  const key = shapeKey(d.t, d.p.note);
  if (el.__shape !== key) {
    el.__shape = key;
    stopGlide(el);
    el.className = `token${d.t.light ? ' light' : ' stepped'}${d.p.note ? ' note' : ''}`;
    el.replaceChildren();
    if (!d.t.light && !d.p.note) part(el, 'div', 'trail');
    if (d.p.note) {
      const pulse = part(el, 'div', 'pulse');
      const size = 2 * (d.p.r + PULSE_PX);
      pulse.style.cssText = `width:${size}px;height:${size}px;left:${-size / 2}px;top:${-size / 2}px`;
    }
    const disc = part(el, 'div', 'disc');
    if (d.t.step && !d.t.light) part(disc, 'span', 'num', String(d.t.step));
  }
  if (el.classList.contains('current') !== d.t.current) el.classList.toggle('current', d.t.current);
  const kind = el.querySelector(':scope > .kind');
  if (d.t.labelled && !kind) part(el, 'span', 'kind', d.t.kind);
  if (!d.t.labelled && kind) kind.remove();
}

/** The message's name on the side of its token where it hides least of the stage's own names (tokenLabel.ts). */
function nameSpot(el: TokenEl, d: Drawn, layout: StageLayout): void {
  if (!d.t.labelled) return;
  const kind = el.querySelector<HTMLElement & { __at?: string }>(':scope > .kind');
  if (!kind) return;
  const { dx, dy } = tokenLabelSpot(layout, d.p, d.t.kind);
  const at = `left:${dx.toFixed(1)}px;top:${dy.toFixed(1)}px`;
  if (kind.__at === at) return;
  kind.__at = at;
  kind.style.cssText = at;
}

/** Write a style only when it changed: each write is a style recalculation. */
function move(el: HTMLElement & { __v?: string }, value: string): void {
  if (el.__v === value) return;
  el.__v = value;
  el.style.transform = value;
}

function position(el: TokenEl, d: Drawn): void {
  if (d.t.motion && typeof el.animate === 'function') {
    glide(el, d.p, !d.t.light, d.t.motion);
    return;
  }
  stopGlide(el);
  step(el, d);
}

/** Put a token where it is this frame (a flight on the virtual clock, or no Web Animations). */
function step(el: TokenEl, { t, p }: Drawn): void {
  move(el, `translate(${p.x.toFixed(1)}px,${p.y.toFixed(1)}px)`);
  const first = el.firstElementChild as (HTMLElement & { __o?: string }) | null;
  if (!first) return;
  if (!p.note && !t.light) {
    // The trail runs from where the token left to where it is now (in the token's frame).
    const dx = p.sx - p.x;
    const dy = p.sy - p.y;
    move(first, `rotate(${Math.atan2(dy, dx).toFixed(3)}rad) scaleX(${(Math.hypot(dx, dy) / TRAIL_PX).toFixed(3)})`);
  }
  if (p.note) {
    move(first, `scale(${((p.r + PULSE_PX * t.progress) / (p.r + PULSE_PX)).toFixed(3)})`);
    if (first.__o !== (1 - t.progress).toFixed(2)) {
      first.__o = (1 - t.progress).toFixed(2);
      first.style.opacity = first.__o;
    }
  }
}

/** Lay the token layer over the svg the way its viewBox (`xMidYMid meet`) lays the stage. */
export function fitLayer(layer: TokenLayer, layout: StageLayout, viewport: Size | undefined): void {
  const s = viewport ? Math.min(viewport.width / layout.width, viewport.height / layout.height) : 1;
  const ox = viewport ? (viewport.width - layout.width * s) / 2 : 0;
  const oy = viewport ? (viewport.height - layout.height * s) / 2 : 0;
  const el = layer.node()! as HTMLDivElement & { __fit?: string };
  const size = `width:${layout.width}px;height:${layout.height}px;transform:translate(${ox.toFixed(1)}px,${oy.toFixed(1)}px) scale(${s.toFixed(4)})`;
  if (el.__fit === size) return;
  el.__fit = size;
  el.style.cssText = size;
}

/** What a frame of tokens looks like, short of where gliding tokens are (the compositor knows). */
function signature(tokens: readonly TokenView[]): string {
  let sig = '';
  for (const t of tokens) sig += `${t.key}|${shapeKey(t, t.from === t.to)}|${t.current}|${t.labelled}|${t.motion ? `${t.motion.start}+${t.motion.duration}` : t.progress.toFixed(4)};`;
  return sig;
}

export interface TokenSurface {
  layer: TokenLayer;
  /** Draws on the canvas inside the layer: where a crowd's tokens go instead. */
  painter: TokenPainter;
}

/**
 * Draw the tokens: as HTML elements that glide on their own, or (`crowd`) on the canvas,
 * each frame, when there are too many short-lived ones for an element each.
 */
/** True when the tokens must be drawn again next frame to move (see TokenPainter.draw). */
export function renderTokens(surface: TokenSurface, tokens: readonly TokenView[], layout: StageLayout, crowd = false): boolean {
  const { layer, painter } = surface;
  const el = layer.node() as (HTMLDivElement & { __sig?: string; __layout?: StageLayout; __canvas?: boolean }) | null;
  if (crowd) {
    // A crowd moves every frame: no signature to compare, no join, only the canvas.
    if (el && !el.__canvas) layer.selectAll('div.token').remove();
    if (el) {
      el.__canvas = true;
      el.__sig = undefined;
    }
    return painter.draw(canvasTokens(tokens, layout), layout.width, layout.height);
  }
  // While every token glides on its own, most frames change nothing here.
  const sig = signature(tokens);
  // Tokens on the virtual clock (or where nothing glides) are put in place by each call.
  const stepped = tokens.some((t) => !t.motion) || (tokens.length > 0 && typeof el?.animate !== 'function');
  if (el && el.__sig === sig && el.__layout === layout && !el.__canvas) return stepped;
  if (el) {
    el.__sig = sig;
    el.__layout = layout;
  }
  if (el && el.__canvas) painter.draw([], layout.width, layout.height);
  if (el) el.__canvas = false;
  const drawn: Drawn[] = [];
  for (const t of tokens) {
    const p = place(t, layout);
    if (p) drawn.push({ t, p });
  }
  layer
    .selectAll<TokenEl, Drawn>('div.token')
    .data(drawn, (d) => d.t.key)
    .join((enter) => enter.append('div').attr('class', 'token').attr('data-seq', (d) => d.t.key))
    .each(function (d) {
      shape(this, d);
      nameSpot(this, d, layout);
      position(this, d);
    });
  return stepped;
}

function canvasTokens(tokens: readonly TokenView[], layout: StageLayout): CanvasToken[] {
  const out: CanvasToken[] = [];
  for (const t of tokens) {
    const p = place(t, layout);
    if (!p) continue;
    const token: CanvasToken = { key: t.key, p, light: t.light, current: t.current, progress: t.progress };
    if (t.step !== undefined) token.step = t.step;
    if (t.labelled) {
      token.label = t.kind;
      token.labelAt = tokenLabelSpot(layout, p, t.kind);
    }
    if (t.motion) token.motion = t.motion;
    out.push(token);
  }
  return out;
}
