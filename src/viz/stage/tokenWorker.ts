// The crowd canvas's own thread: the page hands the canvas over once (an OffscreenCanvas)
// and then posts each frame's tokens; this draws the latest of them once per display frame.
// Drawing here, the page's main thread neither draws nor hands a new bitmap to the
// compositor each frame (without a GPU that copy alone took a slow laptop ~3 ms a frame).
import { paintCanvas, type Palette } from './tokenPaint';
import { unpackTokens, type PackedTokens } from './tokenWire';

export interface WorkerMessage {
  /** The first message carries the canvas and the page's colours. */
  canvas?: OffscreenCanvas;
  palette?: Palette;
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
let latest: WorkerMessage | undefined;
let scheduled = false;

function draw(): void {
  scheduled = false;
  const msg = latest;
  latest = undefined;
  if (!canvas || !palette || !msg) return;
  paintCanvas(canvas, { tokens: unpackTokens(msg.tokens), width: msg.width, height: msg.height, dpr: msg.dpr, palette });
}

scope.onmessage = (e) => {
  if (e.data.canvas) canvas = e.data.canvas;
  if (e.data.palette) palette = e.data.palette;
  latest = e.data;
  if (scheduled) return;
  scheduled = true;
  // Frames posted faster than the display shows them: only the last one is drawn.
  if (scope.requestAnimationFrame) scope.requestAnimationFrame(draw);
  else setTimeout(draw, 0);
};
