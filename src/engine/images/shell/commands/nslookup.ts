/**
 * busybox `nslookup`, in both of its shapes. busybox up to 1.28 prints `Address 1:` lines
 * with reverse names and `nslookup: can't resolve`; from 1.29 it prints `Name:`/`Address:`
 * pairs and `** server can't find …: NXDOMAIN` — and, because it honours the pod's search
 * list badly, the Kubernetes DNS-debugging page still recommends busybox:1.28.
 */
import { resolve, type Gen } from '../../effects';
import type { CommandIO } from '../registry';

const CLUSTER_DNS = '10.96.0.10';

/** Whether an image's busybox predates the 1.29 rewrite of nslookup. */
export function oldBusybox(versions: Record<string, string>): boolean {
  const v = versions.busybox;
  if (!v) return false;
  const [major = 0, minor = 0] = v.split('.').map(Number);
  return major === 1 && minor <= 28;
}

/** The Pod's nameserver, as its /etc/resolv.conf names it. */
function serverOf(io: CommandIO): string {
  const conf = io.ctx.files?.read('/etc/resolv.conf') ?? '';
  return /^nameserver\s+(\S+)/m.exec(conf)?.[1] ?? CLUSTER_DNS;
}

/**
 * Resolution goes the real path (UDP to that nameserver, search list applied); when nobody
 * answers — CoreDNS down, kube-dns without endpoints — it says so as busybox does.
 */
export function* nslookup(io: CommandIO): Gen<number> {
  const name = io.argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) {
    io.err('BusyBox nslookup: missing NAME\n');
    return 1;
  }
  const answer = yield* resolve(name);
  const server = answer.server ?? serverOf(io);
  const noServer = !answer.ok && (answer.error === 'ETIMEDOUT' || answer.error === 'ECONNREFUSED');
  if (oldBusybox(io.ctx.image.versions)) {
    io.out(`Server:    ${server}\nAddress 1: ${server}${noServer ? '' : ' kube-dns.kube-system.svc.cluster.local'}\n\n`);
    if (!answer.ok) {
      io.err(`nslookup: can't resolve '${name}'\n`);
      return 1;
    }
    io.out(`Name:      ${name}\n`);
    answer.ips.forEach((ip, i) => io.out(`Address ${i + 1}: ${ip}${answer.name ? ` ${answer.name}` : ''}\n`));
    return 0;
  }
  if (noServer) {
    io.out(';; connection timed out; no servers could be reached\n\n');
    return 1;
  }
  io.out(`Server:\t\t${server}\nAddress:\t${server}:53\n\n`);
  if (!answer.ok) {
    io.out(`** server can't find ${answer.name ?? name}: ${answer.error ?? 'NXDOMAIN'}\n\n`);
    return 1;
  }
  for (const ip of answer.ips) io.out(`Name:\t${answer.name ?? name}\nAddress: ${ip}\n`);
  io.out('\n');
  return 0;
}
