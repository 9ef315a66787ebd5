/**
 * Helpers for goals.ts: small questions about the lesson state, named the way kubectl
 * would answer them. Every one is pure over `LessonState`.
 */
import { podReady as readyColumn, podStatusReason, type KubeObject, type Pod } from '../../engine';
import { matchesLabels, parseLabelSelector } from '../../engine/api/selectors';
import { traceEventMatches } from './predict';
import type { LessonState, TraceMatch } from './types';

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** Every stored object of a resource (`pods`, `namespaces`, `services`, …), in one namespace when `ns` is given. */
export function objects(s: LessonState, resource: string, ns?: string): KubeObject[] {
  const all = s.snapshot.objects[resource] ?? [];
  return ns === undefined ? all : all.filter((o) => o.metadata?.namespace === ns);
}

/** `kubectl get <resource> <name>` would find it. Cluster-scoped resources ignore `ns`. */
export function exists(s: LessonState, resource: string, name: string, ns = 'default'): boolean {
  return (s.snapshot.objects[resource] ?? []).some(
    (o) => o.metadata?.name === name && (o.metadata?.namespace === undefined || o.metadata.namespace === ns),
  );
}

export function pods(s: LessonState, ns = 'default'): Pod[] {
  return (s.snapshot.objects.pods ?? []).filter((p) => p.metadata?.namespace === ns) as Pod[];
}

export function pod(s: LessonState, name: string, ns = 'default'): Pod | undefined {
  return pods(s, ns).find((p) => p.metadata?.name === name);
}

/** `status.phase`: Pending, Running, Succeeded, Failed, Unknown. */
export function podPhase(s: LessonState, name: string, ns = 'default'): string | undefined {
  return pod(s, name, ns)?.status?.phase;
}

/** The STATUS column of `kubectl get pods`: `Init:1/2`, `ContainerCreating`, `Terminating`, … */
export function podStatus(s: LessonState, name: string, ns = 'default'): string | undefined {
  const p = pod(s, name, ns);
  return p ? podStatusReason(p) : undefined;
}

/** The READY column: `1/1`, `0/2`. */
export function podReadyColumn(s: LessonState, name: string, ns = 'default'): string | undefined {
  const p = pod(s, name, ns);
  return p ? readyColumn(p) : undefined;
}

/** The Pod's `Ready` condition is True. */
export function podReady(s: LessonState, name: string, ns = 'default'): boolean {
  return isReady(pod(s, name, ns));
}

function isReady(p: Pod | undefined): boolean {
  return p?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Pods matching a label selector (`app=web`, `app in (a,b)`, or a map) that are Ready. */
export function readyPods(s: LessonState, selector: string | Record<string, string>, ns = 'default'): number {
  return selected(s, selector, ns).filter(isReady).length;
}

/** Pods matching a label selector (`kubectl get pods -l …`). */
export function selected(s: LessonState, selector: string | Record<string, string>, ns = 'default'): Pod[] {
  const text =
    typeof selector === 'string'
      ? selector
      : Object.entries(selector)
          .map(([k, v]) => `${k}=${v}`)
          .join(',');
  const parsed = parseLabelSelector(text);
  if (!parsed.ok) throw new Error(`selector "${text}": ${parsed.error}`);
  return pods(s, ns).filter((p) => matchesLabels(parsed.selector, p.metadata?.labels));
}

/** The node a Pod is bound to (`spec.nodeName`), if it is scheduled. */
export function nodeOf(s: LessonState, podName: string, ns = 'default'): string | undefined {
  return pod(s, podName, ns)?.spec?.nodeName;
}

/** A container's status in a Pod, app or init container alike. */
export function containerStatus(
  s: LessonState,
  podName: string,
  container: string,
  ns = 'default',
): ContainerStatus | undefined {
  const st = pod(s, podName, ns)?.status;
  return [...(st?.initContainerStatuses ?? []), ...(st?.containerStatuses ?? [])].find(
    (c) => c.name === container,
  );
}

/** Trace events matching every given field (kind, step, from, to, ref name). */
export function traceFind(s: LessonState, match: TraceMatch): LessonState['trace'] {
  return s.trace.filter((e) => traceEventMatches(e, match));
}

export function traceHas(s: LessonState, match: TraceMatch): boolean {
  return s.trace.some((e) => traceEventMatches(e, match));
}

/** The learner ran a command matching `re` (typed or by a Run button). */
export function commandRan(s: LessonState, re: RegExp): boolean {
  return s.commands.some((c) => re.test(c.command));
}

/** A file in the laptop's working directory. */
export function hasFile(s: LessonState, path: string): boolean {
  return s.snapshot.laptop.files.includes(path);
}

/** The registry serves `repo:tag` (`luksa/kubia` means `docker.io/luksa/kubia:latest`). */
export function registryHas(s: LessonState, ref: string): boolean {
  const [repo, tag = 'latest'] = splitTag(ref);
  return s.snapshot.registry.repositories.some(
    (r) => r.name === fullRepository(repo) && r.tags.includes(tag),
  );
}

function splitTag(ref: string): [string, string | undefined] {
  const colon = ref.lastIndexOf(':');
  return colon > ref.lastIndexOf('/') ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, undefined];
}

function fullRepository(repo: string): string {
  const first = repo.split('/')[0]!;
  if (!repo.includes('/')) return `docker.io/library/${repo}`;
  return first.includes('.') || first.includes(':') || first === 'localhost' ? repo : `docker.io/${repo}`;
}
