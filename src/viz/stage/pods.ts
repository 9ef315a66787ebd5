// A pod as the stage draws it: STATUS and READY from the API object (what kubectl shows),
// containers from the node's runtime when it has them (what is really there), so the
// learner sees a container start before the kubelet has reported it.
import type { ClusterSnapshot, Pod, SandboxSnapshot } from '../../engine';
import { containerTone, statusTone, type Tone } from './tone';
import type { ContainerView } from './types';

/** kubectl's STATUS and READY columns, passed in so the viz never re-implements kubectl. */
export interface PodDescriber {
  status(pod: Pod): string;
  ready(pod: Pod): string;
}

export interface PodView {
  uid: string;
  name: string;
  namespace: string;
  node?: string;
  ip?: string;
  status: string;
  ready: string;
  tone: Tone;
  containers: ContainerView[];
}

type ApiState = { running?: unknown; waiting?: { reason?: string }; terminated?: { reason?: string; exitCode?: number } };

function apiContainer(name: string, kind: 'init' | 'app' | 'ephemeral', st: { state?: ApiState } | undefined): ContainerView {
  const s = st?.state;
  if (s?.running) return { name, kind, state: 'running', tone: 'ok' };
  if (s?.terminated) {
    const reason = s.terminated.reason ?? `exit ${s.terminated.exitCode ?? '?'}`;
    return { name, kind, state: 'exited', reason, tone: containerTone('terminated', reason) };
  }
  const reason = s?.waiting?.reason;
  return { name, kind, state: st ? 'waiting' : 'absent', ...(reason ? { reason } : {}), tone: reason ? containerTone('waiting', reason) : 'unknown' };
}

const RUNTIME_STATE: Record<string, string> = {
  CONTAINER_CREATED: 'created',
  CONTAINER_RUNNING: 'running',
  CONTAINER_EXITED: 'exited',
  CONTAINER_UNKNOWN: 'unknown',
};

function runtimeContainer(view: ContainerView, sandbox: SandboxSnapshot | undefined): ContainerView {
  const attempts = sandbox?.containers.filter((c) => c.name === view.name) ?? [];
  const latest = attempts.reduce<(typeof attempts)[number] | undefined>((a, c) => (!a || c.attempt >= a.attempt ? c : a), undefined);
  if (!latest) return view;
  const state = RUNTIME_STATE[latest.state] ?? latest.state;
  if (state === 'running') return { ...view, state, tone: 'ok' };
  if (state === 'created') return { ...view, state, tone: 'progress' };
  if (state === 'exited') {
    const reason = view.reason ?? (latest.exitCode === 0 ? 'Completed' : `exit ${latest.exitCode ?? '?'}`);
    return { ...view, state, reason, tone: containerTone('terminated', reason) };
  }
  return view;
}

function containersOf(pod: Pod, sandbox: SandboxSnapshot | undefined): ContainerView[] {
  const out: ContainerView[] = [];
  if (sandbox) out.push({ name: 'pause', kind: 'pause', state: sandbox.state === 'SANDBOX_READY' ? 'running' : 'stopped', tone: containerTone(sandbox.state) });
  const statuses = new Map<string, { state?: ApiState }>();
  const st = pod.status;
  for (const s of [...(st?.initContainerStatuses ?? []), ...(st?.containerStatuses ?? []), ...(st?.ephemeralContainerStatuses ?? [])]) statuses.set(s.name, s as { state?: ApiState });
  for (const c of pod.spec?.initContainers ?? []) out.push(runtimeContainer(apiContainer(c.name, 'init', statuses.get(c.name)), sandbox));
  for (const c of pod.spec?.containers ?? []) out.push(runtimeContainer(apiContainer(c.name, 'app', statuses.get(c.name)), sandbox));
  // kubectl debug's containers, in the same sandbox: drawn apart (dotted), since READY never counts them.
  for (const c of pod.spec?.ephemeralContainers ?? []) out.push(runtimeContainer(apiContainer(c.name, 'ephemeral', statuses.get(c.name)), sandbox));
  return out;
}

/** Each pod's sandbox by node and pod uid: the ready one when a pod has several (a restart). */
function sandboxesByPod(snapshot: ClusterSnapshot): Map<string, SandboxSnapshot> {
  const out = new Map<string, SandboxSnapshot>();
  for (const n of snapshot.nodes) {
    for (const s of n.sandboxes) {
      const key = `${n.name}/${s.pod.uid}`;
      const seen = out.get(key);
      if (!seen || s.state === 'SANDBOX_READY') out.set(key, s);
    }
  }
  return out;
}

/** What of a sandbox the stage draws; the same text means the same pod view. */
function sandboxSignature(s: SandboxSnapshot | undefined): string {
  if (!s) return '';
  let sig = `${s.id}:${s.state}`;
  for (const c of s.containers) sig += `|${c.name}:${c.state}:${c.attempt}:${c.exitCode ?? ''}`;
  return sig;
}

/**
 * Views already made, by the API object they were made from: the store replaces an object
 * when it changes, so a pod whose object and sandbox are as before needs no new view (a
 * redraw with a hundred pods then describes only the few that changed).
 */
const made = new WeakMap<Pod, { sandbox: string; status: PodDescriber['status']; ready: PodDescriber['ready']; view: PodView }>();

function podView(pod: Pod, sandbox: SandboxSnapshot | undefined, describe: PodDescriber): PodView {
  const sig = sandboxSignature(sandbox);
  const hit = made.get(pod);
  if (hit && hit.sandbox === sig && hit.status === describe.status && hit.ready === describe.ready) return hit.view;
  const uid = pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`;
  const node = pod.spec?.nodeName;
  const status = describe.status(pod);
  const ip = pod.status?.podIP;
  const view: PodView = {
    uid,
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? 'default',
    ...(node ? { node } : {}),
    ...(ip ? { ip } : {}),
    status,
    ready: describe.ready(pod),
    tone: statusTone(status),
    containers: containersOf(pod, sandbox),
  };
  made.set(pod, { sandbox: sig, status: describe.status, ready: describe.ready, view });
  return view;
}

/** Every pod in the snapshot, in the API server's order (namespace, name). */
export function podViews(snapshot: ClusterSnapshot, describe: PodDescriber): PodView[] {
  const sandboxes = sandboxesByPod(snapshot);
  return (snapshot.objects.pods ?? []).map((obj) => {
    const pod = obj as Pod;
    const uid = pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`;
    // Only a sandbox on the node the pod is bound to is the pod's (its kubelet runs it).
    const node = pod.spec?.nodeName;
    return podView(pod, node ? sandboxes.get(`${node}/${uid}`) : undefined, describe);
  });
}
