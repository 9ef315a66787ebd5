// A token on real time glides as Web Animations that start when the message left: the
// browser's compositor moves it (and stretches its trail, or grows its pulse) on its own,
// so an animation frame has nothing to lay out, paint or even restyle for it, and the
// token stays smooth while the main thread is busy with the cluster.
import type { Point } from './geometry';

/** The ease-in-out of `along` (geometry.ts) as CSS draws it: a token leaves and lands gently. */
const EASE = 'cubic-bezier(0.45, 0, 0.55, 1)';
/** How long the trail's element is before it is scaled (see stage.css). */
export const TRAIL_PX = 100;
/** How far a pulse grows past its token. */
export const PULSE_PX = 14;

export interface Glider {
  __glide?: string;
  __anims?: Animation[];
}

export interface Path {
  x: number;
  y: number;
  sx: number;
  sy: number;
  ex: number;
  ey: number;
  note: boolean;
  r: number;
}

const px = (p: Point) => `translate(${p.x.toFixed(1)}px,${p.y.toFixed(1)}px)`;

export function stopGlide(el: Glider): void {
  if (!el.__anims) return;
  for (const a of el.__anims ?? []) a.cancel();
  delete el.__anims;
  delete el.__glide;
}

/**
 * Start (once) the animations of a token that left at `motion.start` and takes
 * `motion.duration` ms: its first child is its trail (`trail`) or its pulse (a note).
 */
export function glide(el: HTMLElement & Glider, p: Path, trail: boolean, motion: { start: number; duration: number }): void {
  const key = `${motion.start}|${motion.duration}|${p.sx.toFixed(1)},${p.sy.toFixed(1)}>${p.ex.toFixed(1)},${p.ey.toFixed(1)}`;
  if (el.__glide === key) return;
  stopGlide(el);
  el.__glide = key;
  const timing: KeyframeAnimationOptions = { duration: motion.duration, fill: 'both' };
  const eased: KeyframeAnimationOptions = { ...timing, easing: EASE };
  const first = el.firstElementChild as HTMLElement | null;
  const anims: Animation[] = [];
  if (p.note) {
    el.style.transform = px(p);
    if (first) anims.push(first.animate([{ transform: `scale(${(p.r / (p.r + PULSE_PX)).toFixed(3)})`, opacity: 1 }, { transform: 'scale(1)', opacity: 0 }], timing));
  } else {
    anims.push(el.animate([{ transform: px({ x: p.sx, y: p.sy }) }, { transform: px({ x: p.ex, y: p.ey }) }], eased));
    if (first && trail) {
      // The trail points back to the sender and grows with the distance travelled.
      const turn = `rotate(${Math.atan2(p.sy - p.ey, p.sx - p.ex).toFixed(3)}rad)`;
      const length = Math.hypot(p.ex - p.sx, p.ey - p.sy) / TRAIL_PX;
      anims.push(first.animate([{ transform: `${turn} scaleX(0)` }, { transform: `${turn} scaleX(${length.toFixed(3)})` }], eased));
    }
  }
  for (const a of anims) a.startTime = motion.start;
  el.__anims = anims;
}
