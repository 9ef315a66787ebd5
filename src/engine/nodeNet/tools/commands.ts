// The network tools a learner runs in a Pod (`kubectl exec`) or on a node (node-shell):
// ip, bridge, iptables-save, conntrack, ipvsadm and ps read the namespace's view; ping
// sends ICMP echo requests that walk the network like any other packet.
import { registerCommand, type CommandIO } from '../../images/process';
import { sync } from '../../images/shell/registry';
import { resolve, sleep, type Gen } from '../../images/effects';
import { inHostNetns, netlinkDump, ping as pingEffect, processesOf, viewOf, type NetView } from './view';
import type { NetlinkDump } from '../events';
import { psFormat, psTable } from './psFormats';

const IP_OBJECTS: Record<string, 'addr' | 'link' | 'route' | 'neigh'> = {
  a: 'addr', addr: 'addr', address: 'addr', l: 'link', link: 'link', r: 'route', ro: 'route', route: 'route', n: 'neigh', neigh: 'neigh', neighbor: 'neigh', neighbour: 'neigh',
};

function noNetlink(io: CommandIO, tool: string): number {
  io.err(`${tool}: cannot open netlink socket: Operation not permitted\n`);
  return 1;
}

export function* ip(io: CommandIO): Gen<number> {
  if (!canDump(io)) return noNetlink(io, 'ip');
  const args = io.argv.slice(1).filter((a) => !/^-[0-9a-z]+$/.test(a));
  const object = IP_OBJECTS[args[0] ?? 'addr'];
  if (!object) {
    io.err(io.busybox ? `ip: unknown command '${args[0] ?? ''}'\n` : `Object "${args[0] ?? ''}" is unknown, try "ip help".\n`);
    return io.busybox ? 1 : 255;
  }
  const text = (yield* tableText(io, object)) ?? '';
  const dev = object === 'addr' || object === 'link' ? deviceNamed(args.slice(1)) : undefined;
  if (dev === undefined) {
    io.out(text);
    return 0;
  }
  // `ip addr show eth0`, `ip link show dev cni0`: only that device's block.
  const blocks = text.split(/\n(?=\d+: )/).filter((b) => b.replace(/^\d+: /, '').split(/[@:]/)[0] === dev);
  if (blocks.length === 0) {
    io.err(io.busybox ? `ip: can't find device '${dev}'\n` : `Device "${dev}" does not exist.\n`);
    return 1;
  }
  io.out(blocks.map((b) => (b.endsWith('\n') ? b : b + '\n')).join(''));
  return 0;
}

/** Whether the process can read its namespace's tables: a view of its own, or the node's kernel. */
function canDump(io: CommandIO, what?: NetlinkDump): boolean {
  const view = viewOf(io.ctx);
  if (view) return what !== 'fdb' || view.fdb !== undefined;
  return inHostNetns(io.ctx);
}

/** One table as the tools print it: from the namespace's view, or dumped by the node's kernel over netlink. */
function* tableText(io: CommandIO, what: NetlinkDump): Gen<string | undefined> {
  const view = viewOf(io.ctx);
  if (view) return what === 'fdb' ? view.fdb?.() : view[what]();
  return yield* netlinkDump(what, io.busybox ? 'busybox' : 'iproute2');
}

/** The device after `show` / `list` (and an optional `dev`), if one is named. */
function deviceNamed(rest: string[]): string | undefined {
  if (!['show', 'list', 'ls', 'sh', 's'].includes(rest[0] ?? '')) return undefined;
  const words = rest.slice(1);
  return words[0] === 'dev' ? words[1] : words[0];
}

function* bridge(io: CommandIO): Gen<number> {
  if (!canDump(io, 'fdb')) return noNetlink(io, 'bridge');
  if ((io.argv[1] ?? 'fdb') !== 'fdb') {
    io.err(`Object "${io.argv[1] ?? ''}" is unknown, try "bridge help".\n`);
    return 255;
  }
  io.out((yield* tableText(io, 'fdb')) ?? '');
  return 0;
}

function iptablesSave(io: CommandIO): number {
  const view = viewOf(io.ctx);
  if (!view?.iptablesSave) {
    io.err('iptables-save v1.8.10 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n');
    return 1;
  }
  const t = io.argv.indexOf('-t');
  const table = t >= 0 ? io.argv[t + 1] : undefined;
  if (table !== undefined && table !== 'nat' && table !== 'filter') {
    io.err(`iptables-save v1.8.10 (nf_tables): Table '${table}' does not exist\n`);
    return 1;
  }
  io.out(table ? view.iptablesSave(table) : view.iptablesSave('filter') + view.iptablesSave('nat'));
  return 0;
}

function conntrack(io: CommandIO): number {
  const view = viewOf(io.ctx);
  if (!view?.conntrack) {
    io.err('conntrack v1.4.8 (conntrack-tools): Operation failed: Operation not permitted\n');
    return 1;
  }
  const op = io.argv[1];
  if (op !== '-L' && op !== '--dump') {
    io.err(`conntrack v1.4.8 (conntrack-tools): ${op === undefined ? 'no command specified' : `Unknown option ${op}`}\nTry \`conntrack -h' for more information.\n`);
    return 2;
  }
  const { text, count } = view.conntrack();
  io.out(text);
  io.err(`conntrack v1.4.8 (conntrack-tools): ${count} flow entries have been shown.\n`);
  return 0;
}

function ipvsadm(io: CommandIO): number {
  const view = viewOf(io.ctx);
  if (!view?.ipvsadm) {
    io.err("Can't initialize ipvs: Protocol not available\nAre you sure that IP Virtual Server is built in the kernel or as module?\n");
    return 1;
  }
  io.out(view.ipvsadm());
  return 0;
}

function ps(io: CommandIO): number {
  // Run by a shell (`ps` typed in `kubectl exec -it … sh`), ps is the shell's child and lists itself.
  const own = (argv: readonly string[]) => (argv[0] ?? '').split('/').pop();
  const child = own(io.argv) !== own(io.ctx.argv) ? io.argv.join(' ') : undefined;
  const procs = processesOf(io.ctx, child) ?? [{ pid: 1, user: 'root', cpu: 0, cmd: io.ctx.argv.join(' ') }];
  const format = io.busybox ? 'busybox' : psFormat(io.argv.slice(1));
  io.out(psTable(format, procs, io.ctx.now?.() ?? 0, io.ctx.memKb ?? 4_194_304, io.ctx.files?.read('/etc/passwd')));
  return 0;
}

interface PingArgs {
  count: number;
  host?: string;
}

function pingArgs(argv: string[]): PingArgs {
  const out: PingArgs = { count: Infinity };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-c') out.count = Number(argv[++i] ?? '1');
    else if (/^-c\d+$/.test(a)) out.count = Number(a.slice(2));
    else if (a === '-W' || a === '-w' || a === '-i' || a === '-s') i++;
    else if (!a.startsWith('-')) out.host = a;
  }
  return out;
}

/** busybox ping in Pods, iputils ping on nodes: same packets, different words. */
function* ping(io: CommandIO): Gen<number> {
  const args = pingArgs(io.argv);
  if (!args.host) {
    io.err(io.busybox ? 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n' : 'ping: usage error: Destination address required\n');
    return io.busybox ? 1 : 2;
  }
  let ip = args.host;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    const r = yield* resolve(ip);
    if (!r.ok || !r.ips[0]) {
      io.err(io.busybox ? `ping: bad address '${args.host}'\n` : `ping: ${args.host}: Name or service not known\n`);
      return io.busybox ? 1 : 2;
    }
    ip = r.ips[0];
  }
  const header = io.busybox ? `PING ${args.host} (${ip}): 56 data bytes\n` : `PING ${args.host} (${ip}) 56(84) bytes of data.\n`;
  // No route at all: iputils fails on connecting its socket, before printing anything;
  // busybox prints its header and fails on the first sendto.
  if (viewOf(io.ctx)?.hasRoute(ip) === false) {
    if (io.busybox) io.out(header);
    io.err(io.busybox ? 'ping: sendto: Network is unreachable\n' : 'ping: connect: Network is unreachable\n');
    return io.busybox ? 1 : 2;
  }
  io.out(header);
  const times: number[] = [];
  let sent = 0;
  const id = 7 + (io.ctx.hostname.length % 50);
  for (let seq = 0; seq < args.count; seq++) {
    sent++;
    const a = yield* pingEffect(ip, id, io.busybox ? seq : seq + 1, seq + 1 < args.count ? 1000 : 10_000);
    if (a.ok) {
      times.push(a.timeMs);
      io.out(`64 bytes from ${ip}: ${io.busybox ? 'seq' : 'icmp_seq'}=${io.busybox ? seq : seq + 1} ttl=${a.ttl} time=${a.timeMs.toFixed(3)} ms\n`);
      if (seq + 1 < args.count) yield* sleep(1000);
    }
  }
  io.out(pingSummary(args.host, sent, times, io.busybox));
  return times.length > 0 ? 0 : 1;
}

function pingSummary(host: string, sent: number, times: number[], busybox: boolean): string {
  const loss = sent === 0 ? 0 : Math.round(((sent - times.length) * 100) / sent);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const avg = times.reduce((a, b) => a + b, 0) / (times.length || 1);
  if (busybox) {
    const head = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n`;
    return times.length ? `${head}round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n` : head;
  }
  const mdev = Math.sqrt(times.reduce((a, t) => a + (t - avg) ** 2, 0) / (times.length || 1));
  const head = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${times.length} received, ${loss}% packet loss, time ${Math.max(0, sent - 1) * 1000}ms\n`;
  return times.length ? `${head}rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n` : head;
}

let registered = false;

/** Register the network tools with the image command registry (once). */
export function registerNetworkTools(): void {
  if (registered) return;
  registered = true;
  registerCommand('ip', ip);
  registerCommand('bridge', bridge);
  registerCommand('iptables-save', sync(iptablesSave));
  registerCommand('conntrack', sync(conntrack));
  registerCommand('ipvsadm', sync(ipvsadm));
  registerCommand('ps', sync(ps));
  registerCommand('ping', ping);
}

export type { NetView };
