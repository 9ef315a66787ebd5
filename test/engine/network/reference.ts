// The address plan of the networking reference, built on a fresh sandbox: pod A
// (10.244.1.5) and pod C (10.244.1.6) on node-1, pod B (10.244.2.7) on node-2, and
// Service default/web (port http 80/TCP → 8080, nodePort 30080, ClusterIP 10.96.123.45)
// whose endpoints are C and B. Filler Pods pinned to each node move host-local IPAM to
// the reference addresses.
import { createSandbox, type Sandbox, type TraceEvent } from '../../../src/engine';

function pinned(name: string, node: string, image: string, labels: Record<string, string>, args?: string[]): string {
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    ...(Object.keys(labels).length ? ['  labels:', ...Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`)] : []),
    'spec:',
    `  nodeName: ${node}`,
    '  containers:',
    `  - name: ${name}`,
    `    image: ${image}`,
    ...(args ? [`    args: [${args.map((a) => `"${a}"`).join(', ')}]`] : []),
  ];
  return lines.join('\n') + '\n';
}

export const WEB_SERVICE = (policy: 'Cluster' | 'Local' = 'Cluster'): string => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  clusterIP: 10.96.123.45
  externalTrafficPolicy: ${policy}
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 8080
    nodePort: 30080
`;

function apply(sb: Sandbox, name: string, yaml: string): void {
  sb.writeFile(name, yaml);
  const r = sb.run(`kubectl apply -f ${name}`);
  if (r.exitCode !== 0) throw new Error(r.output);
}

/** A sandbox with the reference's Pods and Service, everything Running and programmed. */
export function referenceCluster(seed: number | string = 1): Sandbox {
  const sb = createSandbox({ seed });
  const fill = (node: string, n: number, prefix: string): string => Array.from({ length: n }, (_, i) => pinned(`${prefix}${i}`, node, 'busybox', {}, ['sleep', '3600'])).join('---\n');
  apply(sb, 'fill.yaml', `${fill('node-1', 3, 'fill-a')}---\n${fill('node-2', 5, 'fill-b')}`);
  sb.run('sleep 10');
  apply(sb, 'a.yaml', pinned('a', 'node-1', 'busybox', {}, ['sleep', '3600']));
  sb.run('sleep 5');
  apply(sb, 'c.yaml', pinned('c', 'node-1', 'luksa/kubia', { app: 'web' }));
  apply(sb, 'b.yaml', pinned('b', 'node-2', 'luksa/kubia', { app: 'web' }));
  apply(sb, 'web.yaml', WEB_SERVICE());
  sb.run('sleep 40');
  return sb;
}

export type Hop = Record<string, string | number | boolean | null>;

/** The hops of every walk recorded since `from`, grouped by walk id in order. */
export function walksSince(sb: Sandbox, from: number): Map<string, Hop[]> {
  const walks = new Map<string, Hop[]>();
  for (const e of sb.trace.slice(from) as TraceEvent[]) {
    if (e.kind !== 'packet.hop' || !e.detail) continue;
    const id = String(e.detail.walk);
    const list = walks.get(id) ?? [];
    list.push({ ...e.detail, component: e.from });
    walks.set(id, list);
  }
  return walks;
}

/** Run a command and return the hops of the walks it produced. */
export function walk(sb: Sandbox, command: string): { output: string; walks: Hop[][] } {
  const from = sb.trace.length;
  const r = sb.run(command);
  return { output: r.output, walks: [...walksSince(sb, from).values()] };
}

/** The index of the first hop (at or after `start`) that matches. */
export function find(hops: Hop[], match: Partial<Hop>, start = 0): number {
  for (let i = start; i < hops.length; i++) {
    const h = hops[i]!;
    if (Object.entries(match).every(([k, v]) => (typeof v === 'string' && typeof h[k] === 'string' && v.startsWith('~') ? String(h[k]).includes(v.slice(1)) : h[k] === v))) return i;
  }
  return -1;
}

/** Assert the hops appear in this order (each a subset match); returns their positions. */
export function inOrder(hops: Hop[], ...matches: Partial<Hop>[]): number[] {
  const at: number[] = [];
  let i = 0;
  for (const m of matches) {
    const j = find(hops, m, i);
    if (j < 0) throw new Error(`no hop matching ${JSON.stringify(m)} after hop ${i}:\n${hops.slice(i).map((h) => JSON.stringify(h)).join('\n')}`);
    at.push(j);
    i = j + 1;
  }
  return at;
}

/** `ip addr` on a node, parsed into device → MAC. */
export function nodeMacs(sb: Sandbox, node: string): Record<string, string> {
  const text = sb.run(`node-shell ${node} -- ip link`).output;
  const macs: Record<string, string> = {};
  let dev = '';
  for (const line of text.split('\n')) {
    const head = /^\d+: ([^:@]+)/.exec(line);
    if (head) dev = head[1]!;
    const mac = /link\/ether (\S+)/.exec(line);
    if (mac && dev) macs[dev] = mac[1]!;
  }
  return macs;
}

/** A Pod's eth0 MAC and host veth, as the CNI plugin recorded them (the snapshot shows them). */
export function podIface(sb: Sandbox, ip: string): { mac: string; hostVeth: string } {
  for (const n of sb.snapshot().nodes) for (const i of n.interfaces) if (i.ip === ip) return { mac: i.mac, hostVeth: i.hostVeth };
  throw new Error(`no interface with ${ip}`);
}
