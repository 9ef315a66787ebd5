// `kubectl get nodes`, `namespaces` and `events`, as the server-side table
// printers of kubernetes pkg/printers/internalversion build them.
import type { KubeEvent, Namespace, Node } from '../../api/objects';
import { ageOf, parseTime } from './duration';
import { renderTable, type Column, type Row, type TableOptions } from './table';

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';

/** Roles from `node-role.kubernetes.io/<role>` labels (and `kubernetes.io/role`), sorted. */
export function findNodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(NODE_ROLE_PREFIX) && k.length > NODE_ROLE_PREFIX.length) roles.add(k.slice(NODE_ROLE_PREFIX.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

/** STATUS: Ready/NotReady from the Ready condition, plus SchedulingDisabled when cordoned. */
function nodeStatus(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const status = ready ? [ready.status === 'True' ? 'Ready' : 'NotReady'] : ['Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeAddress(node: Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

const NODE_COLUMNS: Column[] = [
  { name: 'Name' },
  { name: 'Status' },
  { name: 'Roles' },
  { name: 'Age' },
  { name: 'Version' },
  { name: 'Internal-IP', priority: 1 },
  { name: 'External-IP', priority: 1 },
  { name: 'OS-Image', priority: 1 },
  { name: 'Kernel-Version', priority: 1 },
  { name: 'Container-Runtime', priority: 1 },
];

export function printNodes(nodes: Node[], o: TableOptions): string {
  const rows: Row[] = nodes.map((n) => {
    const info = n.status?.nodeInfo;
    return {
      meta: n.metadata,
      cells: [
        n.metadata?.name ?? '',
        nodeStatus(n),
        findNodeRoles(n).join(',') || '<none>',
        ageOf(n.metadata?.creationTimestamp, o.now),
        info?.kubeletVersion ?? '',
        nodeAddress(n, 'InternalIP'),
        nodeAddress(n, 'ExternalIP'),
        info?.osImage || '<unknown>',
        info?.kernelVersion || '<unknown>',
        info?.containerRuntimeVersion || '<unknown>',
      ],
    };
  });
  return renderTable(NODE_COLUMNS, rows, o);
}

export function printNamespaces(nss: Namespace[], o: TableOptions): string {
  const rows: Row[] = nss.map((ns) => ({
    meta: ns.metadata,
    cells: [ns.metadata?.name ?? '', ns.status?.phase ?? '', ageOf(ns.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Status' }, { name: 'Age' }], rows, o);
}

const EVENT_COLUMNS: Column[] = [
  { name: 'Last Seen' },
  { name: 'Type' },
  { name: 'Reason' },
  { name: 'Object' },
  { name: 'Subobject', priority: 1 },
  { name: 'Source', priority: 1 },
  { name: 'Message' },
  { name: 'First Seen', priority: 1 },
  { name: 'Count', priority: 1 },
  { name: 'Name', priority: 1 },
];

function eventRow(e: KubeEvent, now: number): Row {
  const firstSeen = parseTime(e.firstTimestamp) !== undefined ? ageOf(e.firstTimestamp, now) : ageOf(e.eventTime, now);
  let lastSeen = parseTime(e.lastTimestamp) !== undefined ? ageOf(e.lastTimestamp, now) : firstSeen;
  let count = e.count || 1;
  if (e.series) {
    lastSeen = ageOf(e.series.lastObservedTime, now);
    count = e.series.count ?? 0;
  }
  const kind = (e.involvedObject.kind ?? '').toLowerCase();
  const object = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
  const component = e.source?.component || e.reportingComponent || '';
  const host = e.source?.host || e.reportingInstance || '';
  return {
    meta: e.metadata,
    cells: [
      lastSeen,
      e.type ?? '',
      e.reason ?? '',
      object,
      e.involvedObject.fieldPath ?? '',
      host ? `${component}, ${host}` : component,
      (e.message ?? '').trim(),
      firstSeen,
      String(count),
      e.metadata?.name ?? '',
    ],
  };
}

/**
 * `kubectl get events`. kubectl does not sort them (kubernetes#29838 is still open):
 * they come in the API server's list order, which is etcd key order — namespace,
 * then event name. Event names are `<object>.<hex nanoseconds>`, so events group by
 * object and run oldest-first within it. Use --sort-by or `kubectl events` for time.
 */
export function printEvents(evs: KubeEvent[], o: TableOptions): string {
  return renderTable(
    EVENT_COLUMNS,
    evs.map((e) => eventRow(e, o.now)),
    o,
  );
}
