import type { EndpointSlice, KubeList, KubeObject, Namespace, Node, Pod, Service } from '../../api/objects';
import { describeConfigMap, describeSecret } from '../printers/describe/configData';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, stringList } from '../common';
import { readManifests } from '../files';
import { describeNamespace, describeNode, describePod, describeService } from '../printers';
import { request, type KubectlEnv, type KubectlProgram } from '../program';
import { getObject, searchEvents, type Found, type Step } from './describeFetch';
import { describeDeploymentObject, describeReplicaSetObject } from './describeWorkloads';
import { listObjects, parseResourceArgs, responseError, targetOf } from './resourceArgs';


/** The kinds Pod Lab has a describer for (kubectl's describerMap). */
const DESCRIBERS: Record<string, (env: KubectlEnv, found: Found) => Step<string | { error: string }>> = {
  pods: describePodObject,
  nodes: describeNodeObject,
  namespaces: describeNamespaceObject,
  services: describeServiceObject,
  deployments: describeDeploymentObject,
  replicasets: describeReplicaSetObject,
  configmaps: describeConfigMapObject,
  secrets: describeSecretObject,
};

/**
 * `kubectl describe TYPE NAME`, `TYPE/NAME`, `TYPE` (all), `TYPE -l …`, `-f FILE`: each
 * object with its related objects and events, in kubectl's words. A name that matches
 * nothing is tried as a prefix (`kubectl describe pod kubia` describes every kubia-…).
 */
export function* describe(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const errors: string[] = [];
  const found = yield* findObjects(env, args, errors);
  if (found === null) return 1;
  if (found === 'prefix') return yield* describeByPrefix(env, args, errors);
  let first = true;
  for (const f of found) {
    const text = yield* describeOne(env, { ...f, hideEvents: args.flags['show-events'] === false });
    if (typeof text !== 'string') {
      errors.push(text.error);
      continue;
    }
    yield { op: 'out', text: first ? text : `\n\n${text}` };
    first = false;
  }
  if (found.length === 0 && errors.length === 0) {
    const allNs = args.flags['all-namespaces'] === true;
    yield { op: 'err', text: allNs ? 'No resources found\n' : `No resources found in ${flagNamespace(env, args)} namespace.\n` };
  }
  if (errors.length > 0) yield { op: 'err', text: errors.map((e) => e + '\n').join('') };
  return errors.length > 0 ? 1 : 0;
}

/** The builder: objects from files, names (each fetched), or a list. 'prefix': TYPE NAME not found. */
function* findObjects(env: KubectlEnv, args: ParsedArgs, errors: string[]): Step<Found[] | 'prefix' | null> {
  const files = stringList(args.flags.filename);
  const allNs = args.flags['all-namespaces'] === true;
  const ns = flagNamespace(env, args);
  if (files.length > 0) {
    const objects = yield* readManifests(env, files, args.flags.recursive === true, 'describe');
    if (!objects) return null;
    const named = objects.map((m) => ({ resource: m.resource, namespace: objectNamespace(env, args, m).ns, name: nameOf(m.object) }));
    return yield* fetchEach(named, errors);
  }
  if (args.positional.length === 0) {
    yield { op: 'err', text: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n' };
    return null;
  }
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok) {
    yield { op: 'err', text: parsed.error + '\n' };
    return null;
  }
  const out: Found[] = [];
  for (const q of parsed.queries) {
    if (q.names.length > 0) {
      const named = q.names.map((name) => ({ resource: q.resource, namespace: q.resource.namespaced ? ns : undefined, name }));
      const fetched = yield* fetchEach(named, errors);
      // DescribeMatchingResources: `describe TYPE NAME` with no such NAME tries it as a prefix.
      if (fetched.length === 0 && args.positional.length === 2 && !args.positional[0]!.includes('/')) return 'prefix';
      out.push(...fetched);
      continue;
    }
    const listed = yield* listObjects(q.resource, allNs ? undefined : ns, { labelSelector: String(args.flags.selector ?? '') });
    if ('error' in listed) errors.push(listed.error);
    else out.push(...listed.items.map((o) => ({ resource: q.resource, namespace: o.metadata?.namespace, name: nameOf(o) })));
  }
  return out;
}

/** GET each named object, as the builder does before the describer fetches it again. */
function* fetchEach(named: Found[], errors: string[]): Step<Found[]> {
  const out: Found[] = [];
  for (const f of named) {
    const res = yield* request({ verb: 'get', ...targetOf(f.resource, f.namespace), name: f.name });
    if (res.code >= 300) errors.push(responseError(res));
    else out.push(f);
  }
  return out;
}

/** Every object of the type whose name starts with the given one; none: the NotFound stands. */
function* describeByPrefix(env: KubectlEnv, args: ParsedArgs, errors: string[]): KubectlProgram {
  const parsed = parseResourceArgs(args.positional);
  if (!parsed.ok || parsed.queries.length !== 1) return 1;
  const q = parsed.queries[0]!;
  const prefix = q.names[0] ?? '';
  const allNs = args.flags['all-namespaces'] === true;
  const listed = yield* listObjects(q.resource, allNs ? undefined : flagNamespace(env, args), {});
  const matching = 'error' in listed ? [] : listed.items.filter((o) => nameOf(o).startsWith(prefix));
  if (matching.length === 0) {
    yield { op: 'err', text: errors.map((e) => e + '\n').join('') };
    return 1;
  }
  for (const o of matching) {
    const text = yield* describeOne(env, { resource: q.resource, namespace: o.metadata?.namespace, name: nameOf(o), hideEvents: args.flags['show-events'] === false });
    if (typeof text !== 'string') {
      yield { op: 'err', text: text.error + '\n' };
      return 1;
    }
    yield { op: 'out', text: text + '\n' };
  }
  return 0;
}

function* describeOne(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const describer = DESCRIBERS[f.resource.resource];
  if (!describer) return { error: `error: Pod Lab cannot describe ${f.resource.resource} yet; try "kubectl get ${f.resource.resource} ${f.name} -o yaml"` };
  return yield* describer(env, f);
}

function* describePodObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const pod = yield* getObject<Pod>(f);
  if ('error' in pod) return pod;
  const events = yield* searchEvents(f, 'Pod', pod.metadata?.namespace ?? '', pod.metadata?.uid);
  return describePod(pod, events, env.now());
}

/**
 * A node's events come in two searches: controllers name the node by its UID, the
 * kubelet by its name. Its pods are the non-terminated ones bound to it, in every namespace.
 */
function* describeNodeObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const node = yield* getObject<Node>(f);
  if ('error' in node) return node;
  const selector = `spec.nodeName=${f.name},status.phase!=Succeeded,status.phase!=Failed`;
  const pods = yield* request({ verb: 'list', resource: 'pods', groupVersion: 'v1', query: { fieldSelector: selector, limit: '500' } });
  const byUid = yield* searchEvents(f, 'Node', '', node.metadata?.uid);
  const byName = yield* searchEvents(f, 'Node', '', f.name);
  const items = pods.code < 300 ? ((pods.body as KubeList<Pod>).items ?? []) : [];
  return describeNode(node, items, byUid && byName ? [...byUid, ...byName] : undefined, env.now());
}

function* describeConfigMapObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const cm = yield* getObject<KubeObject>(f);
  if ('error' in cm) return cm as { error: string };
  const events = yield* searchEvents(f, 'ConfigMap', cm.metadata?.namespace ?? '', cm.metadata?.uid);
  return describeConfigMap(cm, events, env.now());
}

function* describeSecretObject(_env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const secret = yield* getObject<KubeObject>(f);
  if ('error' in secret) return secret as { error: string };
  return describeSecret(secret);
}

function* describeNamespaceObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const ns = yield* getObject<Namespace>(f);
  if ('error' in ns) return ns;
  return describeNamespace(ns, env.now());
}

function* describeServiceObject(env: KubectlEnv, f: Found): Step<string | { error: string }> {
  const svc = yield* getObject<Service>(f);
  if ('error' in svc) return svc;
  const slices = yield* request({
    verb: 'list',
    resource: 'endpointslices',
    groupVersion: 'discovery.k8s.io/v1',
    ...(f.namespace ? { namespace: f.namespace } : {}),
    query: { labelSelector: `kubernetes.io/service-name=${f.name}` },
  });
  const events = yield* searchEvents(f, 'Service', svc.metadata?.namespace ?? '', svc.metadata?.uid);
  const items = slices.code < 300 ? ((slices.body as unknown as KubeList<EndpointSlice>).items ?? []) : [];
  return describeService(svc, items, events, env.now());
}
