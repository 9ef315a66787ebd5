import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine';
import { candidates, parseResolvConf } from '../../../src/engine/containerRuntime/netTasks';
import { answer } from '../../../src/engine/coreDNS/zone';
import type { Service } from '../../../src/engine/api/objects';

const CLUSTER_FIRST = parseResolvConf(['search default.svc.cluster.local svc.cluster.local cluster.local', 'nameserver 10.96.0.10', 'options ndots:5']);

describe('the resolver', () => {
  it('tries the search list first for names with fewer than ndots dots', () => {
    expect(candidates('web', CLUSTER_FIRST)).toEqual(['web.default.svc.cluster.local', 'web.svc.cluster.local', 'web.cluster.local', 'web']);
    expect(candidates('web.prod', CLUSTER_FIRST)[0]).toBe('web.prod.default.svc.cluster.local');
  });

  it('tries a name with enough dots, or a trailing dot, as it is', () => {
    expect(candidates('a.b.c.d.e.f', CLUSTER_FIRST)[0]).toBe('a.b.c.d.e.f');
    expect(candidates('web.default.svc.cluster.local.', CLUSTER_FIRST)).toEqual(['web.default.svc.cluster.local']);
  });
});

describe('CoreDNS’s cluster.local zone', () => {
  const web = { metadata: { name: 'web', namespace: 'default' }, spec: { clusterIP: '10.96.123.45' } } as Service;
  const data = { services: new Map([['default/web', web]]), slices: new Map() };

  it('answers a Service name with its ClusterIP and a Pod name with the IP it spells', () => {
    expect(answer(data, 'web.default.svc.cluster.local')).toMatchObject({ rcode: 'NOERROR', ips: ['10.96.123.45'] });
    expect(answer(data, '10-244-1-5.default.pod.cluster.local')).toMatchObject({ rcode: 'NOERROR', ips: ['10.244.1.5'] });
  });

  it('says NXDOMAIN for what does not exist', () => {
    expect(answer(data, 'web.svc.cluster.local').rcode).toBe('NXDOMAIN');
    expect(answer(data, 'nope.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
    expect(answer(data, 'example.com').rcode).toBe('NXDOMAIN');
  });
});

describe('name resolution from a Pod', () => {
  it('reaches CoreDNS through the kube-dns ClusterIP and walks the search list', () => {
    const sb = createSandbox({ seed: 11 });
    sb.run('kubectl run c --image=busybox --restart=Never -- sleep 3600');
    sb.run('sleep 20');
    const from = sb.trace.length;
    const out = sb.run('kubectl exec c -- nslookup kubernetes').output;
    expect(out).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
    const queries = sb.trace.slice(from).filter((e) => e.kind === 'dns.query').map((e) => e.detail?.name);
    expect(queries).toEqual(['kubernetes.default.svc.cluster.local']);
    const hops = sb.trace.slice(from).filter((e) => e.kind === 'packet.hop' && e.detail?.action === 'DNAT');
    expect(hops[0]?.detail?.chain).toMatch(/^nat PREROUTING › KUBE-SERVICES › KUBE-SVC-TCOU7JCQXEZGVUNU › KUBE-SEP-/);
  });

  it('says no server could be reached when kube-dns has no endpoints', () => {
    const sb = createSandbox({ seed: 12 });
    sb.run('kubectl run c --image=busybox --restart=Never -- sleep 3600');
    sb.run('sleep 20');
    // Deleted Pods of a ReplicaSet come back; deleting the Deployment takes them for good.
    sb.run('kubectl delete deployment coredns -n kube-system');
    sb.run('sleep 40');
    const r = sb.run('kubectl exec c -- nslookup kubernetes');
    expect(r.output).toBe(';; connection timed out; no servers could be reached\n\ncommand terminated with exit code 1\n');
  });
});
