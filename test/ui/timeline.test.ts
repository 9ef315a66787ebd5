import { describe, expect, it } from 'vitest';
import { createSandbox, traceToJsonLines } from '../../src/engine';
import { Playback } from '../../src/ui/lib/playback';
import { Session, perform, previousMoment, reading, replay, type Action, type RanCommand } from '../../src/ui/lib/timeline';

const fresh = () => createSandbox({ seed: 7 });
const FRAME = 1000 / 60;

/** An action before it has its moment. */
type Untimed<A> = A extends unknown ? Omit<A, 't'> : never;

/** The learner acting on `sb` at its current time: each action performed and kept for a replay. */
function recorder(sb: ReturnType<typeof fresh>) {
  const actions: Action[] = [];
  const ran: RanCommand[] = [];
  const act = (a: Untimed<Action>) => {
    const done = { ...a, t: sb.now() } as Action;
    actions.push(done);
    perform(sb, done, ran);
  };
  return { actions, ran, act };
}

/** A live session: the driver animates, the learner acts at frames where time happens to stand. */
function live(script: { frame: number; action: (t: number) => Action }[], frames: number) {
  const sb = fresh();
  const p = new Playback(sb);
  p.speed = 2;
  const actions: Action[] = [];
  const ran: RanCommand[] = [];
  let real = 0;
  for (let i = 0; i < frames; i++) {
    for (const s of script) {
      if (s.frame !== i || sb.current) continue;
      const a = s.action(sb.now());
      actions.push(a);
      perform(sb, a, ran);
      p.collect(real);
    }
    p.frame((real += FRAME), FRAME);
  }
  return { sb, actions, ran };
}

describe('time travel by replay', () => {
  const script = [
    { frame: 3, action: (t: number): Action => ({ t, op: 'write', path: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n' }) },
    { frame: 10, action: (t: number): Action => ({ t, op: 'run', line: 'kubectl apply -f pod.yaml' }) },
    { frame: 3000, action: (t: number): Action => ({ t, op: 'run', line: 'kubectl get pods -o wide' }) },
  ];

  it('rebuilds a live session exactly: same trace, same cluster, same terminal output', () => {
    const session = live(script, 3200);
    const { sb, ran } = replay(fresh, session.actions, session.sb.now());
    expect(traceToJsonLines(sb.trace)).toBe(traceToJsonLines(session.sb.trace));
    expect(sb.snapshot()).toEqual(session.sb.snapshot());
    expect(ran.map((r) => r.job.output)).toEqual(session.ran.map((r) => r.job.output));
    expect(ran[1]?.job.output).toContain('web    1/1     Running');
  });

  it('stands at any earlier moment with the commands that had started by then', () => {
    const session = live(script, 3200);
    const applyAt = session.actions[1]!.t;
    const { sb, ran } = replay(fresh, session.actions, applyAt + 5);
    expect(ran.map((r) => r.line)).toEqual(['kubectl apply -f pod.yaml']);
    expect(sb.trace.every((e) => e.t <= applyAt + 5)).toBe(true);
    expect(sb.files().get('pod.yaml')).toContain('name: web');
  });

  it('replays kubectl edit in the editor pane: the file saved there and the close', () => {
    const pane = () => createSandbox({ seed: 7, editorPane: true });
    const sb = pane();
    const { actions, ran, act } = recorder(sb);
    act({ op: 'run', line: 'kubectl run web --image=nginx:1.27' });
    sb.advance(5000);
    act({ op: 'run', line: 'kubectl edit pod web' });
    for (let i = 0; i < 1000 && sb.editing === undefined; i++) sb.advance(10);
    const path = sb.editing!;
    act({ op: 'write', path, text: sb.files().get(path)!.replace('image: nginx:1.27', 'image: nginx:1.28') });
    act({ op: 'closeEditor' });
    sb.advance(20_000);
    expect(ran[1]?.job.output).toBe('pod/web edited\n');
    const again = replay(pane, actions, sb.now());
    expect(traceToJsonLines(again.sb.trace)).toBe(traceToJsonLines(sb.trace));
    expect(again.ran.map((r) => r.job.output)).toEqual(ran.map((r) => r.job.output));
  });

  it('replays Ctrl-Z: the watch stops as a job, bg continues it, its held events then print', () => {
    const sb = fresh();
    const { actions, ran, act } = recorder(sb);
    act({ op: 'run', line: 'kubectl get pods -w' });
    sb.advance(1000);
    act({ op: 'suspend' });
    act({ op: 'run', line: 'kubectl run web --image=nginx' });
    sb.advance(5000);
    act({ op: 'run', line: 'bg' });
    sb.advance(2000);
    expect(ran[0]?.job.output).toBe('No resources found in default namespace.\n^Z\n[1]+  Stopped                 kubectl get pods -w\n');
    expect(ran[2]?.job.output).toMatch(/^\[1\]\+ kubectl get pods -w &\nNAME .*\n(web .*\n){5}$/);
    const again = replay(fresh, actions, sb.now());
    expect(again.ran.map((r) => r.job.output)).toEqual(ran.map((r) => r.job.output));
    expect(traceToJsonLines(again.sb.trace)).toBe(traceToJsonLines(sb.trace));
  });

  it('finds the moment before a message', () => {
    expect(previousMoment([5, 5, 9, 12, 12], 12)).toBe(9);
    expect(previousMoment([5, 9], 5)).toBeUndefined();
  });
});

describe('session after a seek', () => {
  const a: Action = { t: 10, op: 'run', line: 'kubectl apply -f pod.yaml' };
  const b: Action = { t: 50, op: 'run', line: 'kubectl get pods' };

  it('plays the actions after the moment again when their time comes', () => {
    const s = new Session();
    s.load([b, a]);
    s.standAt(20);
    expect(s.next()).toBe(50);
    expect(s.due(49)).toEqual([]);
    expect(s.due(50)).toEqual([b]);
    expect(s.next()).toBeUndefined();
  });

  it('drops that future when the learner does something new', () => {
    const s = new Session();
    s.load([a, b]);
    s.standAt(20);
    const c: Action = { t: 30, op: 'interrupt' };
    s.record(c);
    expect(s.actions).toEqual([a, c]);
    expect(s.next()).toBeUndefined();
  });
});

describe('a shell in a container', () => {
  /** Act at the sandbox's time, then let time run until the command ends or asks for a line. */
  function act(sb: ReturnType<typeof fresh>, actions: Action[], ran: RanCommand[], line: string): void {
    const a: Action = { t: sb.now(), op: 'run', line };
    actions.push(a);
    perform(sb, a, ran);
    for (let i = 0; i < 10_000 && sb.current && !reading(sb); i++) sb.advance(100);
    sb.advance(500);
  }

  /** A session that runs nginx, opens a shell in it and types `hostname`, then `last`. */
  function session(last: string) {
    const sb = fresh();
    const actions: Action[] = [];
    const ran: RanCommand[] = [];
    for (const line of ['kubectl run web --image=nginx:1.27', 'kubectl wait --for=condition=Ready pod/web --timeout=60s', 'kubectl exec -it web -- sh']) act(sb, actions, ran, line);
    expect(reading(sb)).toBe(true);
    act(sb, actions, ran, 'hostname');
    act(sb, actions, ran, last);
    return { sb, actions, ran };
  }

  it('takes the lines typed at its prompt, live and again in a replay', () => {
    const { sb, actions, ran } = session('exit 2');
    // The typed lines belong to the exec's entry in the terminal, echoed after its prompt.
    expect(ran.map((r) => r.line)).toEqual(['kubectl run web --image=nginx:1.27', 'kubectl wait --for=condition=Ready pod/web --timeout=60s', 'kubectl exec -it web -- sh']);
    const shell = ran[2]!.job;
    expect(shell.output).toBe('# hostname\nweb\n# exit 2\ncommand terminated with exit code 2\n');
    expect([shell.done, shell.exitCode, shell.prompt]).toEqual([true, 2, undefined]);
    const again = replay(fresh, actions, sb.now());
    expect(again.ran.map((r) => r.job.output)).toEqual(ran.map((r) => r.job.output));
    expect(traceToJsonLines(again.sb.trace)).toBe(traceToJsonLines(sb.trace));
  });

  it('stands between two typed lines, the shell waiting at its prompt', () => {
    const { actions } = session('exit');
    const back = replay(fresh, actions, actions[3]!.t + 400);
    expect(back.sb.current?.prompt).toBe('# ');
    expect(back.ran[2]!.job.output).toBe('# hostname\nweb\n# ');
  });
});
