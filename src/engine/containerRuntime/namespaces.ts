// What a container shares with its Pod and what it keeps to itself. The network, IPC and
// UTS namespaces are the sandbox's (pause holds them): `ip addr` shows the Pod's eth0.
// The PID namespace is the container's own — its main process is PID 1 — unless the Pod
// sets shareProcessNamespace, and then pause is PID 1 and every container's processes
// are visible to the others; an ephemeral container with a target joins that one's.
import { CLUSTER_CIDR } from '../nodeNet/devices';
import { podView } from '../nodeNet/show/view';
import type { NetView, ProcInfo } from '../nodeNet/tools/view';
import { effectiveArgv } from '../images';
import type { ContainerRecord, RuntimeContext, Sandbox } from './types';
import { runsAsRoot } from './fileMeta';

/** The Pod's network namespace as the CNI result described it. */
export function sandboxView(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox): NetView | undefined {
  const n = sandbox.net;
  if (!n || sandbox.config.hostNetwork) return undefined;
  const cidr = `${n.gateway.split('.').slice(0, 3).join('.')}.0/24`;
  return podView(
    {
      name: sandbox.netns,
      sandboxId: sandbox.id,
      pod: { namespace: sandbox.config.namespace, name: sandbox.config.name, uid: sandbox.config.uid },
      ip: n.ip,
      mac: n.mac,
      gateway: n.gateway,
      hostVeth: n.hostVeth,
      hostIndex: n.hostIndex,
      eth0Index: 2,
      routes: [
        { dst: 'default', via: n.gateway, dev: 'eth0' },
        { dst: CLUSTER_CIDR, via: n.gateway, dev: 'eth0' },
        { dst: cidr, dev: 'eth0', proto: 'kernel', scope: 'link', src: n.ip },
      ],
      neigh: [],
    },
    c.image.shell === 'ash' ? 'busybox' : 'iproute2',
    () => rt.net.now(),
  );
}

function userOf(c: ContainerRecord): string {
  const u = c.image.config.user;
  return runsAsRoot(u) ? 'root' : (u.split(':')[0] ?? u);
}

function cpuSeconds(rt: RuntimeContext, since: number | undefined): number {
  return since === undefined ? 0 : Math.floor((rt.net.now() - since) / 600_000);
}

/**
 * The containers whose processes share `c`'s PID namespace: the whole Pod's with
 * shareProcessNamespace; else the one whose namespace it is and those that joined it (an
 * ephemeral container started with `--target`), the owner first.
 */
function pidNamespace(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox): ContainerRecord[] {
  const running = [...rt.containers.values()].filter((x) => x.sandboxId === sandbox.id && x.state === 'CONTAINER_RUNNING');
  if (sandbox.config.sharePid) return running;
  const owner = c.config.pidTarget ?? c.id;
  const members = running.filter((x) => x.id === owner || x.config.pidTarget === owner);
  if (!members.includes(c)) members.push(c);
  return members.sort((a, b) => (a.id === owner ? -1 : b.id === owner ? 1 : 0));
}

/** The processes visible from a container, as `ps` lists them. */
export function processTable(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox, child?: string): ProcInfo[] {
  const members = pidNamespace(rt, c, sandbox);
  const shared = sandbox.config.sharePid || members.length > 1;
  const out: ProcInfo[] = [];
  const now = rt.epoch + rt.net.now();
  const since = (ms: number | undefined) => (ms === undefined ? now : rt.epoch + ms);
  if (sandbox.config.sharePid) out.push({ pid: 1, ppid: 0, user: '65535', cpu: 0, cmd: '/pause', start: since(sandbox.createdAt) });
  let next = sandbox.config.sharePid ? 7 : 1;
  for (const m of members) {
    let master = 0;
    for (const p of titles(m, rt.cpus)) {
      out.push({ pid: next, ppid: p.worker ? master : 0, user: p.user ?? userOf(m), cpu: cpuSeconds(rt, m.startedAt), cmd: p.cmd, start: since(m.startedAt) });
      if (!p.worker) master = next;
      next = next === 1 ? 7 : next + 1;
    }
    next += 5;
  }
  for (const e of rt.execs.values()) {
    if (!members.some((m) => m.id === e.containerId)) continue;
    out.push({ pid: shared ? next : e.pid, ppid: 0, user: userOf(c), cpu: 0, cmd: e.ctx.argv.join(' '), start: now });
    next += 6;
  }
  if (child !== undefined) {
    // A plain fork takes the namespace's next PID; its parent is the process that ran it, the newest.
    const parent = out[out.length - 1]!.pid;
    const pid = shared ? parent + 1 : (c.lastPid ?? 1) + 1;
    if (!shared) c.lastPid = pid;
    out.push({ pid, ppid: parent, user: userOf(c), cpu: 0, cmd: child, start: now });
  }
  return out;
}

/** What `ps` shows for a container's processes: nginx renames itself and forks workers. */
function titles(m: ContainerRecord, cpus: number): { cmd: string; user?: string; worker?: boolean }[] {
  const argv = effectiveArgv(m.image.config, m.config.command, m.config.args);
  if (m.image.behaviour === 'nginx' && argv.some((a) => /(^|\/)nginx$/.test(a))) {
    const master = { cmd: `nginx: master process ${argv.slice(argv.findIndex((a) => /(^|\/)nginx$/.test(a))).join(' ')}`, user: 'root' };
    return [master, ...Array.from({ length: cpus }, () => ({ cmd: 'nginx: worker process', user: '101', worker: true }))];
  }
  return [{ cmd: argv.join(' ') }];
}
