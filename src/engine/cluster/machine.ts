import { enqueueActions, setup, stopChild } from 'xstate';
import { apiServerMachine } from '../apiServer/machine';
import { cniMachine } from '../cni/machine';
import { containerRuntimeMachine } from '../containerRuntime/machine';
import { controllerManagerMachine } from '../controllerManager/machine';
import { etcdMachine } from '../etcd/machine';
import type { ImageManifest } from '../images/types';
import { kubectlMachine } from '../kubectl/machine';
import { kubeletMachine } from '../kubelet/machine';
import { laptopMachine } from '../laptop/machine';
import { registryMachine } from '../registry/machine';
import type { NetPort } from '../runtime/network';
import type { Scenario } from '../scenario/types';
import { schedulerMachine } from '../scheduler/machine';
import { imagesFor } from './images';
import { kubeadmMachine } from './kubeadm';
import { nodeNetMachine } from '../nodeNet/machine';
import { flanneldMachine } from '../nodeNet/flanneld';
import { networkActors } from './network';
import { kubeProxyMachine } from '../kubeProxy/machine';
import { coreDnsMachine } from '../coreDNS/machine';
import { SYSTEM_IMAGE_REFS } from '../images/entries/system';
import { nodeEtcHosts } from '../nodeNet/shell/nodeFiles';
import { wireHosts } from './wire';
import { memTotalKi } from '../kubelet/memTotal';

export interface ClusterInput {
  scenario: Scenario;
  seed: number | string;
  net: NetPort;
  epoch: number;
  catalog: ImageManifest[];
}

const MB = 1_000_000;

/** A process the laptop's shell started beside the cluster's own (a background job's `kubectl#PID`) has exited. */
export interface ProcessExit {
  type: 'process.exit';
  address: string;
}

/**
 * The whole cluster as one XState actor system. Each component is a child actor with a
 * `systemId` named as Kubernetes names it (`apiServer`, `kubelet/node-1`, …); they find
 * each other by that name and talk only through the network.
 */
export const clusterMachine = setup({
  types: {} as { input: ClusterInput; events: ProcessExit },
  actors: {
    etcd: etcdMachine,
    apiServer: apiServerMachine,
    scheduler: schedulerMachine,
    controllerManager: controllerManagerMachine,
    registry: registryMachine,
    laptop: laptopMachine,
    kubectl: kubectlMachine,
    kubelet: kubeletMachine,
    containerRuntime: containerRuntimeMachine,
    cni: cniMachine,
    kubeadm: kubeadmMachine,
    nodeNet: nodeNetMachine,
    flanneld: flanneldMachine,
    kubeProxy: kubeProxyMachine,
    coreDNS: coreDnsMachine,
  },
}).createMachine({
  id: 'cluster',
  entry: enqueueActions(({ enqueue, event }) => {
    const input = (event as unknown as { input: ClusterInput }).input;
    const { scenario, seed, net, epoch, catalog } = input;
    const base = (self: string) => ({ self, net, seed, epoch });
    enqueue.spawnChild('etcd', { id: 'etcd', systemId: 'etcd', input: base('etcd') });
    enqueue.spawnChild('apiServer', { id: 'apiServer', systemId: 'apiServer', input: { ...base('apiServer'), serviceCIDR: '10.96.0.0/12' } });
    enqueue.spawnChild('scheduler', { id: 'scheduler', systemId: 'scheduler', input: base('scheduler') });
    enqueue.spawnChild('controllerManager', { id: 'controllerManager', systemId: 'controllerManager', input: base('controllerManager') });
    const registryImages = scenario.registry.images.includes('*') ? catalog : imagesFor(catalog, scenario.registry.images);
    enqueue.spawnChild('registry', { id: 'registry', systemId: 'registry', input: { ...base('registry'), images: registryImages, bytesPerMs: (scenario.registry.bandwidthMBps * MB) / 1000 } });
    enqueue.spawnChild('laptop', {
      id: 'laptop',
      systemId: 'laptop',
      input: { ...base('laptop'), files: scenario.laptop.files, images: imagesFor(catalog, scenario.laptop.images), uploadBytesPerMs: (scenario.laptop.uploadMBps * MB) / 1000 },
    });
    enqueue.spawnChild('kubectl', { id: 'kubectl', systemId: 'kubectl', input: base('kubectl') });
    for (const a of networkActors(scenario, base)) enqueue.spawnChild(a.src, { id: a.id, systemId: a.id, input: a.input as never });
    for (const n of scenario.nodes) {
      const cni = `cni/${n.name}`;
      const runtime = `containerRuntime/${n.name}`;
      const kubelet = `kubelet/${n.name}`;
      enqueue.spawnChild('cni', { id: cni, systemId: cni, input: { ...base(cni), node: n.name, podCIDR: n.podCIDR } });
      enqueue.spawnChild('containerRuntime', {
        id: runtime,
        systemId: runtime,
        input: { ...base(runtime), node: n.name, nodeIP: n.ip, cpus: Number(n.cpu), memKb: memTotalKi(n.memory), preloaded: imagesFor(catalog, [...n.images, ...SYSTEM_IMAGE_REFS]), unpackBytesPerMs: 200_000 },
      });
      enqueue.spawnChild('kubelet', {
        id: kubelet,
        systemId: kubelet,
        input: {
          ...base(kubelet),
          node: { name: n.name, ip: n.ip, cpu: n.cpu, memory: n.memory, pods: n.pods, podCIDR: n.podCIDR, controlPlane: n.role === 'control-plane', labels: n.labels, taints: n.taints },
          etcHosts: nodeEtcHosts(n.name, wireHosts(scenario)),
        },
      });
    }
    enqueue.spawnChild('kubeadm', { id: 'kubeadm', systemId: 'kubeadm', input: { ...base('kubeadm'), scenario } });
  }),
  on: {
    // The process's actor leaves the system: messages still on their way to it are not delivered.
    'process.exit': { actions: stopChild(({ system, event }) => system.get(event.address)) },
  },
});
