// Routing decisions: the longest matching prefix of a table, and the route as `ip route`
// prints it (which is also the text a hop shows for the decision it made).
import { inCidr, parseCidr } from '../addr';
import type { Route } from '../types';

export function lookupRoute(routes: readonly Route[], dst: string): Route | undefined {
  let best: Route | undefined;
  let bestLen = -1;
  for (const r of routes) {
    const cidr = r.dst === 'default' ? '0.0.0.0/0' : r.dst;
    const len = parseCidr(cidr).prefix;
    if (len > bestLen && inCidr(dst, cidr)) {
      best = r;
      bestLen = len;
    }
  }
  return best;
}

/** iproute2's form: `10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink`. */
export function routeText(r: Route): string {
  const parts = [r.dst];
  if (r.via) parts.push(`via ${r.via}`);
  parts.push(`dev ${r.dev}`);
  if (r.proto) parts.push(`proto ${r.proto}`);
  if (r.scope) parts.push(`scope ${r.scope}`);
  if (r.src) parts.push(`src ${r.src}`);
  if (r.onlink) parts.push('onlink');
  return parts.join(' ');
}

/** busybox `ip route` (Pods): no proto, two spaces before src, a trailing space. */
export function busyboxRouteText(r: Route): string {
  let line = r.dst;
  if (r.via) line += ` via ${r.via}`;
  line += ` dev ${r.dev} `;
  if (r.scope) line += `scope ${r.scope} `;
  if (r.src) line += ` src ${r.src} `;
  return line;
}

/** The order the kernel lists the main table in: default first, then by address. */
export function sortRoutes(routes: readonly Route[]): Route[] {
  const key = (r: Route): [number, number] => {
    if (r.dst === 'default') return [-1, 0];
    const { base, prefix } = parseCidr(r.dst);
    return [base, prefix];
  };
  return [...routes].sort((a, b) => {
    const [ab, ap] = key(a);
    const [bb, bp] = key(b);
    return ab !== bb ? ab - bb : ap - bp;
  });
}
