// Warnings the API server returns with a successful create (pkg/api/pod/warnings.go):
// kubectl prints them as `Warning: …`. The object is still stored.
import type { KubeObject } from '../api/objects';
import { asList, asObj, str, type Obj } from './meta';

interface PortBlock {
  list: string;
  ci: number;
  pi: number;
  hostIP: string;
  hostPort: number;
}

const fieldOf = (path: string, b: PortBlock): string => `${path}.${b.list}[${b.ci}].ports[${b.pi}]`;

/** Ports shared by two containers of one pod: allowed, and a bind failure waiting to happen. */
function portWarnings(spec: Obj, path: string): string[] {
  const warnings: string[] = [];
  const seen = new Map<string, PortBlock[]>();
  for (const list of ['initContainers', 'containers']) {
    asList(spec[list]).forEach((c, ci) => {
      asList(asObj(c).ports).forEach((raw, pi) => {
        const p = asObj(raw);
        const block: PortBlock = { list, ci, pi, hostIP: str(p.hostIP), hostPort: typeof p.hostPort === 'number' ? p.hostPort : 0 };
        if (block.hostIP && block.hostPort === 0) warnings.push(`${fieldOf(path, block)}: hostIP set without hostPort`);
        const key = `${String(p.containerPort)}/${str(p.protocol) || 'TCP'}`;
        const same = seen.get(key);
        for (const other of same ?? []) {
          if (block.hostIP === other.hostIP && block.hostPort === other.hostPort) {
            warnings.push(`${fieldOf(path, block)}: duplicate port definition with ${fieldOf(path, other)}`);
          } else if (block.hostPort === 0 || other.hostPort === 0) {
            warnings.push(`${fieldOf(path, block)}: overlapping port definition with ${fieldOf(path, other)}`);
          } else if (block.hostPort === other.hostPort && (block.hostIP === '') !== (other.hostIP === '')) {
            warnings.push(`${fieldOf(path, block)}: dangerously ambiguous port definition with ${fieldOf(path, other)}`);
          }
        }
        if (same) same.push(block);
        else seen.set(key, [block]);
      });
    });
  }
  return warnings;
}

function podSpecWarnings(specRaw: unknown, path: string): string[] {
  const spec = asObj(specRaw);
  const warnings: string[] = [];
  const grace = spec.terminationGracePeriodSeconds;
  if (typeof grace === 'number' && grace < 0) {
    warnings.push(`${path}.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1`);
  }
  return [...warnings, ...portWarnings(spec, path)];
}

const TEMPLATE_SPEC: Record<string, string[]> = {
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The warnings a create of this object draws, e.g. a containerPort used twice. */
export function objectWarnings(obj: KubeObject): string[] {
  if (obj.kind === 'Pod') return podSpecWarnings(obj.spec, 'spec');
  const path = TEMPLATE_SPEC[obj.kind];
  if (!path) return [];
  let spec: unknown = obj;
  for (const key of path) spec = asObj(spec)[key];
  return podSpecWarnings(spec, path.join('.'));
}
