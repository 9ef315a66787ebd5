import { describe, expect, it } from 'vitest';
import { etcdMachine } from '../../../src/engine/etcd/machine';
import { startAlone } from '../../support/actors';

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name } });

describe('etcd', () => {
  it('bumps one global revision per write and answers with it', () => {
    const { actor, net } = startAlone(etcdMachine, 'etcd');
    actor.send({ type: 'etcd.put', requestId: 'a', replyTo: 'apiServer', key: '/registry/pods/default/a', value: pod('a') });
    actor.send({ type: 'etcd.put', requestId: 'b', replyTo: 'apiServer', key: '/registry/pods/default/b', value: pod('b') });
    expect(net.of('etcd.result')).toEqual([
      { type: 'etcd.result', requestId: 'a', ok: true, revision: 2 },
      { type: 'etcd.result', requestId: 'b', ok: true, revision: 3 },
    ]);
    const kv = actor.getSnapshot().context.kv.get('/registry/pods/default/b')!;
    expect(kv).toMatchObject({ createRevision: 3, modRevision: 3, version: 1 });
  });

  it('refuses a compare-and-swap against a stale revision', () => {
    const { actor, net } = startAlone(etcdMachine, 'etcd');
    actor.send({ type: 'etcd.put', requestId: '1', replyTo: 'x', key: 'k', value: pod('a'), expectRevision: 0 });
    actor.send({ type: 'etcd.put', requestId: '2', replyTo: 'x', key: 'k', value: pod('a'), expectRevision: 0 });
    expect(net.of('etcd.result').map((r) => r.ok)).toEqual([true, false]);
    expect(net.sent[1]!.kind).toBe('etcd.put.failed');
  });

  it('deletes a key and counts the delete as a revision', () => {
    const { actor, net } = startAlone(etcdMachine, 'etcd');
    actor.send({ type: 'etcd.put', requestId: '1', replyTo: 'x', key: 'k', value: pod('a') });
    actor.send({ type: 'etcd.delete', requestId: '2', replyTo: 'x', key: 'k' });
    expect(net.last('etcd.result')).toMatchObject({ ok: true, revision: 3 });
    expect(actor.getSnapshot().context.kv.size).toBe(0);
  });
});
