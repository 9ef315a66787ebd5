// kubectl's printers: `get` tables, `-o yaml|json|name`, and `describe`, as pure
// functions of API objects and the current (virtual) time, printing what kubectl
// v1.35 prints. See the file of each for the kubectl source it follows.
import type { EndpointSlice, Endpoints, KubeEvent, KubeObject, Namespace, Node, Pod, Service } from '../../api/objects';
import { resourceForName } from '../../api/resources';
import { printEvents, printNamespaces, printNodes } from './clusterTables';
import { printPods } from './podTable';
import { printEndpoints, printEndpointSlices, printServices } from './serviceTables';
import { printGeneric, type TableOptions } from './table';
import {
  printConfigMaps,
  printDaemonSets,
  printDeployments,
  printJobs,
  printReplicaSets,
  printSecrets,
  printServiceAccounts,
  printStatefulSets,
} from './workloadTables';

export { humanDuration, ageOf, formatRFC1123Z } from './duration';
export { formatTable, formatLabels, noResourcesMessage, printGeneric, type TableOptions } from './table';
export { printPods } from './podTable';
export { podStatusReason, podReady, podRestarts } from './podStatus';
export { printNodes, printNamespaces, printEvents, findNodeRoles } from './clusterTables';
export { printServices, printEndpoints, printEndpointSlices } from './serviceTables';
export {
  printDeployments,
  printReplicaSets,
  printStatefulSets,
  printDaemonSets,
  printJobs,
  printConfigMaps,
  printSecrets,
  printServiceAccounts,
  formatLabelSelector,
} from './workloadTables';
export { printNames } from './names';
export { toYaml } from './yaml';
export { toJson } from './json';
export { canonicalQuantity } from './quantity';
export { describePod } from './describe/pod';
export { describeNode, type NodeLease } from './describe/node';
export { describeService, describeNamespace } from './describe/service';
export { describeEventsBlock } from './describe/events';
export { describeDeployment, describeReplicaSet, type PodPhaseCounts } from './describe/workloads';

type Printer = (objs: KubeObject[], o: TableOptions) => string;

const PRINTERS: Record<string, Printer> = {
  pods: (objs, o) => printPods(objs as unknown as Pod[], o),
  nodes: (objs, o) => printNodes(objs as unknown as Node[], o),
  namespaces: (objs, o) => printNamespaces(objs as unknown as Namespace[], o),
  events: (objs, o) => printEvents(objs as unknown as KubeEvent[], o),
  services: (objs, o) => printServices(objs as unknown as Service[], o),
  endpoints: (objs, o) => printEndpoints(objs as unknown as Endpoints[], o),
  endpointslices: (objs, o) => printEndpointSlices(objs as unknown as EndpointSlice[], o),
  deployments: printDeployments,
  replicasets: printReplicaSets,
  statefulsets: printStatefulSets,
  daemonsets: printDaemonSets,
  jobs: printJobs,
  configmaps: printConfigMaps,
  secrets: printSecrets,
  serviceaccounts: printServiceAccounts,
};

/**
 * The `kubectl get` table for a resource (plural, singular or short name); kinds
 * without their own columns get NAME AGE. Empty string for an empty list.
 */
export function printTable(resource: string, objs: KubeObject[], o: TableOptions): string {
  if (o.serverPrint === false) return printGeneric(objs, o);
  const plural = resourceForName(resource)?.resource ?? resource.toLowerCase();
  return (PRINTERS[plural] ?? printGeneric)(objs, o);
}
