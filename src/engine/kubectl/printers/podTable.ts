// `kubectl get pods`: NAME READY STATUS RESTARTS AGE, and with -o wide the pod IP
// (status.podIPs[0]), NODE, NOMINATED NODE and READINESS GATES (true/total of the
// pod's readiness gates), `<none>` where there is nothing to show.
import type { Pod } from '../../api/objects';
import { ageOf, humanDuration } from './duration';
import { summarizePod } from './podStatus';
import { renderTable, type Column, type Row, type TableOptions } from './table';

const POD_COLUMNS: Column[] = [
  { name: 'Name' },
  { name: 'Ready' },
  { name: 'Status' },
  { name: 'Restarts' },
  { name: 'Age' },
  { name: 'IP', priority: 1 },
  { name: 'Node', priority: 1 },
  { name: 'Nominated Node', priority: 1 },
  { name: 'Readiness Gates', priority: 1 },
];

function readinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const conditions = pod.status?.conditions ?? [];
  const trueCount = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${trueCount}/${gates.length}`;
}

export function podRow(pod: Pod, now: number): Row {
  const s = summarizePod(pod);
  const restarts =
    s.restarts !== 0 && s.lastRestart !== undefined
      ? `${s.restarts} (${humanDuration(now - s.lastRestart)} ago)`
      : String(s.restarts);
  return {
    meta: pod.metadata,
    cells: [
      pod.metadata?.name ?? '',
      s.ready,
      s.status,
      restarts,
      ageOf(pod.metadata?.creationTimestamp, now),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates(pod),
    ],
  };
}

export function printPods(pods: Pod[], o: TableOptions): string {
  return renderTable(
    POD_COLUMNS,
    pods.map((p) => podRow(p, o.now)),
    o,
  );
}
