import { createActor, setup, type AnyActorRef } from 'xstate';
import { describe, expect, it } from 'vitest';
import { containerWorkerMachine } from '../../../src/engine/kubelet/containerWorker';
import type { ContainerUpdate } from '../../../src/engine/kubelet/containerTypes';
import { podWorkerMachine } from '../../../src/engine/kubelet/podWorker';
import { VirtualClock } from '../../../src/engine/runtime/clock';
import { RecordingNet } from '../../support/actors';

/** A pod worker stand-in: it spawns one container worker and keeps what it reports. */
function harness(container: Record<string, unknown>, restartPolicy = 'Always') {
  const clock = new VirtualClock();
  const net = new RecordingNet(clock);
  const updates: ContainerUpdate[] = [];
  const parent = setup({}).createMachine({
    on: { 'container.update': { actions: ({ event }) => void updates.push(event as unknown as ContainerUpdate) } },
  });
  const actor = createActor(parent);
  actor.start();
  const input = {
    self: 'kubelet/node-1#uid/web', net, seed: 1, epoch: 0, runtime: 'containerRuntime/node-1', node: 'node-1',
    pod: { uid: 'uid', name: 'web', namespace: 'default' }, container: { name: 'web', image: 'nginx', imagePullPolicy: 'Always', ...container },
    kind: 'app', sandboxId: 'sb', restartPolicy, podHasInitContainers: false,
  };
  const cw = createActor(containerWorkerMachine, { input: input as never, parent: actor as unknown as AnyActorRef });
  cw.start();
  /** Answer the CRI call the worker is waiting for. */
  const answer = (method: string, extra: Record<string, unknown> = {}) => {
    const call = net.sent.filter((s) => s.event.type === `cri.${method}`).at(-1)!;
    cw.send({ type: 'cri.response', requestId: call.event.requestId as string, method, ok: true, ...extra } as never);
  };
  return { cw, net, clock, updates, answer };
}

const state = (h: ReturnType<typeof harness>) => h.updates.at(-1)?.status.state;

describe('container worker', () => {
  it('checks the image, pulls it (policy Always), creates and starts the container, with the events in order', () => {
    const h = harness({});
    h.cw.send({ type: 'cw.start' });
    h.answer('ImageStatus', { present: false });
    h.answer('PullImage', { imageRef: 'docker.io/library/nginx:latest', imageId: 'docker.io/library/nginx@sha256:ab', imageSize: 70_000_000, pullMs: 1462, waitMs: 0 });
    h.answer('CreateContainer', { containerId: 'c0ffee' });
    h.answer('StartContainer');
    expect(h.net.sent.filter((s) => s.event.type.startsWith('cri.')).map((s) => `${s.kind}:${s.step}`)).toEqual(['ImageStatus:8', 'PullImage:8', 'CreateContainer:9', 'StartContainer:9']);
    const reasons = h.net.sent.filter((s) => s.kind === 'event.create').map((s) => (s.event.body as { reason: string; message: string }).message);
    expect(reasons).toEqual([
      'Pulling image "nginx"',
      'Successfully pulled image "nginx" in 1.462s (1.462s including waiting). Image size: 70000000 bytes.',
      'Container created',
      'Container started',
    ]);
    expect(state(h)).toHaveProperty('running');
    expect(h.updates.at(-1)!.status).toMatchObject({ ready: true, started: true, containerID: 'containerd://c0ffee', imageID: 'docker.io/library/nginx@sha256:ab' });
  });

  it('reports ErrImagePull, then ImagePullBackOff, and retries after the back-off', () => {
    const h = harness({ image: 'nginxx' });
    h.cw.send({ type: 'cw.start' });
    h.answer('ImageStatus', { present: false });
    const pull = h.net.sent.filter((s) => s.event.type === 'cri.PullImage').at(-1)!;
    h.cw.send({ type: 'cri.response', requestId: pull.event.requestId as string, method: 'PullImage', ok: false, error: 'rpc error: code = Unknown desc = pull access denied' } as never);
    expect(state(h)).toEqual({ waiting: { reason: 'ErrImagePull', message: 'rpc error: code = Unknown desc = pull access denied' } });
    h.clock.advanceTo(1000);
    expect(state(h)!.waiting!.reason).toBe('ImagePullBackOff');
    expect(h.net.of('cri.ImageStatus')).toHaveLength(1);
    h.clock.advanceTo(10_000);
    expect(h.net.of('cri.ImageStatus')).toHaveLength(2);
  });

  it('restarts a crashed container at once, then goes into CrashLoopBackOff with a growing back-off', () => {
    const h = harness({ imagePullPolicy: 'IfNotPresent' });
    h.cw.send({ type: 'cw.start' });
    const runOnce = (id: string) => {
      h.answer('ImageStatus', { present: true, imageRef: 'docker.io/library/nginx:latest', imageId: 'x' });
      h.answer('CreateContainer', { containerId: id });
      h.answer('StartContainer');
    };
    runOnce('c1');
    h.cw.send({ type: 'cri.containerEvent', containerId: 'c1', podUid: 'uid', name: 'web', event: 'exited', exitCode: 1, reason: 'Error', at: h.clock.now() });
    runOnce('c2');
    expect(h.updates.at(-1)!.status.restartCount).toBe(1);
    h.cw.send({ type: 'cri.containerEvent', containerId: 'c2', podUid: 'uid', name: 'web', event: 'exited', exitCode: 1, reason: 'Error', at: h.clock.now() });
    h.clock.advanceTo(h.clock.now() + 1000);
    expect(state(h)!.waiting).toMatchObject({ reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=web pod=web_default(uid)' });
    expect(h.updates.at(-1)!.status.lastState?.terminated?.exitCode).toBe(1);
    expect(h.net.of('cri.ImageStatus')).toHaveLength(2);
    h.clock.advanceTo(h.clock.now() + 9000);
    expect(h.net.of('cri.ImageStatus')).toHaveLength(3);
  });

  it('stops a running container with the grace period as StopContainer\'s timeout', () => {
    const h = harness({ imagePullPolicy: 'IfNotPresent' });
    h.cw.send({ type: 'cw.start' });
    h.answer('ImageStatus', { present: true });
    h.answer('CreateContainer', { containerId: 'c1' });
    h.answer('StartContainer');
    h.cw.send({ type: 'cw.stop', graceSeconds: 30 });
    expect(h.net.last('cri.StopContainer')).toMatchObject({ containerId: 'c1', timeoutSeconds: 30 });
    h.answer('StopContainer');
    expect(h.updates.at(-1)!.stopped).toBe(true);
    expect(h.cw.getSnapshot().status).toBe('done');
  });
});

interface Node {
  id: string;
  parent?: Node;
  states: Record<string, Node>;
  initial?: { target: Node[] };
  transitions: Map<string, { target?: Node[] }[]>;
  always?: { target?: Node[] }[];
}

/** Every state reachable from the initial one, following on/after/always transitions of a state and its ancestors. */
function reachableStates(machine: { root: Node }): { all: string[]; reached: Set<string> } {
  const all: string[] = [];
  const walk = (n: Node) => {
    all.push(n.id);
    Object.values(n.states).forEach(walk);
  };
  walk(machine.root);
  const reached = new Set<string>([machine.root.id]);
  const queue: Node[] = [];
  const enter = (n: Node) => {
    for (let a: Node | undefined = n; a; a = a.parent) reached.add(a.id);
    if (!queue.includes(n)) queue.push(n);
    for (const t of n.initial?.target ?? []) if (!reached.has(t.id)) enter(t);
  };
  enter(machine.root);
  while (queue.length > 0) {
    const n = queue.shift()!;
    for (let a: Node | undefined = n; a; a = a.parent) {
      const ts = [...a.transitions.values()].flat().concat(a.always ?? []);
      for (const t of ts) for (const target of t.target ?? []) if (!reached.has(target.id)) enter(target);
    }
  }
  return { all, reached };
}

describe('lifecycle statecharts', () => {
  it.each([
    ['pod worker', podWorkerMachine],
    ['container worker', containerWorkerMachine],
  ])('every state of the %s can be reached from its initial state', (_name, machine) => {
    const { all, reached } = reachableStates(machine as unknown as { root: Node });
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });
});
