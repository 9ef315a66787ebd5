import { describe, expect, it } from 'vitest';
import { allocate, newIpam, release } from '../../../src/engine/cni/ipam';
import { cniMachine } from '../../../src/engine/cni/machine';
import { registryMachine } from '../../../src/engine/registry/machine';
import { defaultCatalog } from '../../../src/engine/images';
import { startAlone } from '../../support/actors';

describe('host-local IPAM', () => {
  it('skips the network and the gateway (.1), starts at .2, and moves on after a release', () => {
    const ipam = newIpam('10.244.1.0/24');
    expect([allocate(ipam, 'a'), allocate(ipam, 'b'), allocate(ipam, 'c')]).toEqual(['10.244.1.2', '10.244.1.3', '10.244.1.4']);
    expect(release(ipam, 'b')).toBe('10.244.1.3');
    expect(allocate(ipam, 'd')).toBe('10.244.1.5');
  });

  it('wraps round and reports a full range', () => {
    const ipam = newIpam('10.244.9.0/30');
    expect(allocate(ipam, 'a')).toBe('10.244.9.2');
    expect(allocate(ipam, 'b')).toBeUndefined();
  });
});

describe('CNI ADD/DEL', () => {
  it('answers ADD with an address from the node\'s podCIDR and a vethXXXXXXXX host end', () => {
    const { actor, net } = startAlone(cniMachine, 'cni/node-1', { node: 'node-1', podCIDR: '10.244.1.0/24' });
    actor.send({ type: 'cni.ADD', requestId: 'r1', replyTo: 'containerRuntime/node-1', sandboxId: 's1', podUid: 'u1', netns: '/var/run/netns/cni-x' });
    // The bridge plugin asks the node's kernel for the veth pair and routes, then answers.
    const plan = net.last('net.podAdd') as unknown as { requestId: string; plan: { ip: string; hostVeth: string } };
    expect(plan.plan).toMatchObject({ ip: '10.244.1.2' });
    expect(net.sent.map((s) => s.event.type)).toEqual(['net.podAdd']);
    actor.send({ type: 'net.podAdded', requestId: plan.requestId, hostIndex: 6, gateway: '10.244.1.1' });
    expect(net.last('cni.result')).toMatchObject({ ok: true, ip: '10.244.1.2', gateway: '10.244.1.1' });
    expect(net.last('cni.result').hostVeth).toMatch(/^veth[0-9a-f]{8}$/);
    actor.send({ type: 'cni.DEL', requestId: 'r2', replyTo: 'containerRuntime/node-1', sandboxId: 's1' });
    const del = net.last('net.podDel') as unknown as { requestId: string };
    actor.send({ type: 'net.podDeleted', requestId: del.requestId });
    expect(actor.getSnapshot().context.interfaces.size).toBe(0);
    expect(actor.getSnapshot().context.ipam.allocated.size).toBe(0);
  });
});

describe('registry', () => {
  const images = defaultCatalog();
  const nginx = images.find((i) => i.ref === 'docker.io/library/nginx:1.27')!;

  it('resolves a tag to its manifest, and says which kind of missing', () => {
    const { actor, net } = startAlone(registryMachine, 'registry', { images, bytesPerMs: 50_000 });
    actor.send({ type: 'registry.manifest.get', requestId: '1', replyTo: 'x', ref: 'nginx:1.27' });
    expect(net.last('registry.response')).toMatchObject({ ok: true, code: 200, manifest: { digest: nginx.digest } });
    actor.send({ type: 'registry.manifest.get', requestId: '2', replyTo: 'x', ref: 'nginx:1.161' });
    expect(net.last('registry.response')).toMatchObject({ ok: false, error: 'MANIFEST_UNKNOWN' });
    actor.send({ type: 'registry.manifest.get', requestId: '3', replyTo: 'x', ref: 'nginxx' });
    expect(net.last('registry.response')).toMatchObject({ ok: false, error: 'NAME_UNKNOWN' });
  });

  it('takes longer to serve a bigger layer', () => {
    const { actor, net } = startAlone(registryMachine, 'registry', { images, bytesPerMs: 50_000 });
    const [small, big] = [...nginx.layers].sort((a, b) => a.size - b.size).filter((_, i, a) => i === 0 || i === a.length - 1);
    const latency: number[] = [];
    const post = net.post.bind(net);
    net.post = (from, env) => {
      latency.push(env.latency ?? 0);
      post(from, env);
    };
    actor.send({ type: 'registry.blob.get', requestId: 'a', replyTo: 'x', repository: 'docker.io/library/nginx', digest: small!.digest, size: small!.size });
    actor.send({ type: 'registry.blob.get', requestId: 'b', replyTo: 'x', repository: 'docker.io/library/nginx', digest: big!.digest, size: big!.size });
    expect(latency[1]!).toBeGreaterThan(latency[0]!);
    expect(latency[1]).toBe(Math.ceil(big!.size / 50_000) + 20);
  });
});
