// What the inspector shows about one thing on the stage: its API object, the Events about
// it, the traced messages that concern it, and plain answers to "why is it so?".
import type { ClusterSnapshot, KubeEvent, KubeObject, Pod, TraceEvent } from '../../engine';
import type { StageTarget } from '../../viz/stage/render';

/** What the inspector reads of any object: its kind and metadata (a Pod, a Node, …). */
export type Described = { kind?: string; metadata?: KubeObject['metadata'] };

export function objectFor(snapshot: ClusterSnapshot, target: StageTarget): KubeObject | undefined {
  if (target.kind === 'pod') return snapshot.objects.pods?.find((p) => p.metadata?.uid === target.id);
  if (target.kind === 'node') return snapshot.objects.nodes?.find((n) => n.metadata?.name === target.id);
  return undefined;
}

/** Events whose involvedObject is this object, oldest first (as `kubectl describe` lists them). */
export function eventsFor(snapshot: ClusterSnapshot, obj: Described): KubeEvent[] {
  const uid = obj.metadata?.uid;
  const name = obj.metadata?.name;
  const evs = (snapshot.objects.events ?? []) as unknown as KubeEvent[];
  return evs
    .filter((e) => (uid && e.involvedObject?.uid === uid) || (e.involvedObject?.kind === obj.kind && e.involvedObject?.name === name && (e.involvedObject?.namespace ?? '') === (obj.metadata?.namespace ?? '')))
    .sort((a, b) => String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(String(b.lastTimestamp ?? b.eventTime ?? '')));
}

function concernsPod(e: TraceEvent, pod: Described): boolean {
  const uid = pod.metadata?.uid;
  if (uid && e.ref?.uid === uid) return true;
  const name = pod.metadata?.name;
  const ns = pod.metadata?.namespace ?? 'default';
  if (e.ref?.kind === 'Pod' && e.ref.name === name && (e.ref.namespace ?? ns) === ns) return true;
  const key = e.detail?.key;
  return typeof key === 'string' && key === `/registry/pods/${ns}/${name}`;
}

/** The messages about a target: for a pod its ref, for a node its components, for a component its own. */
export function messagesFor(trace: readonly TraceEvent[], target: StageTarget, obj: Described | undefined, limit = 300): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = trace.length - 1; i >= 0 && out.length < limit; i--) {
    const e = trace[i]!;
    const hit =
      target.kind === 'pod'
        ? obj !== undefined && concernsPod(e, obj)
        : target.kind === 'node'
          ? e.from.endsWith(`/${target.id}`) || e.to.endsWith(`/${target.id}`)
          : e.from === target.id || e.to === target.id;
    if (hit) out.push(e);
  }
  return out.reverse();
}

export interface Reason {
  key: string;
  params: Record<string, string>;
}

type Terminated = { exitCode?: number; reason?: string };

function containerReasons(pod: Pod): Reason[] {
  const out: Reason[] = [];
  const st = pod.status;
  for (const s of [...(st?.initContainerStatuses ?? []), ...(st?.containerStatuses ?? []), ...(st?.ephemeralContainerStatuses ?? [])]) {
    const waiting = s.state?.waiting;
    const term = s.state?.terminated as Terminated | undefined;
    const last = s.lastState?.terminated as Terminated | undefined;
    if (waiting?.reason === 'CrashLoopBackOff') out.push({ key: 'why.crashLoop', params: { container: s.name, code: String(last?.exitCode ?? '?') } });
    else if (waiting?.reason) out.push({ key: 'why.waiting', params: { container: s.name, reason: waiting.reason, message: waiting.message ? ` — ${waiting.message}` : '' } });
    else if (term) out.push({ key: 'why.terminated', params: { container: s.name, reason: term.reason ?? '', code: String(term.exitCode ?? '?') } });
  }
  return out;
}

/** Why the pod is where and as it is, from its status and its Events. */
export function whyPod(pod: Pod, events: readonly KubeEvent[], ready: string): Reason[] {
  const out: Reason[] = [];
  const node = pod.spec?.nodeName;
  if (!node) {
    const failed = [...events].reverse().find((e) => e.reason === 'FailedScheduling');
    const cond = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
    const message = failed?.message ?? cond?.message;
    out.push(message ? { key: 'why.unschedulable', params: { message } } : { key: 'why.pending', params: {} });
    return out;
  }
  const scheduled = [...events].reverse().find((e) => e.reason === 'Scheduled');
  out.push({ key: 'why.scheduled', params: { node, message: scheduled?.message ?? `spec.nodeName: ${node}` } });
  const reasons = containerReasons(pod);
  out.push(...reasons);
  const [r, total] = ready.split('/');
  if (reasons.length === 0 && r === total && total !== '0') out.push({ key: 'why.running', params: { ready } });
  return out;
}
