// `kubectl get TYPE [NAME] -w` / `--watch-only`: list (or get) first, then print a row for
// every change the API server's watch reports, until --request-timeout runs out or the
// learner presses Ctrl-C. Rows keep the widths the header set (kubectl's tabwriter
// remembers them), and a wider cell widens its column from then on.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { parseDuration } from '../cli/duration';
import { noResourcesMessage, printNames, printTable } from '../printers';
import { nextChange, out, type KubectlEffect, type KubectlEnv, type KubectlProgram, type WatchStream } from '../program';
import { failWith } from './createGenerated';
import { fetch, tableOptions, type Query } from './get';

export function* watch(env: KubectlEnv, args: ParsedArgs, queries: Query[], ns: string | undefined, selectors: { labels: string; fields: string }): KubectlProgram {
  if (new Set(queries.map((q) => q.resource.resource)).size > 1) return yield* failWith('error: watch is only supported on individual resources and resource collections, but a list of resources is found');
  const q = queries[0]!;
  if (q.names.length > 1) return yield* failWith(`error: watch is only supported on individual resources and resource collections, but ${q.names.length} resources were found`);
  const output = String(args.flags.output ?? '');
  if (!['', 'wide', 'name'].includes(output)) return yield* failWith(`error: "kubectl get -w -o ${output}" is not part of Pod Lab's simulation yet; watch with the table, -o wide or -o name`);
  const timeoutMs = parseDuration(String(args.flags['request-timeout'] ?? '0')) ?? 0;
  const namespace = q.resource.namespaced ? ns : undefined;
  const widths: number[] = [];
  let headed = false;
  const events = args.flags['output-watch-events'] === true;
  const print = function* (objs: KubeObject[], event: string): Generator<KubectlEffect, void, unknown> {
    if (output === 'name') return yield* out(printNames(q.resource.resource, objs));
    const o = tableOptions(env, args, q.resource, namespace);
    yield* out(printTable(q.resource.resource, objs, { ...o, noHeaders: headed || o.noHeaders, widths, ...(events ? { watchEvent: event } : {}) }));
    headed = true;
  };
  if (args.flags['watch-only'] !== true) {
    const first = yield* fetch(q, namespace, selectors);
    if (first.failed) return 1;
    if (first.items.length > 0) yield* print(first.items, 'ADDED');
    else if (q.names.length === 0) yield { op: 'err', text: noResourcesMessage(namespace) + '\n' };
  }
  const fields = [selectors.fields, q.names.length === 1 ? `metadata.name=${q.names[0]}` : ''].filter(Boolean).join(',');
  const stream: WatchStream = {
    resource: q.resource.resource,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(selectors.labels ? { labelSelector: selectors.labels } : {}),
    ...(fields ? { fieldSelector: fields } : {}),
  };
  for (;;) {
    const change = yield* nextChange(stream, timeoutMs);
    if (!change) return 0;
    yield* print([change.object], change.event);
  }
}
