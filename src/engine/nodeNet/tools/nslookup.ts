// busybox `nslookup` answered by the real resolution path (UDP to the Pod's nameserver,
// search list applied), including what it prints when nobody answers — the message a
// learner sees when CoreDNS is down or kube-dns has no endpoints.
import { resolve, type Gen } from '../../images/effects';
import { oldBusybox } from '../../images/shell/commands/nslookup';
import type { CommandIO } from '../../images/shell/registry';

const CLUSTER_DNS = '10.96.0.10';

function serverOf(io: CommandIO): string {
  const conf = io.ctx.files?.read('/etc/resolv.conf') ?? '';
  return /^nameserver\s+(\S+)/m.exec(conf)?.[1] ?? CLUSTER_DNS;
}

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
    io.out(`** server can't find ${name}: ${answer.error ?? 'NXDOMAIN'}\n\n`);
    return 1;
  }
  for (const ip of answer.ips) io.out(`Name:\t${answer.name ?? name}\nAddress: ${ip}\n`);
  io.out('\n');
  return 0;
}
