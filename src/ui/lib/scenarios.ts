// Clusters a link can name (`#scenario=ten-nodes`): the default kubeadm-like cluster, and a
// bigger one with ten workers and a manifest of a hundred Pods, to watch a crowd schedule.
import type { Scenario } from '../../engine';

const WORKERS = 10;
const PODS = 100;

function hundredPods(): string {
  return Array.from({ length: PODS }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-${n}\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n    ports:\n    - containerPort: 80\n`;
  }).join('---\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}

function tenNodes(): string {
  const nodes = ['control-plane', ...Array.from({ length: WORKERS }, (_, i) => `node-${i + 1}`)];
  return [
    'name: ten-nodes',
    'nodes:',
    ...nodes.map((n) => `- name: ${n}`),
    'laptop:',
    '  files:',
    '    pods.yaml: |',
    indent(hundredPods(), '      '),
  ].join('\n');
}

export const SCENARIOS = ['default', 'ten-nodes'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIOS as readonly string[]).includes(name);
}

/** What createSandbox takes for a scenario name: undefined is the default cluster. */
export function scenarioFor(name: ScenarioName): Scenario | string | undefined {
  return name === 'ten-nodes' ? tenNodes() : undefined;
}
