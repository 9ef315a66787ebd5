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
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

function drawOne(ctx: CanvasRenderingContext2D, t: CanvasToken, c: Palette, width: number): void {
  const { p } = t;
  if (!t.light && !p.note) {
    ctx.globalAlpha = 0.45;
    ctx.strokeStyle = c.token;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(p.sx, p.sy);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }
  if (p.note) {
    ctx.globalAlpha = Math.max(0, 1 - t.progress);
    ctx.strokeStyle = c.token;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(p.x, p.y, p.r + 14 * t.progress, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.beginPath();
  ctx.arc(p.x, p.y, p.r, 0, 2 * Math.PI);
  ctx.fillStyle = t.light ? c.light : c.token;
  ctx.fill();
  ctx.strokeStyle = t.current ? c.focus : '#fff';
  ctx.lineWidth = t.current ? 2 : t.light ? 1 : 1.5;
  ctx.stroke();
  if (t.step && !t.light) {
    ctx.fillStyle = '#fff';
    ctx.font = `700 11px ${c.font}`;
    ctx.textAlign = 'center';
    ctx.fillText(String(t.step), p.x, p.y + 4);
  }
  if (t.label) {
    const left = Math.max(p.sx, p.ex) > width - 140;
    ctx.font = `600 10.5px ${c.mono}`;
    ctx.textAlign = left ? 'right' : 'left';
    const x = p.x + (left ? -(p.r + 4) : p.r + 4);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.strokeText(t.label, x, p.y - p.r + 2);
    ctx.fillStyle = c.accent;
    ctx.fillText(t.label, x, p.y - p.r + 2);
  }
}

export function drawCanvas(canvas: HTMLCanvasElement, tokens: readonly CanvasToken[], width: number, height: number): void {
  const ctx = clearCanvas(canvas, width, height);
  if (!ctx) return;
  const c = colours(canvas);
  for (const t of tokens) drawOne(ctx, t, c, width);
}
