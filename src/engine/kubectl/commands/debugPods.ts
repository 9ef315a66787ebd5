// The Pods `kubectl debug` writes (kubectl/pkg/cmd/debug): an ephemeral container added
// to a running Pod, a copy of a Pod with a debug container (or changed images), and a
// Pod on a node in the node's namespaces with its root filesystem at /host.
import type { Container, Pod } from '../../api/objects';
import { randomSuffix, type KubectlEffect } from '../program';
import { profileSecurityContext, type DebugOptions } from './debugOptions';

type Step<T> = Generator<KubectlEffect, T, unknown>;
type Obj = Record<string, unknown>;

/** Every container name the Pod uses, of any kind (containerNameToRef). */
function namesIn(pod: Pod): Set<string> {
  const s = pod.spec;
  return new Set([...(s?.containers ?? []), ...(s?.initContainers ?? []), ...(s?.ephemeralContainers ?? [])].map((c) => c.name));
}

/** -c, or `debugger-` and five random characters not used in the Pod yet, said unless -q. */
export function* debugContainerName(o: DebugOptions, pod: Pod): Step<string> {
  if (o.container) return o.container;
  const taken = namesIn(pod);
  let name = '';
  while (!name || taken.has(name)) name = `debugger-${yield* randomSuffix(5)}`;
  if (!o.quiet) yield { op: 'out', text: `Defaulting debug container name to ${name}.\n` };
  return name;
}

/** The command after `--`, as the container's command, or its args with --arguments-only. */
function commandOf(o: DebugOptions): Obj {
  if (o.args.length === 0) return {};
  return o.argsOnly ? { args: o.args } : { command: o.args };
}

/** Fields in the order Go marshals a container; unset ones left out as `omitempty` does. */
function withSecurity(c: Obj, o: DebugOptions): Obj {
  const sc = profileSecurityContext(o.profile, c.securityContext as Obj | undefined);
  const { securityContext: _old, ...rest } = c;
  return sc ? { ...rest, securityContext: sc } : rest;
}

/**
 * generateDebugContainer: the ephemeral container, as the strategic merge patch that
 * adds it to the Pod's `ephemeralcontainers` subresource carries it.
 */
export function ephemeralContainer(o: DebugOptions, name: string): Obj {
  const ec: Obj = {
    name,
    image: o.image,
    ...commandOf(o),
    ...(o.env.length > 0 ? { env: o.env } : {}),
    resources: {},
    terminationMessagePolicy: 'File',
    ...(o.pullPolicy ? { imagePullPolicy: o.pullPolicy } : {}),
  };
  return {
    ...withSecurity(ec, o),
    ...(o.interactive ? { stdin: true } : {}),
    ...(o.tty ? { tty: true } : {}),
    ...(o.target ? { targetContainerName: o.target } : {}),
  };
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * generatePodCopyWithDebugContainer and the profile's changes: the copy has the
 * original's spec without its ephemeral containers or node (unless --same-node), the
 * images --set-image names, and the debug container (new, or the one -c names, changed).
 * Every profile drops the labels, so Services and controllers leave the copy alone;
 * the others also drop annotations, probes (unless --keep-…) and share the PID namespace.
 */
export function* podCopy(o: DebugOptions, pod: Pod, keep: Record<string, boolean>): Step<{ pod: Pod; container: string } | { error: string }> {
  const spec = JSON.parse(JSON.stringify(pod.spec)) as NonNullable<Pod['spec']>;
  delete spec.ephemeralContainers;
  if (o.shareProcesses !== undefined) spec.shareProcessNamespace = o.shareProcesses;
  if (!o.sameNode) delete spec.nodeName;
  for (const c of spec.containers) {
    const image = o.setImages.get(c.name) ?? o.setImages.get('*');
    if (image) c.image = image;
  }
  const meta = pod.metadata ?? {};
  const copy: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: o.copyTo, namespace: meta.namespace, ...(meta.annotations ? { annotations: meta.annotations } : {}) }, spec };
  let name = o.container;
  let c = [...spec.containers, ...(spec.initContainers ?? [])].find((x) => x.name === name);
  if (!c) {
    if (!o.image) return o.setImages.size > 0 ? { pod: copy, container: '' } : { error: 'you must specify image when creating new container' };
    if (!name) name = yield* debugContainerName(o, copy);
    c = { name, terminationMessagePolicy: 'File' } as Container;
    spec.containers.push(c);
  }
  if (o.args.length > 0) {
    if (o.argsOnly) c.args = o.args;
    else {
      c.command = o.args;
      delete c.args;
    }
  }
  if (o.env.length > 0) c.env = o.env;
  if (o.image) c.image = o.image;
  if (o.pullPolicy) c.imagePullPolicy = o.pullPolicy as Container['imagePullPolicy'];
  c.stdin = o.interactive;
  c.tty = o.tty;
  if (o.profile !== 'legacy') {
    if (!keep.annotations) delete copy.metadata!.annotations;
    for (const x of spec.containers) for (const p of PROBES) if (!keep[p]) delete x[p];
    if (!keep.initContainers) delete spec.initContainers;
    spec.shareProcessNamespace = true;
    Object.assign(c, withSecurity(c as unknown as Obj, o));
    if (!(c as unknown as Obj).securityContext) delete c.securityContext;
  }
  if (keep.labels && o.profile !== 'legacy' && meta.labels) copy.metadata!.labels = meta.labels;
  return { pod: copy, container: name };
}

/**
 * generateNodeDebugPod: `node-debugger-NODE-xxxxx`, bound to the node, tolerating every
 * taint, never restarted; the legacy and general profiles run it in the node's network,
 * PID and IPC namespaces with the node's root filesystem at /host.
 */
export function* nodeDebugPod(o: DebugOptions, node: string, namespace: string): Step<Pod> {
  const container = o.container || 'debugger';
  const name = `node-debugger-${node}-${yield* randomSuffix(5)}`;
  if (!o.quiet) yield { op: 'out', text: `Creating debugging pod ${name} with container ${container} on node ${node}.\n` };
  const hostNamespaces = o.profile === 'legacy' || o.profile === 'general' || o.profile === 'sysadmin' || o.profile === 'netadmin';
  const c: Obj = {
    name: container,
    image: o.image,
    ...commandOf(o),
    ...(o.env.length > 0 ? { env: o.env } : {}),
    resources: {},
    ...(hostNamespaces ? { volumeMounts: [{ name: 'host-root', mountPath: '/host' }] } : {}),
    terminationMessagePolicy: 'File',
    ...(o.pullPolicy ? { imagePullPolicy: o.pullPolicy } : {}),
  };
  const debugContainer = { ...(o.profile === 'general' ? c : withSecurity(c, o)), ...(o.interactive ? { stdin: true } : {}), ...(o.tty ? { tty: true } : {}) };
  const spec: Obj = {
    ...(hostNamespaces ? { volumes: [{ name: 'host-root', hostPath: { path: '/' } }] } : {}),
    containers: [debugContainer],
    restartPolicy: 'Never',
    nodeName: node,
    ...(hostNamespaces ? { hostNetwork: true, hostPID: true, hostIPC: true } : {}),
    tolerations: [{ operator: 'Exists' }],
  };
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'kubectl-debug' } }, spec } as unknown as Pod;
}
