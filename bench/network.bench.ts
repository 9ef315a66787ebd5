// The networking benchmark (run with `npx tsx bench/network.bench.ts`): 200 Services
// over the same 50 Pods — 10,000 endpoints in every node's nat table — then 10,000
// packet walks (HTTP requests to ClusterIPs, each SYN → SYN-ACK → request → response
// through kube-proxy's DNAT and the VXLAN overlay). Prints walks per second.
import { createSandbox, type Sandbox } from '../src/engine';

const PODS = 50;
const SERVICES = Number(process.env.SVCS ?? 200);
const WALKS = Number(process.env.WALKS ?? 10_000);
const PER_EXEC = 100;

function podList(): string {
  const items = Array.from({ length: PODS }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `backend-${i}`, labels: { app: 'bench' } },
    spec: { containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] },
  }));
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}

function serviceList(): string {
  const items = Array.from({ length: SERVICES }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: `svc-${i}` },
    spec: { selector: { app: 'bench' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  }));
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
}

function must(sb: Sandbox, cmd: string): string {
  const r = sb.run(cmd);
  if (r.exitCode !== 0) throw new Error(`${cmd}\n${r.output}`);
  return r.output;
}

function clusterIPs(sb: Sandbox): string[] {
  return [...must(sb, 'kubectl get svc').matchAll(/^svc-\d+ +ClusterIP +(\S+)/gm)].map((m) => m[1]!);
}

/** Count the distinct walks recorded, then forget the trace so memory stays flat. */
function drainWalks(sb: Sandbox): number {
  const trace = sb.trace as unknown as { kind: string; detail?: Record<string, unknown> }[];
  const walks = new Set<unknown>();
  for (const e of trace) if (e.kind === 'packet.hop') walks.add(e.detail?.walk);
  (trace as unknown[]).length = 0;
  return walks.size;
}

function main(): void {
  const t0 = performance.now();
  const sb = createSandbox({ seed: 1 });
  sb.writeFile('pods.json', podList());
  sb.writeFile('services.json', serviceList());
  must(sb, 'kubectl create -f pods.json');
  must(sb, 'kubectl run client --image=busybox --restart=Never -- sleep 36000');
  must(sb, 'sleep 60');
  const tRules = performance.now();
  must(sb, 'kubectl create -f services.json');
  must(sb, 'sleep 5');
  const rulesMs = performance.now() - tRules;
  const nat = must(sb, 'node-shell node-1 -- iptables-save -t nat').split('\n');
  const seps = nat.filter((l) => l.startsWith('-A KUBE-SEP-') && l.includes('DNAT')).length;
  console.log(`setup ${((tRules - t0) / 1000).toFixed(1)} s; ${SERVICES} Services × ${PODS} endpoints programmed in ${rulesMs.toFixed(0)} ms (${seps} KUBE-SEP DNAT rules, ${nat.length} nat lines on node-1)`);
  const ips = clusterIPs(sb);
  drainWalks(sb);
  let walks = 0;
  const tWalks = performance.now();
  for (let batch = 0; walks < WALKS; batch++) {
    const ip = ips[batch % ips.length]!;
    must(sb, `kubectl exec client -- sh -c 'for i in $(seq 1 ${PER_EXEC}); do wget -qO- ${ip} >/dev/null; done'`);
    walks += drainWalks(sb);
  }
  const s = (performance.now() - tWalks) / 1000;
  console.log(`${walks} packet walks in ${s.toFixed(2)} s: ${Math.round(walks / s)} walks/s`);
}

main();
