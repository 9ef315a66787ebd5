// Messages in flight, fed to whoever draws them, once per animation frame. This bypasses
// Svelte's reactivity on purpose: tokens move every frame; the cluster changes far less often.
import type { TraceEvent } from '../../engine';

export interface FlightView {
  event: TraceEvent;
  /** 0 at the sender, 1 at the receiver. */
  progress: number;
  /**
   * A flight on real time: when it left (performance.now) and how long it takes, which
   * fixes where it is at every moment, so the stage can hand the whole glide to the
   * browser's compositor instead of moving it every frame. Absent for a flight on the
   * virtual clock (an image layer downloading), whose pace follows the engine.
   */
  motion?: { start: number; duration: number };
}

/**
 * `crowd`: a crowd's messages (many objects' stories at once, nothing waits for them), or
 * too many to glide one by one: drawn every frame on a canvas, each element-free.
 */
type Listener = (flights: readonly FlightView[], crowd: boolean) => boolean | void;

export class FlightFeed {
  private listeners = new Set<Listener>();
  private last: readonly FlightView[] = [];
  private crowd = false;

  /** Follow the flights; called at once with the current ones. */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    fn(this.last, this.crowd);
    return () => this.listeners.delete(fn);
  }

  /** True when a listener must be called again next frame for its tokens to move. */
  publish(flights: readonly FlightView[], crowd = false): boolean {
    if (flights.length === 0 && this.last.length === 0) return false;
    this.last = flights;
    this.crowd = crowd;
    let again = false;
    for (const fn of this.listeners) again = fn(flights, crowd) === true || again;
    return again;
  }
}
