// Which of a node's Pods `kubectl drain` may evict (kubectl pkg/drain/filters.go): each Pod
// goes through the filters in order until one says not to delete it; the last filter's
// verdict is kept. DaemonSet Pods, Pods with emptyDir data and Pods no controller owns stop
// the drain unless a flag allows them; mirror Pods are skipped.
import type { KubeList, Pod } from '../../api/objects';
import { parseTimestamp } from '../../runtime/time';
import { plainError, serverError, type GoError } from '../goErrors';
import { request, type KubectlEffect } from '../program';

type Step<T> = Generator<KubectlEffect, T, unknown>;

export interface DrainFilterOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  skipWaitForDeleteTimeoutSeconds: number;
  podSelector: string;
  /** The cluster's wall clock (epoch ms), for --skip-wait-for-delete-timeout. */
  now(): number;
}

export interface PodDeleteStatus {
  delete: boolean;
  reason: 'Okay' | 'Skip' | 'Warning' | 'Error';
  message: string;
}

export interface PodDelete {
  pod: Pod;
  status: PodDeleteStatus;
}

export const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
export const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
export const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
export const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
export const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
export const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

const OKAY: PodDeleteStatus = { delete: true, reason: 'Okay', message: '' };
const SKIP: PodDeleteStatus = { delete: false, reason: 'Skip', message: '' };
const warning = (del: boolean, message: string): PodDeleteStatus => ({ delete: del, reason: 'Warning', message });
const error = (message: string): PodDeleteStatus => ({ delete: false, reason: 'Error', message });

/**
 * GetPodsForDeletion: the node's Pods in every namespace (one LIST by `spec.nodeName`), each
 * with its verdict, and the errors that stop the drain.
 */
export function* podsForDeletion(nodeName: string, o: DrainFilterOptions): Step<{ list: PodDelete[]; errors: GoError[] } | { error: GoError }> {
  const query: Record<string, string> = { fieldSelector: `spec.nodeName=${nodeName}`, limit: '500' };
  if (o.podSelector) query.labelSelector = o.podSelector;
  const res = yield* request({ verb: 'list', resource: 'pods', groupVersion: 'v1', query });
  if (res.code >= 300) return { error: serverError(res) };
  const list: PodDelete[] = [];
  for (const pod of (res.body as KubeList).items as Pod[]) list.push({ pod, status: yield* filterPod(pod, o) });
  return { list, errors: listErrors(list) };
}

/** The filters in kubectl's order; the first that says not to delete ends the run. */
function* filterPod(pod: Pod, o: DrainFilterOptions): Step<PodDeleteStatus> {
  let status = skipDeletedFilter(pod, o);
  if (!status.delete) return status;
  status = yield* daemonSetFilter(pod, o);
  for (const filter of [mirrorPodFilter, localStorageFilter, unreplicatedFilter]) {
    if (!status.delete) return status;
    status = filter(pod, o);
  }
  return status;
}

const finished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
const controllerOf = (pod: Pod) => pod.metadata?.ownerReferences?.find((r) => r.controller === true);

/** shouldSkipPod: a Pod whose deletion began more than N seconds ago is not waited for. */
export function deletedLongAgo(pod: Pod, seconds: number, now: number): boolean {
  const at = parseTimestamp(pod.metadata?.deletionTimestamp);
  return seconds > 0 && at !== undefined && Math.trunc((now - at) / 1000) > seconds;
}

function skipDeletedFilter(pod: Pod, o: DrainFilterOptions): PodDeleteStatus {
  return deletedLongAgo(pod, o.skipWaitForDeleteTimeoutSeconds, o.now()) ? SKIP : OKAY;
}

/** A running DaemonSet Pod would only come back: it is never deleted, and stops the drain unless ignored. */
function* daemonSetFilter(pod: Pod, o: DrainFilterOptions): Step<PodDeleteStatus> {
  const ref = controllerOf(pod);
  if (!ref || ref.kind !== 'DaemonSet' || finished(pod)) return OKAY;
  const res = yield* request({ verb: 'get', resource: 'daemonsets', groupVersion: 'apps/v1', namespace: pod.metadata?.namespace, name: ref.name });
  if (res.code >= 300) {
    const message = serverError(res).message;
    return res.code === 404 && o.force ? warning(true, message) : error(message);
  }
  return o.ignoreDaemonSets ? warning(false, DAEMONSET_WARNING) : error(DAEMONSET_FATAL);
}

function mirrorPodFilter(pod: Pod): PodDeleteStatus {
  return pod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined ? SKIP : OKAY;
}

function localStorageFilter(pod: Pod, o: DrainFilterOptions): PodDeleteStatus {
  if (!(pod.spec?.volumes ?? []).some((v) => v.emptyDir !== undefined) || finished(pod)) return OKAY;
  return o.deleteEmptyDirData ? warning(true, LOCAL_STORAGE_WARNING) : error(LOCAL_STORAGE_FATAL);
}

function unreplicatedFilter(pod: Pod, o: DrainFilterOptions): PodDeleteStatus {
  if (finished(pod) || controllerOf(pod)) return OKAY;
  return o.force ? warning(true, UNMANAGED_WARNING) : error(UNMANAGED_FATAL);
}

/** PodDeleteList.Pods: the ones to evict, in the list's order. */
export function podsToDelete(list: PodDelete[]): Pod[] {
  return list.filter((p) => p.status.delete).map((p) => p.pod);
}

/** PodDeleteList.Warnings: `message: ns/pod, ns/pod` per message, joined by `; `. */
export function warningsText(list: PodDelete[]): string {
  return grouped(list, 'Warning', [DAEMONSET_WARNING, LOCAL_STORAGE_WARNING, UNMANAGED_WARNING])
    .map(([message, pods]) => `${message}: ${pods}`)
    .join('; ');
}

/** PodDeleteList.errors: one error per message, `cannot delete …: ns/pod, ns/pod`. */
function listErrors(list: PodDelete[]): GoError[] {
  return grouped(list, 'Error', [DAEMONSET_FATAL, LOCAL_STORAGE_FATAL, UNMANAGED_FATAL]).map(([message, pods]) =>
    plainError(message.toLowerCase().startsWith('cannot delete') ? `${message}: ${pods}` : `cannot delete ${message}: ${pods}`),
  );
}

/**
 * The Pods with this reason, by message. kubectl ranges over a Go map here, so it prints the
 * groups in any order; Pod Lab prints them in the filters' order, any other message last.
 */
function grouped(list: PodDelete[], reason: 'Warning' | 'Error', order: string[]): [string, string][] {
  const byMessage = new Map<string, string[]>();
  for (const { pod, status } of list) {
    if (status.reason !== reason) continue;
    const message = status.message || 'unexpected error';
    byMessage.set(message, [...(byMessage.get(message) ?? []), `${pod.metadata?.namespace}/${pod.metadata?.name}`]);
  }
  const rank = (m: string) => (order.includes(m) ? order.indexOf(m) : order.length);
  return [...byMessage.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([m, pods]) => [m, pods.join(', ')]);
}
