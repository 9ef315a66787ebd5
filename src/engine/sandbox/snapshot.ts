import type { KubeObject } from '../api/objects';
import type { ApiServerContext } from '../apiServer/types';
import { cachedList } from '../apiServer/cache';
import type { CniContext } from '../cni/machine';
import type { RuntimeContext } from '../containerRuntime/types';
import type { EtcdContext } from '../etcd/machine';
import type { LaptopContext } from '../laptop/machine';
import type { RegistryContext } from '../registry/machine';
import type { InFlight } from '../runtime/network';
import type { Scenario } from '../scenario/types';
import type { NodeNetState } from '../nodeNet/types';
import { networkSnapshot, type NodeNetworkSnapshot } from './networkSnapshot';

/** The cluster at one moment, as plain data: what the viz draws and what tests compare. */
export interface ClusterSnapshot {
  /** Virtual ms since the cluster started. */
  time: number;
  /** The same moment as a timestamp. */
  now: string;
  /** Every stored object, by resource (`pods`, `nodes`, …), sorted by namespace and name. */
  objects: Record<string, KubeObject[]>;
  etcd: { revision: number; keys: string[] };
  nodes: NodeSnapshot[];
  registry: { repositories: { name: string; tags: string[] }[] };
  laptop: { files: string[]; images: { ref: string; id: string; size: number }[] };
  inFlight: InFlight[];
}

export interface NodeSnapshot {
  name: string;
  ip: string;
  podCIDR: string;
  role: 'control-plane' | 'worker';
  images: string[];
  sandboxes: SandboxSnapshot[];
  /** Addresses handed out by host-local IPAM, and the host end of each veth pair. */
  interfaces: { ip: string; hostVeth: string; mac: string; podUid: string }[];
  /** The node's kernel networking as `ip` shows it, and the Pod namespaces on cni0. */
  network?: NodeNetworkSnapshot;
}

export interface SandboxSnapshot {
  id: string;
  pod: { namespace: string; name: string; uid: string };
  ip?: string;
  state: string;
  containers: { id: string; name: string; image: string; state: string; exitCode?: number; attempt: number }[];
}

export interface Contexts {
  etcd: EtcdContext;
  apiServer: ApiServerContext;
  registry: RegistryContext;
  laptop: LaptopContext;
  runtimes: Map<string, RuntimeContext>;
  cnis: Map<string, CniContext>;
  stacks?: Map<string, { s: NodeNetState }>;
}

export function takeSnapshot(time: number, now: string, scenario: Scenario, c: Contexts, inFlight: InFlight[]): ClusterSnapshot {
  const objects: Record<string, KubeObject[]> = {};
  for (const resource of [...c.apiServer.cache.keys()].sort()) {
    objects[resource] = cachedList(c.apiServer, resource);
  }
  return {
    time,
    now,
    objects,
    etcd: { revision: c.etcd.revision, keys: [...c.etcd.kv.keys()].sort() },
    nodes: scenario.nodes.map((n) => withNetwork(nodeSnapshot(n.name, n.ip, n.podCIDR, n.role, c.runtimes.get(n.name), c.cnis.get(n.name)), c.stacks?.get(n.name)?.s)),
    registry: {
      repositories: [...c.registry.tags.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, tags]) => ({ name, tags: [...tags.keys()].sort() })),
    },
    laptop: {
      files: [...c.laptop.files.keys()].sort(),
      images: [...c.laptop.images.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ref, l]) => ({ ref, id: l.image.id, size: l.image.size })),
    },
    inFlight,
  };
}

function nodeSnapshot(name: string, ip: string, podCIDR: string, role: NodeSnapshot['role'], rt?: RuntimeContext, cni?: CniContext): NodeSnapshot {
  const sandboxes: SandboxSnapshot[] = [];
  for (const s of rt?.sandboxes.values() ?? []) {
    const containers = [...rt!.containers.values()]
      .filter((c) => c.sandboxId === s.id)
      .map((c) => ({ id: c.id, name: c.config.name, image: c.image.ref, state: c.state, ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}), attempt: c.config.attempt }));
    sandboxes.push({ id: s.id, pod: { namespace: s.config.namespace, name: s.config.name, uid: s.config.uid }, ...(s.ip ? { ip: s.ip } : {}), state: s.state, containers });
  }
  return {
    name,
    ip,
    podCIDR,
    role,
    images: [...(rt?.images.keys() ?? [])].sort(),
    sandboxes,
    interfaces: [...(cni?.interfaces.values() ?? [])].map((i) => ({ ip: i.ip, hostVeth: i.hostVeth, mac: i.mac, podUid: i.podUid })),
  };
}

function withNetwork(n: NodeSnapshot, s: NodeNetState | undefined): NodeSnapshot {
  return s ? { ...n, network: networkSnapshot(s) } : n;
}
