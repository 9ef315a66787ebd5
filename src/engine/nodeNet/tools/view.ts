// What network tools inside a container or on a node can see: the namespace they run in.
// The container runtime (for a Pod) or the node's stack (for node-shell) puts a view in
// the process context; `ip`, `bridge`, `iptables-save`, `conntrack`, `ipvsadm` and `ps`
// read it. The ping effect is the one thing a process needs the network for besides
// names and HTTP.
import type { Effect, Gen, ProcessContext } from '../../images/effects';
import type { NetlinkDump } from '../events';
import type { Flavour } from '../show/ip';

export interface NetView {
  /** A Pod's namespace (busybox or iproute2 tools inside it) or a node's host namespace. */
  kind: 'pod' | 'node';
  addr(): string;
  link(): string;
  route(): string;
  neigh(): string;
  /** Whether the routing table (or the loopback range) has a way to `dst`. */
  hasRoute(dst: string): boolean;
  fdb?(): string;
  iptablesSave?(table: 'nat' | 'filter'): string;
  conntrack?(): { text: string; count: number };
  ipvsadm?(): string;
}

export interface ProcInfo {
  pid: number;
  /** The parent's PID in the namespace (0: started by the runtime). */
  ppid?: number;
  user: string;
  /** Seconds of CPU, for `TIME`. */
  cpu: number;
  cmd: string;
  /** When it started, ms since the Unix epoch (for STIME / START). */
  start?: number;
}

/** A process context as the runtime and the node shell make it. */
export interface NetProcessContext extends ProcessContext {
  /**
   * The network namespace as `ip`, `ping` and friends see it, built when a tool first asks:
   * most containers never run one, and a view kept for each of thousands of Pods adds up.
   */
  netView?: () => NetView | undefined;
  /**
   * The process runs in the node's own network namespace (a hostNetwork Pod): no view is
   * at hand, and `ip` asks the node's kernel over netlink instead.
   */
  hostNetns?: boolean;
  /** The processes in the PID namespace; with `child`, a command this process has just started is among them. */
  processes?: (child?: string) => ProcInfo[];
}

export function viewOf(ctx: ProcessContext): NetView | undefined {
  return (ctx as NetProcessContext).netView?.();
}

export function processesOf(ctx: ProcessContext, child?: string): ProcInfo[] | undefined {
  return (ctx as NetProcessContext).processes?.(child);
}

export function inHostNetns(ctx: ProcessContext): boolean {
  return (ctx as NetProcessContext).hostNetns === true;
}

/** One netlink dump of the node's tables, answered by its kernel (not in the images' Effect union). */
export interface NetlinkEffect {
  op: 'netlink';
  what: NetlinkDump;
  flavour: Flavour;
}

export function asNetlink(e: { op: string }): NetlinkEffect | undefined {
  return e.op === 'netlink' ? (e as unknown as NetlinkEffect) : undefined;
}

/** The dump's text as the tool prints it, or undefined when the kernel gave none. */
export function* netlinkDump(what: NetlinkDump, flavour: Flavour): Gen<string | undefined> {
  const effect: NetlinkEffect = { op: 'netlink', what, flavour };
  const text = (yield effect as unknown as Effect) as unknown;
  return typeof text === 'string' ? text : undefined;
}

export type PingAnswer = { ok: true; ttl: number; timeMs: number; from: string } | { ok: false; error: string };

/** One ICMP echo request and its reply (or the lack of one). */
export interface PingEffect {
  op: 'ping';
  host: string;
  id: number;
  seq: number;
  timeoutMs: number;
}

/** The ping effect, if that is what the process yielded (it is not in the images' Effect union). */
export function asPing(e: { op: string }): PingEffect | undefined {
  return e.op === 'ping' ? (e as unknown as PingEffect) : undefined;
}

export function* ping(host: string, id: number, seq: number, timeoutMs: number): Gen<PingAnswer> {
  const effect: PingEffect = { op: 'ping', host, id, seq, timeoutMs };
  const a = (yield effect as unknown as Effect) as PingAnswer | undefined;
  return a && typeof a === 'object' && 'ok' in a ? a : { ok: false, error: 'ENETUNREACH' };
}
