import { parse } from 'yaml';
import { defaultScenario, node } from './default';
import type { Scenario, ScenarioNode } from './types';

export type ScenarioLoad = { ok: true; scenario: Scenario } | { ok: false; error: string };

/**
 * Read a scenario file. Anything it leaves out comes from the default cluster, so a lesson
 * can say only what differs: `nodes:` with names and sizes, `laptop.files`, `objects`.
 */
export function loadScenario(text: string): ScenarioLoad {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    return { ok: false, error: `scenario: ${(e as Error).message}` };
  }
  if (raw === null || raw === undefined) return { ok: true, scenario: defaultScenario() };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'scenario: the file must be a YAML mapping' };
  return fromObject(raw as Record<string, unknown>);
}

export function fromObject(raw: Record<string, unknown>): ScenarioLoad {
  const base = defaultScenario();
  const known = ['name', 'startTime', 'clusterAgeSeconds', 'nodes', 'registry', 'laptop', 'objects', 'kubeProxyMode'];
  const unknown = Object.keys(raw).filter((k) => !known.includes(k));
  if (unknown.length > 0) return { ok: false, error: `scenario: unknown field "${unknown[0]}" (known: ${known.join(', ')})` };
  const nodes = raw.nodes === undefined ? base.nodes : readNodes(raw.nodes);
  if (typeof nodes === 'string') return { ok: false, error: nodes };
  const registry = (raw.registry ?? {}) as Partial<Scenario['registry']>;
  const laptop = (raw.laptop ?? {}) as Partial<Scenario['laptop']>;
  const objects = raw.objects;
  if (objects !== undefined && typeof objects !== 'string') return { ok: false, error: 'scenario: objects must be a YAML string (use `objects: |`)' };
  const mode = (raw.kubeProxyMode ?? base.kubeProxyMode) as Scenario['kubeProxyMode'];
  if (!['iptables', 'ipvs', 'userspace'].includes(mode)) return { ok: false, error: `scenario: kubeProxyMode must be iptables, ipvs or userspace, not "${mode}"` };
  return {
    ok: true,
    scenario: {
      name: String(raw.name ?? base.name),
      startTime: String(raw.startTime ?? base.startTime),
      clusterAgeSeconds: Number(raw.clusterAgeSeconds ?? base.clusterAgeSeconds),
      nodes,
      registry: { images: registry.images ?? base.registry.images, bandwidthMBps: registry.bandwidthMBps ?? base.registry.bandwidthMBps },
      laptop: {
        files: laptop.files ?? base.laptop.files,
        images: laptop.images ?? base.laptop.images,
        uploadMBps: laptop.uploadMBps ?? base.laptop.uploadMBps,
      },
      objects: objects ?? '',
      kubeProxyMode: mode,
    },
  };
}

function readNodes(raw: unknown): ScenarioNode[] | string {
  if (!Array.isArray(raw) || raw.length === 0) return 'scenario: nodes must be a non-empty list';
  const out: ScenarioNode[] = [];
  for (const [i, item] of raw.entries()) {
    if (typeof item !== 'object' || item === null) return `scenario: nodes[${i}] must be a mapping`;
    const n = item as Partial<ScenarioNode>;
    if (!n.name) return `scenario: nodes[${i}].name is required`;
    const role = n.role ?? (i === 0 && raw.length > 1 ? 'control-plane' : 'worker');
    const d = node(n.name, n.ip ?? `192.168.56.${10 + i}`, i, role);
    out.push({
      ...d,
      ...n,
      role,
      cpu: String(n.cpu ?? d.cpu),
      memory: String(n.memory ?? d.memory),
      labels: n.labels ?? {},
      taints: n.taints ?? d.taints,
      images: n.images ?? d.images,
    });
  }
  return out;
}
