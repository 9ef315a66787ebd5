// `ipvsadm -Ln`: kube-proxy's ipvs mode as the kernel holds it, one virtual server per
// Service port with its real servers (the endpoints), masquerading forwarder.
import type { IpvsService } from '../types';

export function ipvsadmList(services: readonly IpvsService[]): string {
  const lines = ['IP Virtual Server version 1.2.1 (size=4096)', 'Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn'];
  for (const v of [...services].sort((a, b) => (`${a.proto}${a.vip}:${a.port}` < `${b.proto}${b.vip}:${b.port}` ? -1 : 1))) {
    lines.push(`${v.proto.toUpperCase()}  ${`${v.vip}:${v.port}`} ${v.scheduler}`);
    for (const r of v.reals) lines.push(`  -> ${`${r.ip}:${r.port}`.padEnd(28)} Masq    ${String(r.weight).padEnd(6)} 0          0         `);
  }
  return lines.join('\n') + '\n';
}
