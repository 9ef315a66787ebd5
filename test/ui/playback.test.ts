import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { Playback, TIMING } from '../../src/ui/lib/playback';

const FRAME = 1000 / 60;

/** Drive the driver frame by frame until `done`, checking the gating rule on every frame. */
function play(speed: number, done: (p: Playback, real: number) => boolean, maxFrames = 200_000) {
  const sb = createSandbox({ seed: 1 });
  const p = new Playback(sb);
  p.speed = speed;
  sb.start('kubectl apply -f pod.yaml');
  p.collect(0);
  let real = 0;
  let violations = 0;
  const launched: number[] = [];
  for (let i = 0; i < maxFrames && !done(p, real); i++) {
    real += FRAME;
    // Checked from the flights themselves, not from the driver's own answer.
    const gatedBefore = p.flights.some((f) => f.event.step !== undefined && !f.clock && real < f.start + f.duration);
    const before = sb.now();
    p.frame(real, FRAME);
    if (gatedBefore && sb.now() !== before) violations++;
    for (const f of p.flights) if (!launched.includes(f.event.seq)) launched.push(f.event.seq);
  }
  return { sb, p, real, violations, launched };
}

const running = (sb: ReturnType<typeof createSandbox>) => sb.snapshot().objects.pods?.some((o) => o.metadata?.name === 'kubia-manual' && (o as { status?: { phase?: string } }).status?.phase === 'Running');

describe('playback driver', () => {
  it('never moves engine time while a numbered message is on its way on screen', () => {
    const { sb, violations } = play(8, (_p, real) => real > 30_000);
    expect(violations).toBe(0);
    expect(sb.trace.length).toBeGreaterThan(20);
  });

  it('shows every message of the nine steps as a flight, in trace order, and the pod ends Running', () => {
    const { sb, launched } = play(4, (_p, real) => real > 120_000);
    expect(running(sb)).toBe(true);
    const stepped = sb.trace.filter((e) => e.step !== undefined).map((e) => e.seq);
    const shown = launched.filter((s) => stepped.includes(s));
    expect(shown).toEqual(stepped);
    expect([...new Set(sb.trace.filter((e) => e.step !== undefined).map((e) => e.step))]).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives a numbered request its full time on screen at 1×', () => {
    const { p, real } = play(1, (pb) => pb.flights.some((f) => f.event.kind === 'pod.create'));
    const f = p.flights.find((x) => x.event.kind === 'pod.create')!;
    expect(f.duration).toBe(TIMING.step);
    expect(f.clock).toBe(false);
    expect(p.progress(f, real)).toBe(0);
    expect(p.progress(f, real + TIMING.step / 2)).toBeCloseTo(0.5);
  });

  it('lets an image layer download ride the virtual clock, at speed × real time', () => {
    const { sb, p } = play(1, (pb) => pb.flights.some((f) => f.event.kind === 'blob.get.response' && f.clock));
    const f = p.flights.find((x) => x.event.kind === 'blob.get.response')!;
    expect(f.event.at - f.event.t).toBeGreaterThan(TIMING.step);
    const t0 = sb.now();
    let real = 1_000_000;
    // Nothing numbered blocks time now: one real second moves about one virtual second.
    for (let i = 0; i < 60; i++) p.frame((real += FRAME), FRAME);
    expect(sb.now() - t0).toBeGreaterThan(600);
    expect(sb.now() - t0).toBeLessThanOrEqual(1001);
  });

  it('knows which traced message is the first still waiting for its turn on screen', () => {
    let waiting: number | undefined;
    const { p, real } = play(1, (pb, r) => (waiting = pb.waitingFrom(r)) !== undefined);
    expect(waiting).toBeDefined();
    const queued = p.flights.filter((f) => f.start > real).map((f) => f.event.seq);
    expect(Math.min(...queued)).toBe(waiting);
    expect(p.flights.filter((f) => f.start <= real).every((f) => f.event.seq !== waiting)).toBe(true);
  });

  it('captions every numbered message in order even when frames come late (a busy machine)', () => {
    const sb = createSandbox({ seed: 1 });
    const p = new Playback(sb);
    p.speed = 4;
    sb.start('kubectl apply -f pod.yaml');
    p.collect(0);
    let real = 0;
    const captioned: number[] = [];
    for (let i = 0; i < 20_000 && !running(sb); i++) {
      // Every seventh frame arrives after a long stall, as under heavy CPU load.
      const dt = i % 7 === 6 ? 1500 : FRAME;
      p.frame((real += dt), dt);
      const c = p.current;
      if (c?.step !== undefined && captioned.at(-1) !== c.seq) captioned.push(c.seq);
    }
    expect(running(sb)).toBe(true);
    const stepped = sb.trace.filter((e) => e.step !== undefined && e.at - e.t <= TIMING.step).map((e) => e.seq);
    expect(stepped.filter((s) => !captioned.includes(s))).toEqual([]);
    expect(captioned).toEqual([...captioned].sort((a, b) => a - b));
  });

  it("gives each command the CNI plugin runs longer on screen than other messages, to be read", () => {
    const sb = createSandbox({ seed: 1 });
    const p = new Playback(sb);
    sb.start('kubectl apply -f pod.yaml');
    let real = 0;
    const durations = new Map<string, number>();
    for (let i = 0; i < 20_000 && !running(sb); i++) {
      p.frame((real += FRAME), FRAME);
      for (const f of p.flights) if (f.event.step !== undefined) durations.set(f.event.kind, f.duration);
    }
    expect(durations.get('netlink')).toBe(TIMING.command);
    expect(durations.get('RunPodSandbox')).toBe(TIMING.step);
  });

  it('steps forward one message at a time when paused', () => {
    const sb = createSandbox({ seed: 1 });
    const p = new Playback(sb);
    p.playing = false;
    sb.start('kubectl apply -f pod.yaml');
    p.collect(0);
    const n = sb.trace.length;
    p.stepForward(0); // finishes what is on screen
    p.stepForward(1);
    expect(sb.trace.length).toBe(n + 1);
    expect(p.current?.seq).toBe(n + 1);
  });
});

describe('a crowd', () => {
  it('overlaps the messages of many pods so a hundred do not take hours, and keeps one pod at full pace', async () => {
    const { scenarioFor } = await import('../../src/ui/lib/scenarios');
    const sb = createSandbox({ seed: 1, scenario: scenarioFor('ten-nodes') });
    const p = new Playback(sb);
    p.speed = 8;
    p.clock = () => 0; // no per-frame time bound: the test machine's speed must not matter
    sb.start('kubectl apply -f pods.yaml');
    p.collect(0);
    let real = 0;
    for (let i = 0; i < 60 * 60; i++) p.frame((real += FRAME), FRAME);
    const running = sb.snapshot().objects.pods?.filter((o) => o.metadata?.name?.startsWith('web-') && (o as { status?: { phase?: string } }).status?.phase === 'Running').length;
    // One minute at 8×: the crowd is well under way.
    expect(running).toBeGreaterThan(20);
    const single = play(8, (_p, r) => r > 1000);
    const stepped = single.p.flights.filter((f) => f.event.step !== undefined && !f.clock);
    for (const f of stepped) expect(f.gate).toBeCloseTo(f.duration);
  });

  it('starts with the first message of a file of many objects, and still tells a file of two one message at a time', async () => {
    const { defaultScenario } = await import('../../src/engine/scenario/default');
    const pod = (i: number) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${i}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n`;
    const file = (n: number) => Array.from({ length: n }, (_, i) => pod(i)).join('---\n');
    const firstFlights = (name: string) => {
      const scenario = defaultScenario();
      scenario.laptop.files = { ...scenario.laptop.files, [name]: file(name === 'many.yaml' ? 12 : 2) };
      const sb = createSandbox({ seed: 1, scenario });
      const p = new Playback(sb);
      p.speed = 8;
      sb.start(`kubectl apply -f ${name}`);
      p.collect(0);
      let real = 0;
      for (let i = 0; i < 600 && p.flights.filter((f) => f.event.step !== undefined).length < 3; i++) p.frame((real += FRAME), FRAME);
      return p.flights.filter((f) => f.event.step !== undefined && !f.clock).slice(0, 3);
    };
    const many = firstFlights('many.yaml');
    expect(many[0]?.event.kind).toBe('manifest.validate');
    expect(many[0]?.event.ref?.name).toBe('web-0');
    for (const f of many) expect(f.gate).toBe(0);
    const two = firstFlights('two.yaml');
    expect(two.length).toBe(3);
    for (const f of two) expect(f.gate).toBeCloseTo(f.duration);
  });

  it('stops the engine by the time the frame gives it, so a frame that began late is not made longer', async () => {
    const { scenarioFor } = await import('../../src/ui/lib/scenarios');
    const sb = createSandbox({ seed: 1, scenario: scenarioFor('ten-nodes') });
    const p = new Playback(sb);
    p.speed = 8;
    let clock = 0;
    // Every message the engine stops at takes 1 ms of the page's time.
    p.clock = () => clock;
    const engineAdvance = sb.advance.bind(sb);
    sb.advance = (ms, opts) => {
      clock += 1;
      return engineAdvance(ms, opts);
    };
    sb.start('kubectl apply -f pods.yaml');
    p.collect(0);
    let real = 0;
    for (let i = 0; i < 600 && p.flights.length < 20; i++) p.frame((real += FRAME), FRAME);
    const worked = (until?: number) => {
      const before = clock;
      p.frame((real += FRAME), FRAME, until);
      return clock - before;
    };
    expect(worked(clock + 2)).toBeLessThanOrEqual(3);
    // Without a deadline the frame's own few ms bound it.
    expect(worked()).toBeGreaterThan(3);
  });
});
