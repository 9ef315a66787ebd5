import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { HoldBack } from '../../src/ui/lib/lessonHold';
import { Playback } from '../../src/ui/lib/playback';

const FRAME = 1000 / 60;

/** Play `kubectl apply` frame by frame with a hold on binding.create, as the lab's frame loop does. */
function playWithHold(frames: number, releaseAt?: number) {
  const sb = createSandbox({ seed: 1 });
  const p = new Playback(sb);
  p.speed = 8;
  const hold = new HoldBack();
  hold.rebase(sb.trace);
  hold.match = (e) => e.kind === 'binding.create';
  sb.start('kubectl apply -f pod.yaml');
  p.collect(0);
  let real = 0;
  let held: ReturnType<HoldBack['check']>;
  let heldAt = -1;
  const shown: string[] = [];
  for (let i = 0; i < frames; i++) {
    real += FRAME;
    if (releaseAt !== undefined && i === releaseAt && hold.holding) {
      hold.release(p, real);
      p.playing = true;
    }
    const caption = p.current;
    p.frame(real, FRAME);
    const e = hold.check(p, caption);
    if (e) {
      held = e;
      heldAt = sb.now();
      p.playing = false;
    }
    for (const f of p.started(real)) if (!shown.includes(`${f.event.seq}`)) shown.push(`${f.event.seq}`);
  }
  return { sb, p, held: held!, heldAt, shown, hold };
}

describe('a predict block holds its answer back', () => {
  it('takes the matching message off the stage and stops the clock before it plays', () => {
    const { sb, p, held, heldAt, shown, hold } = playWithHold(3000);
    expect(held.kind).toBe('binding.create');
    expect(hold.holding).toBe(true);
    // Paused: no virtual time passed after the hold; the message never left on screen.
    expect(sb.now()).toBe(heldAt);
    expect(shown).not.toContain(`${held.seq}`);
    expect(p.current?.kind).not.toBe('binding.create');
    expect(p.flights.some((f) => f.event.seq >= held.seq)).toBe(false);
  });

  it('plays it, and the rest of the story, once released', () => {
    const { sb, held, shown, hold } = playWithHold(8000, 3000);
    expect(hold.holding).toBe(false);
    expect(shown).toContain(`${held.seq}`);
    expect(sb.snapshot().objects.pods?.find((o) => o.metadata?.name === 'kubia-manual')).toMatchObject({
      spec: { nodeName: expect.stringMatching(/^node-/) },
    });
  });

  it('holds nothing when the lesson matches nothing', () => {
    const sb = createSandbox({ seed: 1 });
    const p = new Playback(sb);
    const hold = new HoldBack();
    hold.rebase(sb.trace);
    sb.start('kubectl apply -f pod.yaml');
    p.collect(0);
    expect(hold.check(p, undefined)).toBeUndefined();
    expect(p.flights.length).toBeGreaterThan(0);
  });
});
