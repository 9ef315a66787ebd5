// A crowd's tokens (a hundred pods' messages, each on screen for a few frames) drawn on one
// canvas every frame: no element, layer or animation is made per message, which in a crowd
// costs far more than the drawing. They look like the HTML tokens (see stage.css).
import type { Path } from './glide';

export interface CanvasToken {
  p: Path;
  light: boolean;
  current: boolean;
  step?: number;
  /** The message's name, when it is printed beside the token. */
  label?: string;
  progress: number;
}

interface Palette {
  token: string;
  light: string;
  focus: string;
  accent: string;
  font: string;
  mono: string;
}

let palette: Palette | undefined;

function colours(el: Element): Palette {
  if (palette) return palette;
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  palette = { token: v('--token', '#1f5fbf'), light: v('--token-light', '#7c8a9c'), focus: v('--focus', '#c2410c'), accent: v('--accent', '#1f5fbf'), font: v('--font', 'sans-serif'), mono: v('--mono', 'monospace') };
  return palette;
}

/** Size the canvas to the layer (stage units) at the screen's pixel density; clear it. */
export function clearCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | undefined {
  const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  // A plain context: a `desynchronized` one spared the main thread a bitmap copy per frame,
  // but in Chromium without a GPU it halved how far the engine got at 8× in a crowd.
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * Trails and pulses under the discs. The trails are one hairline path (one device pixel,
 * twice the opacity of the HTML trail's two pixels: as much ink): without a GPU, Skia fills a
 * wider translucent path through a mask the size of the canvas, ~6 ms a frame on a slow
 * laptop for a crowd's thirty trails, and draws a hairline in well under one.
 */
function drawPaths(ctx: CanvasRenderingContext2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
  ctx.strokeStyle = c.token;
  ctx.lineWidth = 1 / dpr;
  ctx.globalAlpha = 0.9;
  ctx.beginPath();
  for (const { p, light } of tokens) {
    if (light || p.note) continue;
    ctx.moveTo(p.sx, p.sy);
    ctx.lineTo(p.x, p.y);
  }
  ctx.stroke();
  ctx.lineWidth = 2;
  for (const t of tokens) {
    if (!t.p.note) continue;
    ctx.globalAlpha = Math.max(0, 1 - t.progress);
    ctx.beginPath();
    ctx.arc(t.p.x, t.p.y, t.p.r + 14 * t.progress, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Where a sprite of `size` centred on (x, y) goes, on whole device pixels: a copy, not a filtered one. */
function snap(v: number, size: number, dpr: number): number {
  return Math.round((v - size / 2) * dpr) / dpr;
}

/** The light dots, stamped from a sprite (a path of arcs costs more to fill and ring). */
function drawDots(ctx: CanvasRenderingContext2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
  for (const { p, light } of tokens) {
    if (!light) continue;
    const img = dotSprite(p.r, c, dpr);
    const size = 2 * (p.r + SPRITE_PAD);
    if (img) ctx.drawImage(img, snap(p.x, size, dpr), snap(p.y, size, dpr), size, size);
  }
}

const sprites = new Map<string, HTMLCanvasElement>();
/** Room around a numbered disc's sprite for its ring. */
const SPRITE_PAD = 2;

/**
 * A disc of radius `r` (filled, then ringed) drawn once at the screen's pixel density, with
 * `more` drawn on it (a number), then stamped: cached under `key`.
 */
function disc(key: string, r: number, dpr: number, fill: string, ring: { colour: string; width: number }, more?: (ctx: CanvasRenderingContext2D, size: number) => void): HTMLCanvasElement | undefined {
  const hit = sprites.get(key);
  if (hit) return hit;
  const size = 2 * (r + SPRITE_PAD);
  const el = document.createElement('canvas');
  el.width = Math.ceil(size * dpr);
  el.height = Math.ceil(size * dpr);
  const ctx = el.getContext('2d');
  if (!ctx) return undefined;
  ctx.scale(dpr, dpr);
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = ring.colour;
  ctx.lineWidth = ring.width;
  ctx.stroke();
  more?.(ctx, size);
  sprites.set(key, el);
  return el;
}

/** A numbered disc (its number set in type is the dear part). */
function sprite(r: number, step: number | undefined, current: boolean, c: Palette, dpr: number): HTMLCanvasElement | undefined {
  const ring = current ? { colour: c.focus, width: 2 } : { colour: '#fff', width: 1.5 };
  return disc(`${r}|${step ?? ''}|${current}|${dpr}`, r, dpr, c.token, ring, (ctx, size) => {
    if (!step) return;
    ctx.fillStyle = '#fff';
    ctx.font = `700 11px ${c.font}`;
    ctx.textAlign = 'center';
    ctx.fillText(String(step), size / 2, size / 2 + 4);
  });
}

/** A light dot (status, events). */
function dotSprite(r: number, c: Palette, dpr: number): HTMLCanvasElement | undefined {
  return disc(`dot|${r}|${dpr}`, r, dpr, c.light, { colour: '#fff', width: 1 });
}

/** Numbered discs stamped from sprites; light ones of the caption's message ringed. */
function drawDiscs(ctx: CanvasRenderingContext2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
  for (const { p, light, step, current } of tokens) {
    if (light) continue;
    const img = sprite(p.r, step, current, c, dpr);
    const size = 2 * (p.r + SPRITE_PAD);
    if (img) ctx.drawImage(img, snap(p.x, size, dpr), snap(p.y, size, dpr), size, size);
  }
  ctx.strokeStyle = c.focus;
  ctx.lineWidth = 2;
  for (const { p, light, current } of tokens) {
    if (!light || !current) continue;
    ctx.beginPath();
    ctx.arc(p.x, p.y, p.r, 0, 2 * Math.PI);
    ctx.stroke();
  }
}

/** The few messages named beside their token, ringed in white to stay readable. */
function drawLabels(ctx: CanvasRenderingContext2D, tokens: readonly CanvasToken[], c: Palette, width: number): void {
  ctx.font = `600 10.5px ${c.mono}`;
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 3;
  ctx.fillStyle = c.accent;
  for (const t of tokens) {
    if (!t.label) continue;
    const { p } = t;
    const left = Math.max(p.sx, p.ex) > width - 140;
    ctx.textAlign = left ? 'right' : 'left';
    const x = p.x + (left ? -(p.r + 4) : p.r + 4);
    ctx.strokeText(t.label, x, p.y - p.r + 2);
    ctx.fillText(t.label, x, p.y - p.r + 2);
  }
}

/**
 * Every token in a few passes: the trails as one path, the dots and discs stamped from
 * sprites on whole pixels, not a path and a change of pen per token: drawing a crowd then
 * costs little more than drawing one.
 */
export function drawCanvas(canvas: HTMLCanvasElement, tokens: readonly CanvasToken[], width: number, height: number): void {
  const ctx = clearCanvas(canvas, width, height);
  if (!ctx) return;
  const c = colours(canvas);
  const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  drawPaths(ctx, tokens, c, dpr);
  drawDots(ctx, tokens, c, dpr);
  drawDiscs(ctx, tokens, c, dpr);
  drawLabels(ctx, tokens, c, width);
}
