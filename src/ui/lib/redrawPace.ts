// How often the cluster on the stage is redrawn. A redraw is the page's most costly frame
// (a hundred pods: 100–250 ms on a 4×-throttled CPU), so its pace follows what it costs.

/**
 * A crowd's cluster, caption and clock are redrawn every second and a half, two seconds when
 * a redraw is costly; the frames between only move the tokens, on the canvas.
 */
const CROWD_REDRAW_MS = 1500;
const CROWD_REDRAW_MAX_MS = 2000;
/**
 * A redraw of the cluster gets at most one part in this many of the page's time: half of it
 * when the story is told one message at a time (a pod's change shows as its message lands),
 * a sixth in a crowd, whose tokens moving smoothly matter more than a hundred boxes.
 */
const REDRAW_SHARE = { alone: 2, crowd: 6 };

/**
 * Whether the cluster is due for a redraw `since` real ms after the last one: at most ten
 * times a second, less when a redraw costs `cost` ms, every 1.5–2 s in a crowd; and at
 * least once a second (or a crowd's pause) even when no message arrived.
 */
export function redrawDue(since: number, cost: number, crowded: boolean, newMessages: boolean): boolean {
  const pause = crowded ? Math.min(CROWD_REDRAW_MAX_MS, Math.max(CROWD_REDRAW_MS, REDRAW_SHARE.crowd * cost)) : Math.min(1000, Math.max(100, REDRAW_SHARE.alone * cost));
  return (since >= pause && newMessages) || since >= Math.max(1000, pause);
}
