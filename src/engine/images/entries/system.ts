/**
 * The images a kubeadm v1.35 cluster with flannel runs in kube-system and kube-flannel:
 * the control plane (static Pods), kube-proxy, CoreDNS and flannel. kubeadm pre-pulls
 * the control-plane ones; the DaemonSet images are on every node by the time a learner
 * arrives.
 */
import { defineImage } from '../manifest';
import type { ImageManifest } from '../types';
import { ALPINE } from './bases';

export const K8S_VERSION = 'v1.35.0';

/** distroless/static + one Go binary: the shape of every control-plane image. */
function controlPlane(name: string, size: number, ports: string[]): ImageManifest {
  return defineImage({
    ref: `registry.k8s.io/${name}:${K8S_VERSION}`,
    layers: [
      { createdBy: 'bazel build ... # gcr.io/distroless/static', size: 103_732 },
      { createdBy: `COPY /workspace/${name} /usr/local/bin/${name} # buildkit`, size },
    ],
    config: { entrypoint: [`/usr/local/bin/${name}`], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], exposedPorts: ports },
    behaviour: 'k8s-daemon',
    commands: [name],
    versions: { kubernetes: K8S_VERSION },
  });
}

export const KUBE_APISERVER = controlPlane('kube-apiserver', 27_429_614, ['6443/tcp']);
export const KUBE_CONTROLLER_MANAGER = controlPlane('kube-controller-manager', 24_960_105, ['10257/tcp']);
export const KUBE_SCHEDULER = controlPlane('kube-scheduler', 19_209_364, ['10259/tcp']);

/** kube-proxy ships iptables and ipset (a Debian base), as it needs them for its rules. */
export const KUBE_PROXY = defineImage({
  ref: `registry.k8s.io/kube-proxy:${K8S_VERSION}`,
  layers: [
    { createdBy: 'ADD distroless-iptables rootfs / # registry.k8s.io/build-image/distroless-iptables', size: 17_924_360 },
    { createdBy: 'COPY /workspace/kube-proxy /usr/local/bin/kube-proxy # buildkit', size: 13_286_116 },
  ],
  config: { entrypoint: ['/usr/local/bin/kube-proxy'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], exposedPorts: ['10249/tcp', '10256/tcp'] },
  behaviour: 'k8s-daemon',
  commands: ['kube-proxy', 'iptables', 'iptables-save', 'ipset', 'conntrack'],
  versions: { kubernetes: K8S_VERSION },
});

export const ETCD = defineImage({
  ref: 'registry.k8s.io/etcd:3.6.6-0',
  layers: [
    { createdBy: 'bazel build ... # gcr.io/distroless/static', size: 103_732 },
    { createdBy: 'COPY etcd etcdctl etcdutl /usr/local/bin/ # buildkit', size: 23_632_905 },
  ],
  config: { cmd: ['/usr/local/bin/etcd'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], exposedPorts: ['2379/tcp', '2380/tcp'] },
  behaviour: 'k8s-daemon',
  commands: ['etcd', 'etcdctl', 'etcdutl'],
  versions: { etcd: '3.6.6' },
});

/** CoreDNS: FROM scratch, the coredns binary; the kubernetes plugin answers cluster.local. */
export const COREDNS = defineImage({
  ref: 'registry.k8s.io/coredns/coredns:v1.13.1',
  layers: [
    { createdBy: 'COPY /etc/ssl/certs /etc/ssl/certs # buildkit', size: 127_331 },
    { createdBy: 'COPY /coredns /coredns # buildkit', size: 22_384_205 },
  ],
  config: { entrypoint: ['/coredns'], env: [], exposedPorts: ['53/tcp', '53/udp'] },
  behaviour: 'coredns',
  commands: ['coredns'],
  versions: { coredns: '1.13.1' },
});

export const FLANNEL = defineImage({
  ref: 'ghcr.io/flannel-io/flannel:v0.27.4',
  base: ALPINE,
  layers: [
    { createdBy: 'RUN /bin/sh -c apk add --no-cache iproute2 ca-certificates nftables iptables strongswan iptables-legacy wireguard-tools # buildkit', size: 9_104_235 },
    { createdBy: 'COPY dist/flanneld-amd64 /opt/bin/flanneld # buildkit', size: 12_407_311 },
    { createdBy: 'COPY dist/mk-docker-opts.sh /opt/bin/ # buildkit', size: 2_139 },
  ],
  config: { entrypoint: ['/opt/bin/flanneld'] },
  behaviour: 'k8s-daemon',
  commands: ['flanneld', 'iptables', 'iptables-save', 'bridge'],
  versions: { flannel: 'v0.27.4' },
});

export const FLANNEL_CNI_PLUGIN = defineImage({
  ref: 'ghcr.io/flannel-io/flannel-cni-plugin:v1.8.0-flannel1',
  base: ALPINE,
  layers: [{ createdBy: 'COPY dist/flannel-amd64 /flannel # buildkit', size: 4_377_590 }],
  config: { cmd: ['/flannel'] },
  behaviour: 'alpine',
  commands: ['flannel', 'cp'],
  versions: { 'flannel-cni-plugin': 'v1.8.0' },
});

export const SYSTEM: ImageManifest[] = [KUBE_APISERVER, KUBE_CONTROLLER_MANAGER, KUBE_SCHEDULER, KUBE_PROXY, ETCD, COREDNS, FLANNEL, FLANNEL_CNI_PLUGIN];

/** The references a fresh kubeadm + flannel node holds in its image store. */
export const SYSTEM_IMAGE_REFS = SYSTEM.map((i) => i.ref);
