import { setup } from 'xstate';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import type { Step } from '../runtime/trace';
import { allocate, gateway, newIpam, release, type IpamState } from './ipam';

export interface CniInput extends ActorInput {
  node: string;
  podCIDR: string;
}

/** One pod's end of the network, as the bridge plugin made it. */
export interface PodInterface {
  sandboxId: string;
  podUid: string;
  ip: string;
  mac: string;
  /** Host side of the veth pair, attached to cni0: `veth` + 8 hex digits. */
  hostVeth: string;
  netns: string;
}

export interface CniContext extends ActorBase {
  node: string;
  podCIDR: string;
  ipam: IpamState;
  interfaces: Map<string, PodInterface>;
}

export type CniEvent =
  | { type: 'cni.ADD'; requestId: string; replyTo: string; sandboxId: string; podUid: string; netns: string; step?: Step }
  | { type: 'cni.DEL'; requestId: string; replyTo: string; sandboxId: string };

export interface CniResult {
  type: 'cni.result';
  requestId: string;
  ok: boolean;
  error?: string;
  ip?: string;
  gateway?: string;
  mac?: string;
  hostVeth?: string;
}

/**
 * The CNI plugin chain on one node (flannel → bridge → host-local): ADD creates the veth
 * pair in the Pod's network namespace (`eth0` inside, `vethXXXXXXXX` on cni0) and hands
 * out the next address from the node's podCIDR; DEL undoes it and frees the address.
 */
export const cniMachine = setup({
  types: {} as { context: CniContext; events: CniEvent; input: CniInput },
  actions: {
    add: ({ context, event }) => add(context, event as Extract<CniEvent, { type: 'cni.ADD' }>),
    del: ({ context, event }) => del(context, event as Extract<CniEvent, { type: 'cni.DEL' }>),
  },
}).createMachine({
  id: 'cni',
  context: ({ input }) => ({ ...actorBase(input), node: input.node, podCIDR: input.podCIDR, ipam: newIpam(input.podCIDR), interfaces: new Map() }),
  on: { 'cni.ADD': { actions: 'add' }, 'cni.DEL': { actions: 'del' } },
});

function add(ctx: CniContext, e: Extract<CniEvent, { type: 'cni.ADD' }>): void {
  const ip = allocate(ctx.ipam, e.sandboxId);
  if (!ip) {
    return reply(ctx, e, { ok: false, error: `failed to allocate for range 0: no IP addresses available in range set: ${ctx.podCIDR}` });
  }
  const iface: PodInterface = { sandboxId: e.sandboxId, podUid: e.podUid, ip, mac: ctx.rng.mac(), hostVeth: `veth${ctx.rng.hex(8)}`, netns: e.netns };
  ctx.interfaces.set(e.sandboxId, iface);
  reply(ctx, e, { ok: true, ip, gateway: gateway(ctx.ipam), mac: iface.mac, hostVeth: iface.hostVeth });
}

function del(ctx: CniContext, e: Extract<CniEvent, { type: 'cni.DEL' }>): void {
  release(ctx.ipam, e.sandboxId);
  ctx.interfaces.delete(e.sandboxId);
  reply(ctx, e, { ok: true });
}

function reply(ctx: CniContext, e: CniEvent, result: Omit<CniResult, 'type' | 'requestId'>): void {
  const step = e.type === 'cni.ADD' ? e.step : undefined;
  ctx.net.post(ctx.self, {
    to: e.replyTo,
    event: { type: 'cni.result', requestId: e.requestId, ...result },
    kind: `${e.type.slice(4)}.result`,
    ...(step !== undefined ? { step } : {}),
    detail: { ...(result.ip ? { ip: result.ip } : {}), ...(result.hostVeth ? { hostVeth: result.hostVeth } : {}), ...(result.error ? { error: result.error } : {}) },
  });
}
