import type { KubeList, KubeObject } from '../../api/objects';
import { resourceForName, type ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, nameOf, objectNamespace, serverError, stringList, warnings } from '../common';
import { sortObjects } from '../sortBy';
import { watch } from './getWatch';
import { getRaw, rawProblem } from './getRaw';
import { failWith } from './createGenerated';
import { displayName, readManifests } from '../files';
import { noResourcesMessage, printNames, printTable, toJson, toYaml, type TableOptions } from '../printers';
import { out, request, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { runJsonPath } from '../jsonpath';
import { parseCustomColumns, printCustomColumns, type CustomColumn } from '../printers/customColumns';

export interface Query {
  resource: ResourceInfo;
  names: string[];
  /** The namespace an object read from a file names for itself (`get -f`). */
  namespace?: string;
}

const OUTPUTS = ['', 'wide', 'yaml', 'json', 'name'];

/**
 * The `all` category, in discovery order (core, then apps, then batch): the resources
 * that declare `categories: [all]` and that this API server serves — no
 * HorizontalPodAutoscaler here, so its section never appears.
 */
export const ALL_CATEGORY = ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'cronjobs', 'jobs'];

/**
 * `kubectl get`: one or more resource types, by name or listed (with `-l`, `-n`, `-A`),
 * printed as kubectl's tables, `-o wide`, `-o yaml|json`, or `-o name`.
 */
export function* get(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const raw = String(args.flags.raw ?? '');
  if (raw !== '') {
    const problem = rawProblem(raw, args.positional, args.flags);
    return problem ? yield* failWith(problem) : yield* getRaw(env, raw);
  }
  const files = stringList(args.flags.filename);
  const queries = files.length > 0 ? yield* queriesFromFiles(env, args, files) : parseQueries(args.positional);
  if (queries === undefined) return 1;
  if (typeof queries === 'string') {
    yield { op: 'err', text: queries };
    return 1;
  }
  const output = String(args.flags.output ?? '');
  const template = jsonPathTemplate(output);
  if (template === '') {
    yield { op: 'err', text: 'error: template format specified but no template given\n' };
    return 1;
  }
  const columns = customColumns(output);
  if (columns && 'error' in columns) {
    yield { op: 'err', text: `error: ${columns.error}\n` };
    return 1;
  }
  if (template === undefined && !columns && !OUTPUTS.includes(output)) {
    yield { op: 'err', text: `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,wide,yaml\n` };
    return 1;
  }
  const allNs = args.flags['all-namespaces'] === true;
  const ns = flagNamespace(env, args);
  const selectors = { labels: String(args.flags.selector ?? ''), fields: String(args.flags['field-selector'] ?? '') };
  if (args.flags.watch === true || args.flags['watch-only'] === true) return yield* watch(env, args, queries, allNs ? undefined : ns, selectors);
  let code = 0;
  const found: { q: Query; objs: KubeObject[] }[] = [];
  for (const q of queries) {
    const objs = yield* fetch(q, allNs ? undefined : ns, selectors, args.flags['ignore-not-found'] === true);
    if (objs.failed) code = 1;
    found.push({ q, objs: objs.items });
  }
  const table = template === undefined && !columns && (output === '' || output === 'wide');
  const sortBy = String(args.flags['sort-by'] ?? '');
  if (sortBy !== '') {
    for (const f of found) {
      const sorted = sortObjects(f.objs, sortBy, table);
      if ('error' in sorted) {
        yield { op: 'err', text: `error: ${sorted.error}\n` };
        return 1;
      }
      f.objs = sorted.objs;
    }
  }
  if (table) {
    yield* print(env, args, found, allNs ? undefined : ns);
    return code;
  }
  return (yield* printGeneric(args, found, { output, template, columns })) ? code : 1;
}

/** -o yaml|json|name|jsonpath|custom-columns: the object genericObject makes, by that printer; false if the template fails. */
function* printGeneric(
  args: ParsedArgs,
  found: { q: Query; objs: KubeObject[] }[],
  format: { output: string; template: string | undefined; columns: CustomColumn[] | undefined },
): Generator<KubectlEffect, boolean, unknown> {
  const shown = genericObject(found, args.flags['ignore-not-found'] === true);
  if (shown === undefined) return true;
  if (format.template !== undefined) return yield* printJsonPath(shown, format.template);
  if (format.columns) yield* out(printCustomColumns(format.columns, shown.kind === 'List' ? (shown as KubeList).items : [shown], args.flags['no-headers'] === true));
  else if (format.output === 'name') for (const f of found) yield* out(printNames(f.q.resource.resource, f.objs));
  else yield* out(format.output === 'yaml' ? toYaml(shown) : toJson(shown));
  return true;
}

/**
 * printGeneric, for every -o but the tables: one named object prints as itself, anything
 * else as a List of what was found — an empty List when nothing was. Nothing at all for
 * a named object that is not there (its error says so) or under --ignore-not-found.
 */
function genericObject(found: { q: Query; objs: KubeObject[] }[], ignoreNotFound: boolean): KubeObject | KubeList | undefined {
  const all = found.flatMap((f) => f.objs);
  const singleNamed = found.length === 1 && found[0]!.q.names.length === 1;
  if (all.length === 0 && (singleNamed || ignoreNotFound)) return undefined;
  if (singleNamed) return all[0]!;
  return { apiVersion: 'v1', items: all, kind: 'List', metadata: { resourceVersion: '' } };
}

/** The template of `-o jsonpath=…` (quotes removed), '' when missing, undefined for other formats. */
function jsonPathTemplate(output: string): string | undefined {
  if (output !== 'jsonpath' && !output.startsWith('jsonpath=')) return undefined;
  return output.slice('jsonpath='.length).replace(/^'(.*)'$/s, '$1');
}

/** `-o custom-columns=SPEC`: its columns or the spec's error; undefined for other formats. */
function customColumns(output: string): CustomColumn[] | { error: string } | undefined {
  if (output !== 'custom-columns' && !output.startsWith('custom-columns=')) return undefined;
  return parseCustomColumns(output.slice('custom-columns='.length).replace(/^'(.*)'$/s, '$1'));
}

function* printJsonPath(data: KubeObject | KubeList, template: string): Generator<KubectlEffect, boolean, unknown> {
  const r = runJsonPath(template, data);
  if (!r.ok) {
    yield { op: 'err', text: `error: error parsing jsonpath ${template}, ${r.error}\n` };
    return false;
  }
  yield* out(r.text);
  return true;
}

export function* fetch(q: Query, ns: string | undefined, selectors: { labels: string; fields: string }, ignoreNotFound = false): Generator<KubectlEffect, { items: KubeObject[]; failed: boolean }, unknown> {
  const namespace = q.namespace ?? ns;
  const target = { resource: q.resource.resource, groupVersion: q.resource.groupVersion, ...(q.resource.namespaced && namespace !== undefined ? { namespace } : {}) };
  if (q.names.length === 0) {
    const query: Record<string, string> = {};
    if (selectors.labels) query.labelSelector = selectors.labels;
    if (selectors.fields) query.fieldSelector = selectors.fields;
    const res = yield* request({ verb: 'list', ...target, ...(Object.keys(query).length ? { query } : {}) });
    yield* warnings(res);
    if (res.code >= 300) {
      yield* serverError(res, 'applying');
      return { items: [], failed: true };
    }
    return { items: (res.body as KubeList).items, failed: false };
  }
  const items: KubeObject[] = [];
  let failed = false;
  for (const name of q.names) {
    const res = yield* request({ verb: 'get', ...target, name });
    if (q.names.indexOf(name) === 0) yield* warnings(res);
    if (res.code === 404 && ignoreNotFound) continue;
    if (res.code >= 300) {
      yield* serverError(res, 'applying');
      failed = true;
    } else items.push(res.body as KubeObject);
  }
  return { items, failed };
}

/** The tables (no -o, or -o wide); only they say `No resources found` when there is nothing to show. */
function* print(env: KubectlEnv, args: ParsedArgs, found: { q: Query; objs: KubeObject[] }[], ns: string | undefined): Generator<KubectlEffect, void, unknown> {
  const all = found.flatMap((f) => f.objs);
  if (all.length === 0) {
    if (!found.some((f) => f.q.names.length > 0)) yield* nothing(found, ns);
    return;
  }
  const showKind = found.length > 1 || args.flags['show-kind'] === true;
  const tables: string[] = [];
  for (const f of found) {
    if (f.objs.length === 0) continue;
    const objs = showKind ? f.objs.map((o) => ({ ...o, metadata: { ...o.metadata, name: displayName(f.q.resource, o.metadata?.name ?? '') } })) : f.objs;
    tables.push(
      printTable(f.q.resource.resource, objs, tableOptions(env, args, f.q.resource, ns)),
    );
  }
  yield* out(tables.join('\n'));
}

/** The table flags of `kubectl get` (-o wide, --show-labels, -L, --no-headers, --server-print; NAMESPACE for -A). */
export function tableOptions(env: KubectlEnv, args: ParsedArgs, resource: ResourceInfo, ns: string | undefined): TableOptions {
  return {
    now: env.now(),
    wide: args.flags.output === 'wide',
    showLabels: args.flags['show-labels'] === true,
    withNamespace: ns === undefined && resource.namespaced,
    noHeaders: args.flags['no-headers'] === true,
    labelColumns: stringList(args.flags['label-columns']),
    serverPrint: args.flags['server-print'] !== false,
  };
}

function* nothing(found: { q: Query }[], ns: string | undefined): Generator<KubectlEffect, void, unknown> {
  const namespaced = found.some((f) => f.q.resource.namespaced);
  yield { op: 'err', text: noResourcesMessage(namespaced ? ns : undefined) + '\n' };
}

/** `get -f FILE`: each object the files hold, by its kind, name and namespace; one query per run of the same type. */
function* queriesFromFiles(env: KubectlEnv, args: ParsedArgs, files: string[]): Generator<KubectlEffect, Query[] | string | undefined, unknown> {
  if (args.positional.length > 0) return 'error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n';
  const objects = yield* readManifests(env, files, args.flags.recursive === true, 'get');
  if (!objects) return undefined;
  const queries: Query[] = [];
  for (const m of objects) {
    const where = objectNamespace(env, args, m);
    if (where.error) return where.error + '\n';
    const last = queries.at(-1);
    if (last && last.resource === m.resource && last.namespace === where.ns) last.names.push(nameOf(m.object));
    else queries.push({ resource: m.resource, names: [nameOf(m.object)], ...(where.ns !== undefined ? { namespace: where.ns } : {}) });
  }
  return queries;
}

/** `pods`, `pods,svc`, `pod web db`, `pod/web svc/db`: what kubectl's builder accepts. */
function parseQueries(positional: string[]): Query[] | string {
  if (positional.length === 0) {
    return 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n';
  }
  if (positional.some((p) => p.includes('/'))) {
    const queries: Query[] = [];
    for (const p of positional) {
      const [type, name] = p.split('/', 2) as [string, string | undefined];
      if (!name) return `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n`;
      const resource = resourceForName(type);
      if (!resource) return unknownType(type);
      const existing = queries.find((q) => q.resource === resource);
      if (existing) existing.names.push(name);
      else queries.push({ resource, names: [name] });
    }
    return queries;
  }
  const types = positional[0]!.split(',').filter(Boolean).flatMap((t) => (t.toLowerCase() === 'all' ? ALL_CATEGORY : [t]));
  const names = positional.slice(1);
  const queries: Query[] = [];
  for (const t of types) {
    const resource = resourceForName(t);
    if (!resource) return unknownType(t);
    queries.push({ resource, names: [...names] });
  }
  return queries;
}

function unknownType(type: string): string {
  return `error: the server doesn't have a resource type "${type}"\n`;
}
