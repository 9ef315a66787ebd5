// One line saying what a traced message means, in the learner's language: the message's
// own caption when it has one (`RunPodSandbox`), else one for its shape (a REST request,
// a watch notification, a reply), else who sent what to whom.
import type { TraceEvent } from '../../engine';
import { lookup, translate, type Locale, type Params } from '../i18n/translate';
import { queryShape, requestQuery } from './requestQuery';

/** `kubelet/node-2` → "the kubelet on node-2" (the locale's wording). */
export function componentName(locale: Locale, address: string): string {
  const id = address.split('#')[0] ?? address;
  const [kind, node] = id.split('/');
  const key = `comp.${kind}`;
  return lookup(locale, key) === undefined ? id : translate(locale, key, { node });
}

export function humanBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/**
 * A caption's placeholders: every field of the message's detail by its own name (`{ip}`,
 * `{request}`, `{natRules}`…), then the few that are worked out: who sends to whom, the
 * node, the object's name and kind, sizes in kB/MB, a short container ID.
 */
function paramsOf(locale: Locale, e: TraceEvent): Params {
  const d = e.detail ?? {};
  const params: Params = {};
  for (const [k, v] of Object.entries(d)) if (v !== null) params[k] = String(v);
  const str = (k: string) => params[k] as string | undefined;
  const query = requestQuery(str('request'));
  return {
    ...params,
    fromName: componentName(locale, e.from),
    toName: componentName(locale, e.to),
    kind: e.kind,
    name: e.ref?.name ?? str('name') ?? nameInRequest(str('request')) ?? query?.involvedObject?.name,
    objKind: str('kind') ?? e.ref?.kind ?? query?.involvedObject?.kind,
    resource: query?.resource,
    labelSelector: query?.labelSelector,
    fieldSelector: query?.fieldSelector,
    node: e.to.split('/')[1]?.split('#')[0] ?? e.from.split('/')[1]?.split('#')[0],
    containerId: str('containerId')?.slice(0, 12),
    probe: str('probe')?.toLowerCase(),
    size: typeof d.bytes === 'number' ? humanBytes(d.bytes) : undefined,
    watchType: e.kind.split('.').pop(),
    // `ip netns exec cni-… ip link set eth0 up` is `ip link set eth0 up` run in the Pod's namespace.
    inNetns: str('command')?.replace(/^ip netns exec \S+ /, ''),
  };
}

/**
 * `GET /api/v1/namespaces/default/pods/web-1` → `web-1`, for requests that name one object
 * (a watch names it with `fieldSelector=metadata.name=web-1`).
 */
function nameInRequest(request: string | undefined): string | undefined {
  if (request === undefined) return undefined;
  const m = /\/namespaces\/[^/]+\/[^/]+\/([^/?\s]+)/.exec(request) ?? /fieldSelector=metadata\.name(?:%3D|=)([^&\s]+)/.exec(request);
  return m?.[1];
}

/** Which kind of a message this is, when its caption depends on it: a DNS rcode, a cached
 *  build step, a failed connection, whose rules an iptables-restore loads. */
function variant(d: TraceEvent['detail']): string | undefined {
  if (d === undefined) return undefined;
  if (d.waitingFor === 'gone') return 'gone';
  if (d.mode === 'ipvs') return 'ipvs';
  if (d.chains !== undefined) return 'flannel';
  if (typeof d.rcode === 'string' && d.rcode !== 'NOERROR') return d.rcode;
  if (d.cached === true) return 'cached';
  if (d.open === false) return 'closed';
  if (d.open === true) return typeof d.status !== 'number' ? 'open' : d.status >= 200 && d.status < 400 ? 'passed' : 'failed';
  if (d.ok === false) return 'failed';
  if (d.end === true) return 'end';
  if (d.follow === 'stop') return 'stop';
  if (typeof d.command === 'string' && d.command.startsWith('ip netns exec ')) return 'netns';
  return undefined;
}

/** The caption keys to try, most specific first. */
export function captionKeys(e: TraceEvent): string[] {
  const toKind = (e.to.split('/')[0] ?? e.to).split('#')[0];
  const code = e.detail?.code;
  const fromKind = (e.from.split('/')[0] ?? e.from).split('#')[0];
  const keys = [`${e.kind}@from.${fromKind}`, `${e.kind}@${toKind}`];
  // kubectl apply's GET (step 4) asks whether the object exists: its own words, and its answer's.
  if (e.step === 4 && /\.get(\.response)?$/.test(e.kind)) keys.unshift(code !== undefined && code !== null ? `${e.kind}@apply.${code}` : `${e.kind}@apply`);
  if (code !== undefined && code !== null) keys.push(`${e.kind}@${code}`);
  const which = variant(e.detail);
  if (which !== undefined) keys.push(`${e.kind}@${which}`);
  keys.push(e.kind);
  if (/\.(ADDED|MODIFIED|DELETED)$/.test(e.kind)) keys.push('generic.watch');
  else if (e.kind.endsWith('.response') && code !== undefined) keys.push('generic.response');
  else if (typeof e.detail?.request === 'string') {
    // A list or watch by selector says what it selects; its URL would be a line of %3D and %2C.
    const query = requestQuery(e.detail.request);
    const shape = query && queryShape(query);
    if (shape !== undefined) keys.push(`generic.request@${shape}`);
    keys.push('generic.request');
  }
  if (e.from === e.to) keys.push('generic.note');
  keys.push('generic');
  return keys.map((k) => `caption.${k}`);
}

/**
 * The first caption whose placeholders this message fills: kubectl's watch of one Pod names
 * it, and a watch of every Pod matching a label falls through to the caption for selectors.
 */
export function caption(locale: Locale, e: TraceEvent): string {
  const params = paramsOf(locale, e);
  const keys = captionKeys(e).filter((k) => lookup(locale, k) !== undefined);
  const fills = (k: string) => [...lookup(locale, k)!.matchAll(/\{(\w+)\}/g)].every((m) => params[m[1]!] !== undefined);
  const text = translate(locale, keys.find(fills) ?? keys[0] ?? 'caption.generic', params);
  // A sentence may begin with a component ("the kubelet on node-2 …"); kubectl stays lowercase.
  return text.startsWith('the ') ? 'T' + text.slice(1) : text;
}

/**
 * What the inspector shows for a message: its caption and, when the caption put it in words,
 * the request it describes, exactly as sent (selectors percent-encoded).
 */
export function messageDetails(locale: Locale, e: TraceEvent): string {
  const text = caption(locale, e);
  const request = e.detail?.request;
  return typeof request === 'string' && !text.includes(request) ? `${text}\n${request}` : text;
}

/**
 * The command the caption suggests before anything happens: applying pod.yaml where the
 * laptop has one (the sandbox, the nine steps), else a look at the Pods already there — a
 * lesson's cluster may hold other files, and a suggestion must work as typed.
 */
export function idleExample(files: ReadonlyMap<string, string>): string {
  return files.has('pod.yaml') ? 'kubectl apply -f pod.yaml' : 'kubectl get pods';
}
