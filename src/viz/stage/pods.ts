// A pod as the stage draws it: STATUS and READY from the API object (what kubectl shows),
// containers from the node's runtime when it has them (what is really there), so the
// learner sees a container start before the kubelet has reported it.
import type { ClusterSnapshot, NodeSnapshot, Pod, SandboxSnapshot } from '../../engine';
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

function apiContainer(name: string, kind: 'init' | 'app', st: { state?: ApiState } | undefined): ContainerView {
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
  for (const s of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) statuses.set(s.name, s as { state?: ApiState });
  for (const c of pod.spec?.initContainers ?? []) out.push(runtimeContainer(apiContainer(c.name, 'init', statuses.get(c.name)), sandbox));
  for (const c of pod.spec?.containers ?? []) out.push(runtimeContainer(apiContainer(c.name, 'app', statuses.get(c.name)), sandbox));
  return out;
}

function sandboxOf(node: NodeSnapshot | undefined, uid: string): SandboxSnapshot | undefined {
  let found: SandboxSnapshot | undefined;
  for (const s of node?.sandboxes ?? []) if (s.pod.uid === uid && (!found || s.state === 'SANDBOX_READY')) found = s;
  return found;
}

/** Every pod in the snapshot, in the API server's order (namespace, name). */
export function podViews(snapshot: ClusterSnapshot, describe: PodDescriber): PodView[] {
  const nodes = new Map(snapshot.nodes.map((n) => [n.name, n]));
  return (snapshot.objects.pods ?? []).map((obj) => {
    const pod = obj as Pod;
    const uid = pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`;
    const node = pod.spec?.nodeName;
    const status = describe.status(pod);
    const ip = pod.status?.podIP;
    return {
      uid,
      name: pod.metadata?.name ?? '',
      namespace: pod.metadata?.namespace ?? 'default',
      ...(node ? { node } : {}),
      ...(ip ? { ip } : {}),
      status,
      ready: describe.ready(pod),
      tone: statusTone(status),
      containers: containersOf(pod, sandboxOf(node ? nodes.get(node) : undefined, uid)),
    };
  });
}
