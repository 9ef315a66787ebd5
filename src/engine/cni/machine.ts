import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import { kindName, type Detail, type Step } from '../runtime/trace';
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
  /** ADDs and DELs waiting for the node's network stack to apply them, by our request id. */
  pending: Map<string, Extract<CniEvent, { type: 'cni.ADD' | 'cni.DEL' }>>;
  nextRequest: number;
}

export type CniEvent =
  | { type: 'cni.ADD'; requestId: string; replyTo: string; sandboxId: string; podUid: string; netns: string; pod?: { namespace: string; name: string }; step?: Step }
  | { type: 'cni.DEL'; requestId: string; replyTo: string; sandboxId: string }
  | { type: 'net.podAdded'; requestId: string; hostIndex: number; gateway: string }
  | { type: 'net.podDeleted'; requestId: string };

export interface CniResult {
  type: 'cni.result';
  requestId: string;
  ok: boolean;
  error?: string;
  ip?: string;
  gateway?: string;
  mac?: string;
  hostVeth?: string;
  /** The host end's ifindex (the Pod's eth0 shows `eth0@if<index>`). */
  hostIndex?: number;
}

/**
 * The CNI plugin chain on one node (flannel → bridge → host-local): ADD creates the veth
 * pair in the Pod's network namespace (`eth0` inside, `vethXXXXXXXX` on cni0) and hands
 * out the next address from the node's podCIDR; DEL undoes it and frees the address.
 */
export const cniMachine = component<CniContext, CniEvent, CniInput>({
  id: 'cni',
  context: (input) => ({ ...actorBase(input), node: input.node, podCIDR: input.podCIDR, ipam: newIpam(input.podCIDR), interfaces: new Map(), pending: new Map(), nextRequest: 1 }),
  on: (ctx, e) => {
    switch (e.type) {
      case 'cni.ADD':
        return add(ctx, e);
      case 'cni.DEL':
        return del(ctx, e);
      case 'net.podAdded':
      case 'net.podDeleted':
        return applied(ctx, e);
    }
  },
});

function add(ctx: CniContext, e: Extract<CniEvent, { type: 'cni.ADD' }>): void {
  const ip = allocate(ctx.ipam, e.sandboxId);
  if (!ip) {
    return reply(ctx, e, { ok: false, error: `failed to allocate for range 0: no IP addresses available in range set: ${ctx.podCIDR}` });
  }
  const iface: PodInterface = { sandboxId: e.sandboxId, podUid: e.podUid, ip, mac: ctx.rng.mac(), hostVeth: `veth${ctx.rng.hex(8)}`, netns: e.netns };
  ctx.interfaces.set(e.sandboxId, iface);
  ctx.net.note(ctx.self, 'ipam.allocate', { step: 7, detail: { plugin: 'host-local', range: ctx.podCIDR, gateway: gateway(ctx.ipam), ip, file: `/var/lib/cni/networks/cbr0/${ip}` } });
  const requestId = `${ctx.self}:${ctx.nextRequest++}`;
  ctx.pending.set(requestId, e);
  const pod = { namespace: e.pod?.namespace ?? '', name: e.pod?.name ?? '', uid: e.podUid };
  ctx.net.post(ctx.self, {
    to: `nodeNet/${ctx.node}`,
    event: { type: 'net.podAdd', requestId, replyTo: ctx.self, plan: { sandboxId: e.sandboxId, pod, netns: e.netns, ip, mac: iface.mac, hostVeth: iface.hostVeth } },
    kind: 'bridge.ADD',
    step: 7,
    detail: { ifName: 'eth0', hostVeth: iface.hostVeth, ip: `${ip}/24`, mac: iface.mac, bridge: 'cni0' },
    latency: 0,
  });
}

function del(ctx: CniContext, e: Extract<CniEvent, { type: 'cni.DEL' }>): void {
  const requestId = `${ctx.self}:${ctx.nextRequest++}`;
  ctx.pending.set(requestId, e);
  ctx.net.post(ctx.self, { to: `nodeNet/${ctx.node}`, event: { type: 'net.podDel', requestId, replyTo: ctx.self, sandboxId: e.sandboxId }, kind: 'bridge.DEL', latency: 0 });
}

/** The node's stack has the veth pair (or has torn it down): answer the runtime. */
function applied(ctx: CniContext, e: Extract<CniEvent, { type: 'net.podAdded' | 'net.podDeleted' }>): void {
  const original = ctx.pending.get(e.requestId);
  if (!original) return;
  ctx.pending.delete(e.requestId);
  if (original.type === 'cni.DEL') {
    const released = release(ctx.ipam, original.sandboxId);
    ctx.interfaces.delete(original.sandboxId);
    if (released) ctx.net.note(ctx.self, 'ipam.release', { detail: { plugin: 'host-local', ip: released } });
    return reply(ctx, original, { ok: true });
  }
  const iface = ctx.interfaces.get(original.sandboxId);
  if (!iface) return reply(ctx, original, { ok: false, error: 'interface vanished' });
  const ok = { ok: true, ip: iface.ip, gateway: gateway(ctx.ipam), mac: iface.mac, hostVeth: iface.hostVeth };
  reply(ctx, original, e.type === 'net.podAdded' ? Object.assign(ok, { hostIndex: e.hostIndex }) : ok);
}

function reply(ctx: CniContext, e: Extract<CniEvent, { type: 'cni.ADD' | 'cni.DEL' }>, result: Omit<CniResult, 'type' | 'requestId'>): void {
  const step = e.type === 'cni.ADD' ? e.step : undefined;
  ctx.net.post(ctx.self, {
    to: e.replyTo,
    event: Object.assign({ type: 'cni.result' as const, requestId: e.requestId }, result),
    kind: kindName(e.type === 'cni.ADD' ? 'ADD' : 'DEL', 'result'),
    step,
    detail: resultDetail(result),
  });
}

/** What the trace shows of a result: the address and host veth, or the error (keys added in that order, not spread in). */
function resultDetail(result: Omit<CniResult, 'type' | 'requestId'>): Detail {
  const detail: Detail = {};
  if (result.ip) detail.ip = result.ip;
  if (result.hostVeth) detail.hostVeth = result.hostVeth;
  if (result.error) detail.error = result.error;
  return detail;
}
