// The crowd canvas's own thread: the page hands the canvas over once (an OffscreenCanvas)
// and then posts the tokens when they change; this draws them every display frame, moving
// the ones on real time on by itself (tokensAt), so the page need not post every frame.
// Drawing here, the page's main thread neither draws nor hands a new bitmap to the
// compositor each frame (without a GPU that copy alone took a slow laptop ~3 ms a frame).
import { paintCanvas, tokensAt, type CanvasToken, type Palette } from './tokenPaint';
import { unpackTokens, type PackedTokens } from './tokenWire';

export interface WorkerMessage {
  /** The first message carries the canvas, the page's colours and its clock's origin. */
  canvas?: OffscreenCanvas;
  palette?: Palette;
  origin?: number;
  tokens: PackedTokens;
  width: number;
  height: number;
  dpr: number;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  requestAnimationFrame?: (cb: () => void) => number;
}

const scope = self as unknown as WorkerScope;
let canvas: OffscreenCanvas | undefined;
let palette: Palette | undefined;
let origin = 0;
let tokens: CanvasToken[] = [];
let stage = { width: 0, height: 0, dpr: 1 };
let scheduled = false;
let blank = true;

/** The page's performance.now(), read on this thread's clock. */
const pageNow = () => performance.timeOrigin + performance.now() - origin;

function draw(): void {
  scheduled = false;
  if (!canvas || !palette) return;
  const shown = tokensAt(tokens, pageNow());
  if (shown.length === 0 && blank) return;
  blank = shown.length === 0;
  paintCanvas(canvas, { tokens: shown, ...stage, palette });
  // Tokens on real time keep moving until they land, posted again or not.
  if (shown.some((t) => t.motion)) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(draw);
  else setTimeout(draw, 16);
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.canvas) canvas = msg.canvas;
  if (msg.palette) palette = msg.palette;
  if (msg.origin !== undefined) origin = msg.origin;
  tokens = unpackTokens(msg.tokens);
  stage = { width: msg.width, height: msg.height, dpr: msg.dpr };
  schedule();
};
