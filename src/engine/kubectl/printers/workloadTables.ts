// `kubectl get` tables for the workload controllers and config objects
// (printers.go v1.35): Deployment, ReplicaSet, StatefulSet, DaemonSet, Job,
// ConfigMap, Secret, ServiceAccount.
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IDaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IIoK8sApimachineryPkgApisMetaV1LabelSelector as LabelSelector } from '@kubernetes-models/apimachinery/apis/meta/v1/LabelSelector';
import type { Container, KubeObject } from '../../api/objects';
import { ageOf, humanDuration, parseTime } from './duration';
import { formatLabels, renderTable, type Column, type Row, type TableOptions } from './table';

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` when it selects everything. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text =
      e.operator === 'In' ? `${e.key} in (${values})`
      : e.operator === 'NotIn' ? `${e.key} notin (${values})`
      : e.operator === 'Exists' ? e.key
      : `!${e.key}`;
    reqs.push({ key: e.key, text });
  }
  reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return reqs.map((r) => r.text).join(',') || '<none>';
}

/** CONTAINERS and IMAGES of -o wide: the template's containers, comma-joined. */
function containerCells(containers: Container[] | undefined): string[] {
  const cs = containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

const WIDE_TEMPLATE: Column[] = [
  { name: 'Containers', priority: 1 },
  { name: 'Images', priority: 1 },
  { name: 'Selector', priority: 1 },
];

function rows<T extends { metadata?: KubeObject['metadata'] }>(objs: KubeObject[], cells: (o: T) => string[]): Row[] {
  return objs.map((obj) => ({ meta: obj.metadata, cells: cells(obj as unknown as T) }));
}

export function printDeployments(objs: KubeObject[], o: TableOptions): string {
  const cols: Column[] = [{ name: 'Name' }, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, { name: 'Age' }];
  const r = rows<IDeployment>(objs, (d) => [
    d.metadata?.name ?? '',
    `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
    String(d.status?.updatedReplicas ?? 0),
    String(d.status?.availableReplicas ?? 0),
    ageOf(d.metadata?.creationTimestamp, o.now),
    ...containerCells(d.spec?.template.spec?.containers),
    formatLabelSelector(d.spec?.selector),
  ]);
  return renderTable([...cols, ...WIDE_TEMPLATE], r, o);
}

export function printReplicaSets(objs: KubeObject[], o: TableOptions): string {
  const cols: Column[] = [{ name: 'Name' }, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, { name: 'Age' }];
  const r = rows<IReplicaSet>(objs, (rs) => [
    rs.metadata?.name ?? '',
    String(rs.spec?.replicas ?? 0),
    String(rs.status?.replicas ?? 0),
    String(rs.status?.readyReplicas ?? 0),
    ageOf(rs.metadata?.creationTimestamp, o.now),
    ...containerCells(rs.spec?.template?.spec?.containers),
    formatLabelSelector(rs.spec?.selector),
  ]);
  return renderTable([...cols, ...WIDE_TEMPLATE], r, o);
}

export function printStatefulSets(objs: KubeObject[], o: TableOptions): string {
  const cols: Column[] = [{ name: 'Name' }, { name: 'Ready' }, { name: 'Age' }, ...WIDE_TEMPLATE.slice(0, 2)];
  const r = rows<IStatefulSet>(objs, (s) => [
    s.metadata?.name ?? '',
    `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 0}`,
    ageOf(s.metadata?.creationTimestamp, o.now),
    ...containerCells(s.spec?.template.spec?.containers),
  ]);
  return renderTable(cols, r, o);
}

export function printDaemonSets(objs: KubeObject[], o: TableOptions): string {
  const names = ['Name', 'Desired', 'Current', 'Ready', 'Up-to-date', 'Available', 'Node Selector', 'Age'];
  const r = rows<IDaemonSet>(objs, (ds) => [
    ds.metadata?.name ?? '',
    String(ds.status?.desiredNumberScheduled ?? 0),
    String(ds.status?.currentNumberScheduled ?? 0),
    String(ds.status?.numberReady ?? 0),
    String(ds.status?.updatedNumberScheduled ?? 0),
    String(ds.status?.numberAvailable ?? 0),
    formatLabels(ds.spec?.template.spec?.nodeSelector),
    ageOf(ds.metadata?.creationTimestamp, o.now),
    ...containerCells(ds.spec?.template.spec?.containers),
    formatLabelSelector(ds.spec?.selector),
  ]);
  return renderTable([...names.map((name) => ({ name })), ...WIDE_TEMPLATE], r, o);
}

function jobStatus(job: IJob): string {
  const has = (type: string): boolean => (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  return 'Running';
}

function jobCompletions(job: IJob): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: IJob, now: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const done = parseTime(job.status?.completionTime);
  return humanDuration((done ?? now) - start);
}

export function printJobs(objs: KubeObject[], o: TableOptions): string {
  const cols: Column[] = [{ name: 'Name' }, { name: 'Status' }, { name: 'Completions' }, { name: 'Duration' }, { name: 'Age' }];
  const r = rows<IJob>(objs, (job) => [
    job.metadata?.name ?? '',
    jobStatus(job),
    jobCompletions(job),
    jobDuration(job, o.now),
    ageOf(job.metadata?.creationTimestamp, o.now),
    ...containerCells(job.spec?.template.spec?.containers),
    formatLabelSelector(job.spec?.selector),
  ]);
  return renderTable([...cols, ...WIDE_TEMPLATE], r, o);
}

const count = (v: unknown): number => (Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0);

export function printConfigMaps(objs: KubeObject[], o: TableOptions): string {
  const r = objs.map((cm) => ({
    meta: cm.metadata,
    cells: [cm.metadata?.name ?? '', String(count(cm.data) + count(cm.binaryData)), ageOf(cm.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Data' }, { name: 'Age' }], r, o);
}

export function printSecrets(objs: KubeObject[], o: TableOptions): string {
  const r = objs.map((s) => ({
    meta: s.metadata,
    cells: [s.metadata?.name ?? '', String(s.type ?? ''), String(count(s.data)), ageOf(s.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Type' }, { name: 'Data' }, { name: 'Age' }], r, o);
}

export function printServiceAccounts(objs: KubeObject[], o: TableOptions): string {
  const r = objs.map((sa) => ({
    meta: sa.metadata,
    cells: [sa.metadata?.name ?? '', String(count(sa.secrets)), ageOf(sa.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Secrets' }, { name: 'Age' }], r, o);
}
