import { describe, expect, it } from 'vitest';
import { apiServerMachine } from '../../../src/engine/apiServer/machine';
import { startAlone, type RecordingNet } from '../../support/actors';

type Actor = ReturnType<typeof startAlone>['actor'];

/** Play etcd: confirm every write the API server has sent and not yet had confirmed. */
function confirmWrites(actor: Actor, net: RecordingNet, from = 0): number {
  let revision = 100 + from;
  let i = from;
  for (; i < net.sent.length; i++) {
    const s = net.sent[i]!;
    if (s.event.type === 'etcd.put' || s.event.type === 'etcd.delete') {
      actor.send({ type: 'etcd.result', requestId: s.event.requestId as string, ok: true, revision: ++revision });
    }
  }
  return i;
}

function server() {
  const { actor, net } = startAlone(apiServerMachine, 'apiServer', { serviceCIDR: '10.96.0.0/12' });
  confirmWrites(actor, net);
  net.sent.length = 0;
  return { actor, net };
}

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
let ids = 0;
const req = (extra: Record<string, unknown>) => ({ type: 'api.request', id: `t${++ids}`, replyTo: 'kubectl', groupVersion: 'v1', resource: 'pods', namespace: 'default', ...extra });

describe('API server', () => {
  it('creates a Pod: defaults it, stores it in etcd under /registry, answers 201 with its resourceVersion', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', body: pod, step: 4 }) as never);
    const put = net.last('etcd.put');
    expect(put.key).toBe('/registry/pods/default/web');
    confirmWrites(actor, net);
    const res = net.last('api.response') as unknown as { code: number; body: { metadata: Record<string, string>; spec: Record<string, unknown>; status: Record<string, string> } };
    expect(res.code).toBe(201);
    expect(res.body.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.metadata.resourceVersion).toBe('101');
    expect(res.body.metadata.creationTimestamp).toBe('2026-01-05T09:00:00Z');
    expect(res.body.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30, schedulerName: 'default-scheduler' });
    expect(res.body.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    expect(net.sent.filter((s) => s.step === 4).length).toBeGreaterThanOrEqual(2);
  });

  it('answers AlreadyExists, NotFound and Invalid as the real API server does', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', body: pod }) as never);
    confirmWrites(actor, net);
    actor.send(req({ verb: 'create', body: pod }) as never);
    expect(net.last('api.response')).toMatchObject({ code: 409, status: { reason: 'AlreadyExists', message: 'pods "web" already exists' } });
    actor.send(req({ verb: 'create', namespace: 'nope', body: { ...pod, metadata: { name: 'x' } } }) as never);
    expect(net.last('api.response')).toMatchObject({ code: 404, status: { message: 'namespaces "nope" not found' } });
    actor.send(req({ verb: 'create', body: { ...pod, metadata: { name: 'bad' }, spec: { containers: [{ name: 'web' }] } } }) as never);
    expect(net.last('api.response')).toMatchObject({ code: 422, status: { reason: 'Invalid' } });
    expect((net.last('api.response').status as { message: string }).message).toContain('spec.containers[0].image: Required value');
    actor.send(req({ verb: 'create', body: { ...pod, metadata: { name: 'typo' }, spec: { containers: [{ name: 'web', imagee: 'nginx' }] } } }) as never);
    expect((net.last('api.response').status as { message: string }).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
    );
  });

  it('tells a watcher about a new Pod as ADDED, with the step the watcher asked for', () => {
    const { actor, net } = server();
    actor.send({ type: 'api.watch.open', watch: 'w', replyTo: 'scheduler', resource: 'pods', fieldSelector: 'spec.nodeName=', stepOnAdded: 5 });
    actor.send(req({ verb: 'create', body: pod }) as never);
    confirmWrites(actor, net);
    const added = net.sent.find((s) => s.event.type === 'api.watch')!;
    expect(added).toMatchObject({ to: 'scheduler', kind: 'pod.ADDED', step: 5 });
  });

  it('binds a Pod: sets spec.nodeName and the PodScheduled condition; a bound Pod leaves the unscheduled watch', () => {
    const { actor, net } = server();
    actor.send({ type: 'api.watch.open', watch: 'unbound', replyTo: 'scheduler', resource: 'pods', fieldSelector: 'spec.nodeName=' });
    actor.send({ type: 'api.watch.open', watch: 'node-1', replyTo: 'kubelet/node-1', resource: 'pods', fieldSelector: 'spec.nodeName=node-1', stepOnAdded: 6 });
    actor.send(req({ verb: 'create', body: pod }) as never);
    const seen = confirmWrites(actor, net);
    actor.send(req({ verb: 'create', subresource: 'binding', name: 'web', body: { target: { kind: 'Node', name: 'node-1' } } }) as never);
    confirmWrites(actor, net, seen);
    const events = net.sent.filter((s) => s.event.type === 'api.watch').map((s) => `${s.to} ${s.kind}`);
    expect(events).toEqual(['scheduler pod.ADDED', 'scheduler pod.DELETED', 'kubelet/node-1 pod.ADDED']);
    const bound = net.sent.filter((s) => s.to === 'kubelet/node-1')[0]!.event.object as { spec: { nodeName: string }; status: { conditions: { type: string; status: string }[] } };
    expect(bound.spec.nodeName).toBe('node-1');
    expect(bound.status.conditions).toContainEqual(expect.objectContaining({ type: 'PodScheduled', status: 'True' }));
  });

  it('deletes a bound Pod gracefully (deletionTimestamp = now + grace) and an unscheduled one at once', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', body: pod }) as never);
    actor.send(req({ verb: 'create', body: { ...pod, metadata: { name: 'loose' } } }) as never);
    let seen = confirmWrites(actor, net);
    actor.send(req({ verb: 'create', subresource: 'binding', name: 'web', body: { target: { name: 'node-1' } } }) as never);
    seen = confirmWrites(actor, net, seen);
    actor.send(req({ verb: 'delete', name: 'web' }) as never);
    actor.send(req({ verb: 'delete', name: 'loose' }) as never);
    confirmWrites(actor, net, seen);
    const writes = net.sent.slice(seen).filter((s) => s.event.type.startsWith('etcd.')).map((s) => s.event.type);
    expect(writes).toEqual(['etcd.put', 'etcd.delete']);
    const marked = net.sent.slice(seen).find((s) => s.event.type === 'etcd.put')!.event.value as { metadata: Record<string, unknown> };
    expect(marked.metadata).toMatchObject({ deletionTimestamp: '2026-01-05T09:00:30Z', deletionGracePeriodSeconds: 30 });
  });

  it('queues writes to one key so a second PATCH is applied to the first one\'s result', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', body: pod }) as never);
    const seen = confirmWrites(actor, net);
    actor.send(req({ verb: 'patch', subresource: 'status', name: 'web', body: { status: { phase: 'Running' } } }) as never);
    actor.send(req({ verb: 'patch', subresource: 'status', name: 'web', body: { status: { podIP: '10.244.1.2' } } }) as never);
    expect(net.sent.slice(seen).filter((s) => s.event.type === 'etcd.put')).toHaveLength(1);
    confirmWrites(actor, net, seen);
    const last = net.sent.filter((s) => s.event.type === 'etcd.put').at(-1)!.event.value as { status: Record<string, string> };
    expect(last.status).toMatchObject({ phase: 'Running', podIP: '10.244.1.2' });
  });

  it('evicts a Pod (POST pods/NAME/eviction): DisruptionTarget first, then a graceful delete, answered 201 Success', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', body: pod }) as never);
    let seen = confirmWrites(actor, net);
    actor.send(req({ verb: 'create', subresource: 'binding', name: 'web', body: { target: { name: 'node-1' } } }) as never);
    seen = confirmWrites(actor, net, seen);
    const eviction = { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'web', namespace: 'default' }, deleteOptions: { gracePeriodSeconds: 10 } };
    actor.send(req({ verb: 'create', subresource: 'eviction', name: 'web', body: eviction }) as never);
    const first = confirmWrites(actor, net, seen);
    confirmWrites(actor, net, first);
    const puts = net.sent.slice(seen).filter((s) => s.event.type === 'etcd.put').map((s) => s.event.value as { metadata: Record<string, unknown>; status: { conditions: unknown[] } });
    expect(puts[0]!.status.conditions).toContainEqual(expect.objectContaining({ type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' }));
    expect(puts[1]!.metadata).toMatchObject({ deletionTimestamp: '2026-01-05T09:00:10Z', deletionGracePeriodSeconds: 10 });
    expect(net.last('api.response')).toMatchObject({ code: 201, body: { kind: 'Status', apiVersion: 'v1', status: 'Success', code: 201 } });
    expect(net.sent.at(-1)).toMatchObject({ kind: 'pod.eviction.create.response' });
  });

  it('refuses an eviction for another name, and for a Pod that is not there', () => {
    const { actor, net } = server();
    actor.send(req({ verb: 'create', subresource: 'eviction', name: 'web', body: { metadata: { name: 'other' } } }) as never);
    expect(net.last('api.response')).toMatchObject({ code: 400, status: { message: 'name in URL does not match name in Eviction object' } });
    actor.send(req({ verb: 'create', subresource: 'eviction', name: 'web', body: { metadata: { name: 'web' } } }) as never);
    expect(net.last('api.response')).toMatchObject({ code: 404, status: { reason: 'NotFound', message: 'pods "web" not found' } });
  });
});
