// The canvas a crowd's tokens are drawn on (see tokenPaint.ts). Where the browser can, the
// canvas is handed to a worker (tokenWorker.ts) the first time a crowd is drawn, so that
// neither the drawing nor the bitmap's trip to the compositor is the page's work each
// frame; elsewhere (no OffscreenCanvas, or the worker failed) the page draws it itself.
import { paintCanvas, type CanvasToken, type Palette, type TokenFrame } from './tokenPaint';
import { packTokens } from './tokenWire';
import type { WorkerMessage } from './tokenWorker';

export type { CanvasToken } from './tokenPaint';

export interface TokenPainter {
  /**
   * Draw this frame's tokens (none: clear) on a stage of `width` × `height` units. True when
   * they must be drawn again next frame to move (the page paints them itself); false when a
   * worker moves them on its own until the next change.
   */
  draw(tokens: readonly CanvasToken[], width: number, height: number): boolean;
  destroy(): void;
}

let palette: Palette | undefined;

function colours(el: Element): Palette {
  if (palette) return palette;
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  palette = { token: v('--token', '#1f5fbf'), light: v('--token-light', '#7c8a9c'), focus: v('--focus', '#c2410c'), accent: v('--accent', '#1f5fbf'), font: v('--font', 'sans-serif'), mono: v('--mono', 'monospace') };
  return palette;
}

/** The canvas keeps the stage's size in CSS pixels, whoever draws its bitmap. */
function fitStyle(canvas: HTMLCanvasElement & { __css?: string }, width: number, height: number): void {
  const css = `${width}x${height}`;
  if (canvas.__css === css) return;
  canvas.__css = css;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
}

function canUseWorker(canvas: HTMLCanvasElement): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
}

/** Posted again at least this often while tokens ride the virtual clock (ms). */
const REPOST_MS = 100;

/** Which tokens are on screen, and which is the caption's, on a stage of which size. */
function signature(frame: TokenFrame): string {
  let sig = `${frame.width}x${frame.height}@${frame.dpr}`;
  for (const t of frame.tokens) sig += ` ${t.key}${t.current ? '*' : ''}`;
  return sig;
}

function wire(frame: TokenFrame): WorkerMessage {
  return { tokens: packTokens(frame.tokens), width: frame.width, height: frame.height, dpr: frame.dpr };
}

/** The tokens' numbers are handed over, not copied. */
function send(worker: Worker, msg: WorkerMessage, more: Transferable[] = []): void {
  worker.postMessage(msg, [msg.tokens.data.buffer, ...more]);
}

/** Paints the tokens on `initial` (replaced by a fresh canvas if its worker fails). */
export function tokenPainter(initial: HTMLCanvasElement): TokenPainter {
  let canvas = initial;
  let worker: Worker | undefined;
  let failed = !canUseWorker(canvas);
  let blank = true;

  /** The worker could not start or stopped: a new canvas (the old one is the worker's), drawn here. */
  function fallBack(): void {
    failed = true;
    worker?.terminate();
    worker = undefined;
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    canvas.replaceWith(fresh);
    canvas = fresh;
  }

  function post(frame: TokenFrame): void {
    if (!worker) {
      try {
        worker = new Worker(new URL('./tokenWorker.ts', import.meta.url), { type: 'module', name: 'token-canvas' });
      } catch {
        failed = true;
        return;
      }
      worker.onerror = fallBack;
      const offscreen = canvas.transferControlToOffscreen();
      send(worker, { ...wire(frame), canvas: offscreen, palette: frame.palette, origin: performance.timeOrigin }, [offscreen]);
      return;
    }
    // The worker moves the tokens on real time by itself: post when the tokens on screen
    // change, and now and then for those on the virtual clock (an image pull's layers).
    const sig = signature(frame);
    const now = performance.now();
    if (sig === posted && now - postedAt < REPOST_MS) return;
    posted = sig;
    postedAt = now;
    send(worker, wire(frame));
  }
  let posted = '';
  let postedAt = -Infinity;

  return {
    draw(tokens, width, height) {
      // Nothing to draw and nothing drawn: the canvas stays as it is, and no worker starts.
      if (tokens.length === 0 && blank) return false;
      blank = tokens.length === 0;
      fitStyle(canvas, width, height);
      const frame: TokenFrame = { tokens, width, height, dpr: typeof devicePixelRatio === 'number' ? devicePixelRatio : 1, palette: colours(canvas) };
      if (!failed) post(frame);
      // post() may have found that no worker can start.
      if (failed) paintCanvas(canvas, frame);
      return failed && !blank;
    },
    destroy() {
      worker?.terminate();
      worker = undefined;
    },
  };
}
