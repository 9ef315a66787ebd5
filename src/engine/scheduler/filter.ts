import { tolerates } from '../api/tolerations';
import type { Pod, Taint, Toleration } from './types';
import { hostPorts, podRequests, type NodeInfo, type Requests } from './nodeInfo';

/**
 * A failed filter: the reason text the real plugin reports, and whether preemption could
 * help (resources) or not (taints, node name, selectors: UnschedulableAndUnresolvable).
 */
export interface FilterFailure {
  reasons: string[];
  resolvable: boolean;
}

type Spec = NonNullable<Pod['spec']>;

/**
 * What the PreFilter plugins work out once per scheduling cycle, not once per node:
 * NodeResourcesFit's request sum, NodePorts' host ports, and the Pod's own constraints
 * (node name, tolerations, node selector and required affinity), read from the Pod once.
 */
export interface PreFilterState {
  requests: Requests;
  ports: string[];
  nodeName: string | undefined;
  tolerations: Toleration[] | undefined;
  nodeSelector: Spec['nodeSelector'];
  terms: NonNullable<NonNullable<NonNullable<Spec['affinity']>['nodeAffinity']>['requiredDuringSchedulingIgnoredDuringExecution']>['nodeSelectorTerms'] | undefined;
}

export function preFilter(pod: Pod): PreFilterState {
  const spec = pod.spec;
  return {
    requests: podRequests(pod),
    ports: hostPorts(pod),
    nodeName: spec?.nodeName,
    tolerations: spec?.tolerations,
    nodeSelector: spec?.nodeSelector,
    terms: spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
  };
}

/**
 * The default filter plugins, in the framework's order, with their exact reasons:
 * NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit.
 */
export function filterNode(pod: Pod, info: NodeInfo, state: PreFilterState = preFilter(pod)): FilterFailure | undefined {
  if (info.unschedulable && !tolerates(state.tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
    return { reasons: ['node(s) were unschedulable'], resolvable: false };
  }
  if (state.nodeName && state.nodeName !== info.name) {
    return { reasons: ["node(s) didn't match the requested node name"], resolvable: false };
  }
  const taint = untolerated(state.tolerations, info.taints);
  if (taint) {
    return { reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`], resolvable: false };
  }
  if ((state.nodeSelector || state.terms) && !matchesNodeSelector(state, info.node.metadata?.labels ?? {})) {
    return { reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false };
  }
  if (state.ports.length > 0 && state.ports.some((p) => info.usedPorts.has(p))) {
    return { reasons: ["node(s) didn't have free ports for the requested pod ports"], resolvable: true };
  }
  const reasons = insufficient(state.requests, info);
  return reasons.length > 0 ? { reasons, resolvable: true } : undefined;
}

const NONE: string[] = [];

function insufficient(want: Requests, info: NodeInfo): string[] {
  const pods = info.podCount + 1 > info.podCapacity;
  const cpu = info.cpuRequested + want.milliCPU > info.cpuCapacity;
  const memory = info.memoryRequested + want.memory > info.memoryCapacity;
  if (!pods && !cpu && !memory) return NONE;
  const reasons: string[] = [];
  if (pods) reasons.push('Too many pods');
  if (want.milliCPU > 0 && cpu) reasons.push('Insufficient cpu');
  if (want.memory > 0 && memory) reasons.push('Insufficient memory');
  return reasons;
}

function untolerated(tolerations: Toleration[] | undefined, taints: Taint[] | undefined): Taint | undefined {
  if (!taints) return undefined;
  for (const t of taints) {
    if ((t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t)) return t;
  }
  return undefined;
}

function matchesNodeSelector(state: PreFilterState, labels: Record<string, string>): boolean {
  const selector = state.nodeSelector;
  if (selector) for (const k in selector) if (labels[k] !== selector[k]) return false;
  const terms = state.terms;
  if (!terms || terms.length === 0) return true;
  return terms.some((term) =>
    (term.matchExpressions ?? []).every((e) => {
      const has = Object.prototype.hasOwnProperty.call(labels, e.key);
      const v = labels[e.key];
      switch (e.operator) {
        case 'In':
          return has && (e.values ?? []).includes(v!);
        case 'NotIn':
          return !has || !(e.values ?? []).includes(v!);
        case 'Exists':
          return has;
        case 'DoesNotExist':
          return !has;
        case 'Gt':
          return has && Number(v) > Number(e.values?.[0]);
        case 'Lt':
          return has && Number(v) < Number(e.values?.[0]);
        default:
          return false;
      }
    }),
  );
}
