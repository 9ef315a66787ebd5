// `kubectl events` (kubectl/pkg/cmd/events, v1.35): a namespace's Events, every
// namespace's with -A, or one object's with `--for TYPE/NAME` (a field selector on
// involvedObject kind, apiVersion and name), oldest first by when each was last seen.
// The table is LAST SEEN, TYPE, REASON, OBJECT (Kind/name) and MESSAGE; `--types` keeps
// Normal or Warning ones; `-w` prints each Event as the watch reports it, each line
// flushed on its own as kubectl's tabwriter does.
import type { KubeEvent, KubeObject } from '../../api/objects';
import { resourceForName, type ResourceInfo } from '../../api/resources';
import type { ParsedArgs } from '../cli';
import { flagNamespace, stringList } from '../common';
import { parseDuration } from '../cli/duration';
import { interval, sortTime } from '../printers/describe/events';
import { printNames, toJson, toYaml } from '../printers';
import { tabwrite, TABLE_SETTINGS } from '../printers/tabwriter';
import { nextChange, out, type KubectlEffect, type KubectlEnv, type KubectlProgram, type WatchStream } from '../program';
import { failWith } from './createGenerated';
import { listJson, outputFormatError } from './printObject';
import { listObjects } from './resourceArgs';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface EventsOptions {
  namespace: string | undefined;
  fieldSelector: string;
  types: string[];
  output: string;
  noHeaders: boolean;
  /** --request-timeout: how long -w watches (0: until Ctrl-C). */
  watchTimeoutMs: number;
}

export function* events(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const opts = options(env, args);
  if (typeof opts === 'string') return yield* failWith(opts);
  if (args.flags.watch === true) return yield* watchEvents(env, opts);
  const listed = yield* listObjects(resourceForName('events')!, opts.namespace, { fieldSelector: opts.fieldSelector });
  if ('error' in listed) return yield* failWith(listed.error);
  const found = (listed.items as unknown as KubeEvent[]).filter((e) => keeps(opts, e));
  if (found.length === 0) {
    yield { op: 'err', text: opts.namespace === undefined ? 'No events found.\n' : `No events found in ${opts.namespace} namespace.\n` };
    return 0;
  }
  yield* out(printList(byLastSeen(found), opts, env.now()));
  return 0;
}

/** Complete and Validate: --for as resource/name, --types Normal or Warning, a printable -o. */
function options(env: KubectlEnv, args: ParsedArgs): EventsOptions | string {
  const all = args.flags['all-namespaces'] === true;
  let fieldSelector = '';
  const forObject = String(args.flags.for ?? '');
  if (forObject !== '') {
    const target = forTarget(forObject);
    if (typeof target === 'string') return target;
    fieldSelector = `involvedObject.kind=${target.resource.kind},involvedObject.apiVersion=${target.resource.groupVersion},involvedObject.name=${target.name}`;
  }
  const types = stringList(args.flags.types).flatMap((t) => t.split(','));
  if (types.some((t) => !['normal', 'warning'].includes(t.toLowerCase()))) return 'error: valid --types are Normal or Warning';
  const output = String(args.flags.output ?? '');
  const badOutput = outputFormatError(output);
  if (badOutput) return badOutput;
  return { namespace: all ? undefined : flagNamespace(env, args), fieldSelector, types, output, noHeaders: args.flags['no-headers'] === true, watchTimeoutMs: parseDuration(String(args.flags['request-timeout'] ?? '0')) ?? 0 };
}

/** decodeResourceTypeName: `pod/web`, `deployments.apps/web`. */
function forTarget(s: string): { resource: ResourceInfo; name: string } | string {
  if (!s.includes('/')) return 'error: --for must be in resource/name form';
  const seg = s.split('/');
  if (seg.length !== 2) return 'error: arguments in resource/name form may not have more than one slash';
  const [type = '', name = ''] = seg;
  const resource = resourceForName(type.toLowerCase());
  if (!resource) return `error: the server doesn't have a resource type "${type}"`;
  return { resource, name };
}

/** SortableEvents: oldest sighting first; a stable sort, as Go's keeps equal times in list order. */
function byLastSeen(evs: readonly KubeEvent[]): KubeEvent[] {
  return [...evs].sort((a, b) => sortTime(a) - sortTime(b));
}

function keeps(opts: EventsOptions, e: KubeEvent): boolean {
  return opts.types.length === 0 || opts.types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase());
}

/** The events as -o asks: the table, `event/NAME` lines, or one EventList. */
function printList(evs: KubeEvent[], opts: EventsOptions, now: number): string {
  if (opts.output === 'name') return printNames('events', evs as unknown as KubeObject[]);
  const items = evs.map((e) => ({ ...e, apiVersion: 'v1', kind: 'Event' })) as unknown as KubeObject[];
  if (opts.output === 'json') return listJson(items, 'EventList');
  if (opts.output === 'yaml') return toYaml({ apiVersion: 'v1', items, kind: 'EventList', metadata: {} });
  return table(evs, opts, now, !opts.noHeaders);
}

function table(evs: KubeEvent[], opts: EventsOptions, now: number, headings: boolean): string {
  const withNamespace = opts.namespace === undefined;
  let text = '';
  if (headings) text += (withNamespace ? 'NAMESPACE\t' : '') + 'LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n';
  for (const e of evs) {
    const o = e.involvedObject;
    text += `${withNamespace ? `${e.metadata?.namespace ?? ''}\t` : ''}${interval(e, now)}\t${e.type ?? ''}\t${e.reason ?? ''}\t${o.kind}/${o.name}\t${(e.message ?? '').trim()}\n`;
  }
  return tabwrite(text, TABLE_SETTINGS);
}

/** One watched Event: a table line (the headings before the first), its name, or the object (YAML documents after the first start with ---). */
function watchedLine(e: KubeEvent, opts: EventsOptions, now: number, printed: number): string {
  if (opts.output === '') return table([e], opts, now, printed === 0 && !opts.noHeaders);
  if (opts.output === 'name') return printNames('events', [e as unknown as KubeObject]);
  const item = { ...e, apiVersion: 'v1', kind: 'Event' };
  return opts.output === 'json' ? toJson(item) : (printed > 0 ? '---\n' : '') + toYaml(item);
}

/**
 * runWatch: a watch without a resourceVersion, so the Events already there come first
 * (as ADDED), then each new or repeated one; every one is printed and flushed alone.
 */
function* watchEvents(env: KubectlEnv, opts: EventsOptions): KubectlProgram {
  const listed = yield* listObjects(resourceForName('events')!, opts.namespace, { fieldSelector: opts.fieldSelector });
  if ('error' in listed) return yield* failWith(listed.error);
  let printed = 0;
  const print = function* (e: KubeEvent): Step<void> {
    if (!keeps(opts, e)) return;
    yield* out(watchedLine(e, opts, env.now(), printed++));
  };
  for (const e of byLastSeen(listed.items as unknown as KubeEvent[])) yield* print(e);
  const stream: WatchStream = { resource: 'events', ...(opts.namespace !== undefined ? { namespace: opts.namespace } : {}), ...(opts.fieldSelector ? { fieldSelector: opts.fieldSelector } : {}) };
  for (;;) {
    const change = yield* nextChange(stream, opts.watchTimeoutMs);
    if (!change) return 0;
    if (change.event !== 'DELETED') yield* print(change.object as unknown as KubeEvent);
  }
}
