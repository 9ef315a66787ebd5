// The flights feed hands each frame's messages to whoever draws them, and tells the frame
// loop whether anyone needs the next frame to move them (a page painting its own canvas).
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine';
import { FlightFeed } from '../../src/ui/lib/flights';

const event = { seq: 1, t: 0, at: 0, from: 'kubectl', to: 'apiServer', kind: 'pod.create' } as unknown as TraceEvent;

describe('the flights feed', () => {
  it('says whether a listener must be called again next frame', () => {
    const feed = new FlightFeed();
    const seen: number[] = [];
    let painting = false;
    feed.subscribe((flights) => {
      seen.push(flights.length);
      // As the stage's canvas: drawn again next frame while it paints tokens itself.
      return painting && flights.length > 0;
    });
    feed.subscribe(() => undefined);
    expect(feed.publish([{ event, progress: 0.5 }], true)).toBe(false);
    painting = true;
    expect(feed.publish([{ event, progress: 0.6 }], true)).toBe(true);
    // The last ones landed: cleared once, then nobody is called until there are more.
    expect(feed.publish([])).toBe(false);
    expect(feed.publish([])).toBe(false);
    expect(seen).toEqual([0, 1, 1, 0]);
  });
});
