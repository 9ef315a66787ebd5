// A netlink dump from a process in the host network namespace: `ip addr` in a
// hostNetwork Pod opens a netlink socket to the node's kernel, which answers RTM_GETADDR,
// RTM_GETLINK, … from its own tables — the node's eth0, cni0, flannel.1 and every Pod's
// host-side veth, exactly what `ip addr` on the node shows.
import type { NetlinkDump, NetResult, NodeNetEvent } from '../events';
import type { NodeNetContext } from '../stack';
import { nodeView } from './view';

/** The rtnetlink request each dump is (bridge fdb asks for AF_BRIDGE neighbours). */
export const NETLINK_MESSAGES: Record<NetlinkDump, string> = { addr: 'RTM_GETADDR', link: 'RTM_GETLINK', route: 'RTM_GETROUTE', neigh: 'RTM_GETNEIGH', fdb: 'RTM_GETNEIGH' };

export function netlinkDump(ctx: NodeNetContext, e: Extract<NodeNetEvent, { type: 'net.dump' }>): void {
  const view = nodeView(ctx.s, () => ctx.net.now(), ctx.epoch, e.flavour);
  const text = e.what === 'fdb' ? view.fdb!() : view[e.what]();
  const event: NetResult = { type: 'net.result', requestId: e.requestId, result: { ok: true, kind: 'netlink', text }, elapsedMs: 0, rttMs: 0 };
  ctx.net.post(ctx.self, { to: e.replyTo, event, kind: 'netlink.dump.response', detail: { message: NETLINK_MESSAGES[e.what], lines: text.split('\n').length - 1 }, latency: 0 });
}
