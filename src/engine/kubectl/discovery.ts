// The API server's discovery documents for the groups Pod Lab serves: /apis (APIGroupList,
// groups in the aggregator's priority order) and /apis/GROUP (APIGroup), and the
// group/versions `kubectl api-versions` lists. Every group serves one version, v1.
import { RESOURCES } from '../api/resources';

/** kube-aggregator's default group priorities, highest first (apiserver/pkg/.../apiservice priorities): the order /apis lists groups in. */
const GROUP_ORDER = ['apiregistration.k8s.io', 'apps', 'events.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'autoscaling', 'batch', 'certificates.k8s.io', 'networking.k8s.io', 'policy', 'rbac.authorization.k8s.io', 'storage.k8s.io', 'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io', 'discovery.k8s.io', 'flowcontrol.apiserver.k8s.io', 'resource.k8s.io'];

/** Every group/version a resource is served under, `v1` for the core group. */
export function servedGroupVersions(): string[] {
  return [...new Set(RESOURCES.map((r) => r.groupVersion))];
}

function groups(): string[] {
  const named = servedGroupVersions().filter((gv) => gv.includes('/')).map((gv) => gv.split('/')[0]!);
  const rank = (g: string) => (GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length);
  return [...new Set(named)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

function apiGroup(name: string): Record<string, unknown> {
  const version = { groupVersion: `${name}/v1`, version: 'v1' };
  return { name, versions: [version], preferredVersion: version };
}

/** The JSON the API server writes for /apis or /apis/GROUP, or undefined for a group it does not serve. */
export function discoveryDocument(path: string): string | undefined {
  if (/^\/apis\/?$/.test(path)) return JSON.stringify({ kind: 'APIGroupList', apiVersion: 'v1', groups: groups().map(apiGroup) }) + '\n';
  const m = /^\/apis\/([^/]+)\/?$/.exec(path);
  if (!m || !groups().includes(m[1]!)) return undefined;
  return JSON.stringify({ kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(m[1]!) }) + '\n';
}
