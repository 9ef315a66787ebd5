import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import { kindName } from '../runtime/trace';
import type { EtcdDelete, EtcdEvent, EtcdPut, EtcdResult, KeyValue } from './types';

export interface EtcdContext extends ActorBase {
  revision: number;
  /** The keyspace. Only this actor writes it (in place, O(1) per write). */
  kv: Map<string, KeyValue>;
}

/**
 * etcd: the cluster's only durable store. Every write bumps one global revision, which
 * the API server hands out as `metadata.resourceVersion`. A compare-and-swap on the key's
 * modRevision is how the API server does optimistic concurrency.
 */
export const etcdMachine = component<EtcdContext, EtcdEvent, ActorInput>({
  id: 'etcd',
  context: (input) => ({ ...actorBase(input), revision: 1, kv: new Map() }),
  on: (ctx, e) => {
    if (e.type === 'etcd.put') applyPut(ctx, e);
    else if (e.type === 'etcd.delete') applyDelete(ctx, e);
  },
});

function applyPut(ctx: EtcdContext, e: EtcdPut): void {
  const current = ctx.kv.get(e.key);
  const conflict =
    e.expectRevision !== undefined && (current ? current.modRevision !== e.expectRevision : e.expectRevision !== 0);
  if (!conflict) {
    ctx.revision += 1;
    ctx.kv.set(e.key, {
      value: e.value,
      createRevision: current?.createRevision ?? ctx.revision,
      modRevision: ctx.revision,
      version: (current?.version ?? 0) + 1,
    });
  }
  reply(ctx, e, !conflict);
}

function applyDelete(ctx: EtcdContext, e: EtcdDelete): void {
  const existed = ctx.kv.delete(e.key);
  if (existed) ctx.revision += 1;
  reply(ctx, e, existed);
}

function reply(ctx: EtcdContext, e: EtcdPut | EtcdDelete, ok: boolean): void {
  const result: EtcdResult = { type: 'etcd.result', requestId: e.requestId, ok, revision: ctx.revision };
  ctx.net.post(ctx.self, {
    to: e.replyTo,
    event: result,
    kind: kindName(e.type, ok ? 'ok' : 'failed'),
    step: e.step,
    ref: e.ref,
    detail: { key: e.key, revision: ctx.revision },
  });
}
