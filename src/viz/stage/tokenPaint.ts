// Drawing a crowd's tokens (a hundred pods' messages, each on screen for a few frames) on a
// 2D canvas: no element, layer or animation is made per message, which in a crowd costs far
// more than the drawing. They look like the HTML tokens (see stage.css). Pure drawing on a
// context it is handed, so that it runs the same in the page and in the canvas's worker
// (tokenCanvas.ts, tokenWorker.ts).
import { along } from './geometry';
import type { Path } from './glide';

export interface CanvasToken {
  /** The message's trace seq. */
  key: number;
  p: Path;
  light: boolean;
  current: boolean;
  step?: number;
  /** The message's name, when it is printed beside the token. */
  label?: string;
  /** Where the name's box starts from the token's centre (tokenLabel.ts); else above it on the right, or the left near the stage's right edge. */
  labelAt?: { dx: number; dy: number };
  progress: number;
  /** A message on real time: when it left (the page's performance.now) and how long it takes. */
  motion?: { start: number; duration: number };
}

/** The page's colours and fonts (CSS custom properties), read once in the page. */
export interface Palette {
  token: string;
  light: string;
  focus: string;
  accent: string;
  font: string;
  mono: string;
}

/** One frame of tokens, as the page sends it to the painter. */
export interface TokenFrame {
  tokens: readonly CanvasToken[];
  /** The stage's size in its own units; the canvas is that times `dpr` device pixels. */
  width: number;
  height: number;
  dpr: number;
  palette: Palette;
}

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Sprite = HTMLCanvasElement | OffscreenCanvas;

/**
 * Trails and pulses under the discs. The trails are one hairline path (one device pixel,
 * twice the opacity of the HTML trail's two pixels: as much ink): without a GPU, Skia fills a
 * wider translucent path through a mask the size of the canvas, ~6 ms a frame on a slow
 * laptop for a crowd's thirty trails, and draws a hairline in well under one.
 */
function drawPaths(ctx: Ctx2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
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
function drawDots(ctx: Ctx2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
  for (const { p, light } of tokens) {
    if (!light) continue;
    const img = dotSprite(p.r, c, dpr);
    const size = 2 * (p.r + SPRITE_PAD);
    if (img) ctx.drawImage(img, snap(p.x, size, dpr), snap(p.y, size, dpr), size, size);
  }
}

const sprites = new Map<string, Sprite>();
/** Room around a numbered disc's sprite for its ring. */
const SPRITE_PAD = 2;

/** A canvas to draw a sprite on: an offscreen one where there is no document (a worker). */
function spriteCanvas(w: number, h: number): Sprite {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const el = document.createElement('canvas');
  el.width = w;
  el.height = h;
  return el;
}

/**
 * A disc of radius `r` (filled, then ringed) drawn once at the screen's pixel density, with
 * `more` drawn on it (a number), then stamped: cached under `key`.
 */
function disc(key: string, r: number, dpr: number, fill: string, ring: { colour: string; width: number }, more?: (ctx: Ctx2D, size: number) => void): Sprite | undefined {
  const hit = sprites.get(key);
  if (hit) return hit;
  const size = 2 * (r + SPRITE_PAD);
  const el = spriteCanvas(Math.ceil(size * dpr), Math.ceil(size * dpr));
  const ctx = el.getContext('2d') as Ctx2D | null;
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
function sprite(r: number, step: number | undefined, current: boolean, c: Palette, dpr: number): Sprite | undefined {
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
function dotSprite(r: number, c: Palette, dpr: number): Sprite | undefined {
  return disc(`dot|${r}|${dpr}`, r, dpr, c.light, { colour: '#fff', width: 1 });
}

/** Numbered discs stamped from sprites; light ones of the caption's message ringed. */
function drawDiscs(ctx: Ctx2D, tokens: readonly CanvasToken[], c: Palette, dpr: number): void {
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
function drawLabels(ctx: Ctx2D, tokens: readonly CanvasToken[], c: Palette, width: number): void {
  ctx.font = `600 10.5px ${c.mono}`;
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 3;
  ctx.fillStyle = c.accent;
  for (const t of tokens) {
    if (!t.label) continue;
    const { p } = t;
    const left = !t.labelAt && Math.max(p.sx, p.ex) > width - 140;
    ctx.textAlign = left ? 'right' : 'left';
    // The alphabetic baseline of a 12 px line of 10.5 px text: 9.5 px below its top.
    const x = t.labelAt ? p.x + t.labelAt.dx : p.x + (left ? -(p.r + 4) : p.r + 4);
    const y = t.labelAt ? p.y + t.labelAt.dy + 9.5 : p.y - p.r + 2;
    ctx.strokeText(t.label, x, y);
    ctx.fillText(t.label, x, y);
  }
}

/**
 * Every token in a few passes, on a canvas already sized to the frame: the trails as one
 * path, the dots and discs stamped from sprites on whole pixels, not a path and a change of
 * pen per token: drawing a crowd then costs little more than drawing one.
 */
function paintTokens(ctx: Ctx2D, frame: TokenFrame): void {
  const { tokens, width, height, dpr, palette: c } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  if (tokens.length === 0) return;
  drawPaths(ctx, tokens, c, dpr);
  drawDots(ctx, tokens, c, dpr);
  drawDiscs(ctx, tokens, c, dpr);
  drawLabels(ctx, tokens, c, width);
}

/** Size `canvas` to the frame in device pixels (which clears it) and paint the tokens on it. */
export function paintCanvas(canvas: HTMLCanvasElement | OffscreenCanvas, frame: TokenFrame): void {
  const w = Math.round(frame.width * frame.dpr);
  const h = Math.round(frame.height * frame.dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  // A plain context: in the page, a `desynchronized` one halved how far the engine got at 8×
  // in a crowd (Chromium without a GPU).
  const ctx = canvas.getContext('2d') as Ctx2D | null;
  if (ctx) paintTokens(ctx, frame);
}

/**
 * The tokens as they are at `now` (the page's clock): one on real time moves on along its
 * edge (or its pulse grows), and is gone once landed; one on the virtual clock stays where
 * the page last put it. Lets the worker draw every display frame from fewer posts.
 */
export function tokensAt(tokens: readonly CanvasToken[], now: number): CanvasToken[] {
  const out: CanvasToken[] = [];
  for (const t of tokens) {
    if (!t.motion) {
      out.push(t);
      continue;
    }
    const progress = t.motion.duration <= 0 ? 1 : (now - t.motion.start) / t.motion.duration;
    if (progress >= 1) continue;
    const k = Math.max(0, progress);
    const { p } = t;
    const at = p.note ? p : along({ from: { x: p.sx, y: p.sy }, to: { x: p.ex, y: p.ey } }, k);
    out.push({ ...t, progress: k, p: { ...p, x: at.x, y: at.y } });
  }
  return out;
}
