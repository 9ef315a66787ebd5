import { assign, setup } from 'xstate';
import { apiRequest } from '../api/client';
import type { KubeObject } from '../api/objects';
import type { ApiResponse } from '../api/protocol';
import { resourceForKind } from '../api/resources';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { delay, type DelayEvent } from '../runtime/timers';
import type { Scenario } from '../scenario/types';
import { corednsReplicaSet, systemNamespaces, systemObjects, withOwnerUids } from './systemObjects';
import { controlPlanePods, corednsPod, flannelPod, kubeProxyPod } from './systemPods';

export interface KubeadmInput extends ActorInput {
  scenario: Scenario;
}

interface KubeadmContext extends ActorBase {
  nextRequest: number;
  scenario: Scenario;
  wave: number;
  pending: number;
  uids: Map<string, string>;
}

// The API server creates kube-system and the kubelets open their watches first.
const settle = delay<'50ms', KubeadmContext>('50ms', 50);

/** What each wave creates, given the UIDs of what earlier waves created. */
function waves(ctx: KubeadmContext): ((uids: Map<string, string>) => KubeObject[])[] {
  const nodes = ctx.scenario.nodes;
  const cp = nodes.find((n) => n.role === 'control-plane') ?? nodes[0]!;
  return [
    () => systemNamespaces(),
    () => systemObjects(ctx.scenario, cp.ip),
    (uids) => [corednsReplicaSet(uids)],
    (uids) =>
      [
        ...controlPlanePods(cp, ctx.rng),
        corednsPod(cp, ctx.rng),
        corednsPod(cp, ctx.rng),
        ...nodes.map((n) => kubeProxyPod(n, ctx.rng)),
        ...nodes.map((n) => flannelPod(n, ctx.rng)),
      ].map((p) => withOwnerUids(p as KubeObject, uids)),
  ];
}

function sendWave(ctx: KubeadmContext): number {
  const build = waves(ctx)[ctx.wave];
  if (!build) return 0;
  const objects = build(ctx.uids);
  for (const obj of objects) {
    const info = resourceForKind(obj.apiVersion, obj.kind);
    if (!info) continue;
    apiRequest(ctx, {
      verb: 'create',
      resource: info.resource,
      groupVersion: info.groupVersion,
      ...(info.namespaced ? { namespace: obj.metadata?.namespace ?? 'default' } : {}),
      body: obj,
      fieldManager: 'kubeadm',
    });
  }
  return objects.length;
}

function recordUid(ctx: KubeadmContext, res: ApiResponse): void {
  const body = res.body as KubeObject | undefined;
  if (res.code < 300 && body && typeof body === 'object' && body.metadata?.uid) ctx.uids.set(`${body.kind}/${body.metadata.name ?? ''}`, body.metadata.uid);
}

/**
 * What `kubeadm init` (and the flannel manifest applied after it) leaves in the cluster:
 * the kube-system and kube-flannel objects, created wave by wave through the API server
 * so that owners exist before the objects that name them. The nodes' kubelets then run
 * the Pods as they would any other.
 */
export const kubeadmMachine = setup({
  types: {} as { context: KubeadmContext; events: ApiResponse | DelayEvent<'50ms'>; input: KubeadmInput },
  actions: {
    send: assign(({ context }) => ({ pending: sendWave(context) })),
    answered: assign(({ context, event }) => {
      recordUid(context, event as ApiResponse);
      return { pending: context.pending - 1 };
    }),
    next: assign(({ context }) => ({ wave: context.wave + 1 })),
  },
  guards: {
    waveDone: ({ context }) => context.pending <= 0,
    allDone: ({ context }) => context.wave >= waves(context).length,
  },
}).createMachine({
  id: 'kubeadm',
  context: ({ input }) => ({ ...actorBase(input), nextRequest: 1, scenario: input.scenario, wave: 0, pending: 0, uids: new Map() }),
  initial: 'waiting',
  states: {
    waiting: { entry: settle.start, exit: settle.stop, on: { [settle.event]: 'applying' } },
    applying: {
      entry: 'send',
      always: { guard: 'waveDone', target: 'nextWave' },
      on: { 'api.response': { actions: 'answered' } },
    },
    nextWave: {
      entry: 'next',
      always: [{ guard: 'allDone', target: 'done' }, { target: 'applying', reenter: true }],
    },
    done: { type: 'final' },
  },
});
