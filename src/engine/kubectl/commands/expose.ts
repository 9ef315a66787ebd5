// `kubectl expose` (kubectl/pkg/cmd/expose): read a Pod, Service, ReplicationController,
// ReplicaSet or Deployment, take its selector (a Pod's labels), its ports (every container
// port when --port is not given) and its labels, and POST a Service made from them.
import type { KubeObject, Pod } from '../../api/objects';
import { resourceForName, type ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, serverError, stringList, warnings } from '../common';
import { out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { failWith } from './createGenerated';
import { dryRunQuery, dryRunStrategy, dryRunSuffix } from './dryRun';
import { printedObject } from './printObject';

type Gen<T> = Generator<KubectlEffect, T, unknown>;

const SERVICES = resourceForName('services')!;

const EXPOSABLE = new Set(['pods', 'services', 'replicationcontrollers', 'replicasets', 'deployments']);
const USAGE = "\nSee 'kubectl expose -h' for help and examples\n";

interface PortInfo {
  port: number;
  protocol: string;
}

/** `TYPE NAME` or `TYPE/NAME`, as kubectl's resource builder reads them. */
function target(positional: string[]): { info: ResourceInfo; name: string } | string {
  let type: string | undefined;
  let name: string | undefined;
  if (positional.length === 1 && positional[0]!.includes('/')) [type, name] = positional[0]!.split('/', 2);
  else [type, name] = positional;
  if (!type) return `error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n`;
  const info = resourceForName(type);
  if (!info) return `error: the server doesn't have a resource type "${type}"\n`;
  if (!name) return `error: resource(s) were provided, but no name was specified\n`;
  if (!EXPOSABLE.has(info.resource)) return `error: cannot expose a ${info.kind}\n`;
  return { info, name };
}

/** MapBasedSelectorForObject: where the new Service's selector comes from. */
function selectorOf(obj: KubeObject, info: ResourceInfo): Record<string, string> | string {
  if (info.resource === 'pods') {
    const labels = obj.metadata?.labels ?? {};
    return Object.keys(labels).length ? labels : 'the pod has no labels and cannot be exposed';
  }
  const spec = obj.spec as { selector?: Record<string, unknown> } | undefined;
  if (info.resource === 'services' || info.resource === 'replicationcontrollers') {
    const sel = (spec?.selector ?? {}) as Record<string, string>;
    return Object.keys(sel).length ? sel : `the ${info.singular === 'service' ? 'service' : 'replication controller'} has no pod selector set`;
  }
  const sel = spec?.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
  if (sel?.matchExpressions?.length) return "couldn't convert expressions - \"" + JSON.stringify(sel.matchExpressions) + '" to map-based selector format';
  return sel?.matchLabels ?? {};
}

/** PortsForObject + ProtocolsForObject: the container ports of the Pod (template). */
function portsOf(obj: KubeObject, info: ResourceInfo): PortInfo[] {
  if (info.resource === 'services') {
    return ((obj.spec as { ports?: { port: number; protocol?: string }[] })?.ports ?? []).map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  }
  const podSpec = info.resource === 'pods' ? (obj as Pod).spec : (obj.spec as { template?: { spec?: Pod['spec'] } })?.template?.spec;
  const ports: PortInfo[] = [];
  for (const c of podSpec?.containers ?? []) for (const p of c.ports ?? []) ports.push({ port: p.containerPort, protocol: p.protocol ?? 'TCP' });
  return ports;
}

function portList(args: ParsedArgs, obj: KubeObject, info: ResourceInfo): PortInfo[] | string {
  const flag = String(args.flags.port ?? '');
  const protocol = String(args.flags.protocol ?? '');
  if (flag) {
    const out: PortInfo[] = [];
    for (const p of flag.split(',')) {
      const n = Number(p);
      if (!/^\d+$/.test(p) || n < 1 || n > 65535) return `error: invalid port: ${p}\n`;
      out.push({ port: n, protocol: protocol || portsOf(obj, info)[0]?.protocol || 'TCP' });
    }
    return out;
  }
  const found = portsOf(obj, info);
  if (found.length === 0) return `error: couldn't find port via --port flag or introspection${USAGE}`;
  return protocol ? found.map((p) => ({ ...p, protocol })) : found;
}

function buildService(args: ParsedArgs, obj: KubeObject, info: ResourceInfo, selector: Record<string, string>, ports: PortInfo[]): KubeObject {
  const name = String(args.flags.name ?? '') || (obj.metadata?.name ?? '');
  const targetFlag = String(args.flags['target-port'] ?? '');
  const target = (p: PortInfo): number | string => (targetFlag ? (/^\d+$/.test(targetFlag) ? Number(targetFlag) : targetFlag) : p.port);
  const labelsFlag = String(args.flags.labels ?? '');
  const labels = labelsFlag ? Object.fromEntries(labelsFlag.split(',').map((kv) => kv.split('=', 2) as [string, string])) : obj.metadata?.labels;
  const spec: Record<string, unknown> = {
    ports: ports.map((p, i) => ({ ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}), port: p.port, protocol: p.protocol, targetPort: target(p) })),
    selector,
  };
  const type = String(args.flags.type ?? '');
  if (type) spec.type = type;
  const clusterIP = String(args.flags['cluster-ip'] ?? '');
  if (clusterIP) spec.clusterIP = clusterIP;
  const externalIP = String(args.flags['external-ip'] ?? '');
  if (externalIP) spec.externalIPs = externalIP.split(',');
  const affinity = String(args.flags['session-affinity'] ?? '');
  if (affinity) spec.sessionAffinity = affinity;
  const lbIP = String(args.flags['load-balancer-ip'] ?? '');
  if (lbIP) spec.loadBalancerIP = lbIP;
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, ...(labels && Object.keys(labels).length ? { labels } : {}) }, spec };
}

function* fetchTarget(info: ResourceInfo, ns: string, name: string): Gen<KubeObject | undefined> {
  const res = yield* request({ verb: 'get', resource: info.resource, groupVersion: info.groupVersion, namespace: ns, name });
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return undefined;
  }
  return res.body as KubeObject;
}

export function* expose(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (stringList(args.flags.filename).length > 0) {
    yield { op: 'err', text: 'error: "kubectl expose -f" is not part of Pod Lab\'s simulation yet; name the resource instead (kubectl expose pod NAME)\n' };
    return 1;
  }
  const t = target(args.positional);
  if (typeof t === 'string') {
    yield { op: 'err', text: t };
    return 1;
  }
  const ns = flagNamespace(env, args);
  const obj = yield* fetchTarget(t.info, ns, t.name);
  if (!obj) return 1;
  const selFlag = String(args.flags.selector ?? '');
  const selector = selFlag ? Object.fromEntries(selFlag.split(',').map((kv) => kv.split('=', 2) as [string, string])) : selectorOf(obj, t.info);
  if (typeof selector === 'string') {
    yield { op: 'err', text: `error: couldn't retrieve selectors via --selector flag or introspection: ${selector}${USAGE}` };
    return 1;
  }
  const ports = portList(args, obj, t.info);
  if (typeof ports === 'string') {
    yield { op: 'err', text: ports };
    return 1;
  }
  const svc = buildService(args, obj, t.info, selector, ports);
  return yield* submit(args, ns, svc);
}

function* submit(args: ParsedArgs, ns: string, svc: KubeObject): KubectlProgram {
  const output = String(args.flags.output ?? '');
  const dryRun = dryRunStrategy(args.flags);
  if (typeof dryRun !== 'string') return yield* failWith(dryRun.error);
  const operation = 'exposed' + dryRunSuffix(dryRun);
  if (dryRun === 'client') {
    yield* out(printedObject({ ...svc, status: { loadBalancer: {} } }, SERVICES, output, operation));
    return 0;
  }
  const res = yield* request({
    verb: 'create',
    resource: 'services',
    groupVersion: 'v1',
    namespace: ns,
    body: { ...svc, metadata: { ...svc.metadata, namespace: ns } },
    fieldManager: 'kubectl-expose',
    query: dryRunQuery(dryRun),
  });
  yield* warnings(res);
  if (res.code >= 300) {
    yield* serverError(res, 'creating');
    return 1;
  }
  yield* out(printedObject(res.body as KubeObject, SERVICES, output, operation));
  return 0;
}
