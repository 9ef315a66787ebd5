import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../src/engine/runtime/clock';
import { Rng } from '../../../src/engine/runtime/rng';
import { Network } from '../../../src/engine/runtime/network';
import { traceToJsonLines } from '../../../src/engine/runtime/trace';

describe('VirtualClock', () => {
  it('fires timers in time order, and in scheduling order at the same time', () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    clock.after(20, () => fired.push('b@20'));
    clock.after(10, () => fired.push('a@10'));
    clock.after(20, () => fired.push('c@20'));
    clock.advanceTo(100);
    expect(fired).toEqual(['a@10', 'b@20', 'c@20']);
    expect(clock.now()).toBe(100);
  });

  it('does not fire a cleared timer, and stands still until asked to move', () => {
    const clock = new VirtualClock();
    let fired = false;
    const id = clock.after(5, () => (fired = true));
    clock.cancel(id);
    expect(clock.nextAt()).toBeUndefined();
    clock.advanceTo(10);
    expect(fired).toBe(false);
  });

  it('runs a timer scheduled from inside a timer at its own time', () => {
    const clock = new VirtualClock();
    const at: number[] = [];
    clock.after(3, () => clock.after(7, () => at.push(clock.now())));
    clock.advanceTo(50);
    expect(at).toEqual([10]);
  });
});

describe('Rng', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seq = (r: Rng) => [r.uuid(), r.hex(8), r.suffix(5), r.mac()].join(' ');
    expect(seq(a)).toBe(seq(b));
    expect(seq(new Rng(42))).not.toBe(seq(c));
  });

  it('makes values of the shapes Kubernetes and Linux use', () => {
    const r = new Rng('shapes');
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.suffix(5)).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(r.hex(64)).toMatch(/^[0-9a-f]{64}$/);
    const mac = r.mac();
    expect(mac).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    expect(parseInt(mac.slice(0, 2), 16) & 0b11).toBe(0b10);
  });

  it('gives each actor its own stream', () => {
    expect(Rng.forActor(1, 'kubelet/node-1').hex(8)).not.toBe(Rng.forActor(1, 'kubelet/node-2').hex(8));
  });
});

describe('Network', () => {
  it('traces every message when sent and delivers it after the link latency', () => {
    const clock = new VirtualClock();
    const got: { t: number; type: string }[] = [];
    const net = new Network(clock, () => ({ send: (e) => got.push({ t: clock.now(), type: e.type }) }), () => 5);
    net.post('kubectl', { to: 'apiServer', event: { type: 'api.request' }, kind: 'pod.create', step: 4 });
    expect(net.trace).toEqual([{ seq: 1, t: 0, at: 5, from: 'kubectl', to: 'apiServer', kind: 'pod.create', step: 4 }]);
    expect(net.inFlight()).toHaveLength(1);
    clock.advanceTo(5);
    expect(got).toEqual([{ t: 5, type: 'api.request' }]);
    expect(net.inFlight()).toHaveLength(0);
  });

  it('names the component, not the part of it, in the trace', () => {
    const clock = new VirtualClock();
    const net = new Network(clock, () => undefined, () => 1);
    net.post('kubelet/node-1#uid/web', { to: 'containerRuntime/node-1', event: { type: 'cri.StartContainer' }, kind: 'StartContainer' });
    expect(net.trace[0]).toMatchObject({ from: 'kubelet/node-1', to: 'containerRuntime/node-1' });
  });

  it('drops what a partition rule matches, but still shows it was sent', () => {
    const clock = new VirtualClock();
    let delivered = 0;
    const net = new Network(clock, () => ({ send: () => delivered++ }), () => 1);
    net.setDropRule((m) => m.to === 'kubelet/node-2');
    net.post('apiServer', { to: 'kubelet/node-2', event: { type: 'api.watch' } });
    net.post('apiServer', { to: 'kubelet/node-1', event: { type: 'api.watch' } });
    clock.advanceTo(10);
    expect(delivered).toBe(1);
    expect(net.trace).toHaveLength(2);
  });

  it('writes JSON lines with a fixed key order', () => {
    const line = traceToJsonLines([{ seq: 1, t: 2, at: 3, from: 'a', to: 'b', kind: 'k', step: 4, detail: { x: 1 } }]);
    expect(line).toBe('{"seq":1,"t":2,"at":3,"from":"a","to":"b","kind":"k","step":4,"detail":{"x":1}}\n');
  });
});
