// What a list or watch request asks for, read from its URL: which resource, which labels and
// fields select it, and whether it is a watch. A caption says this in words; the URL itself,
// percent-encoded selectors and all, stays in the message's details.

export interface RequestQuery {
  /** The resource listed or watched, as the URL spells it: `pods`, `events`, `endpointslices`. */
  resource: string;
  watch: boolean;
  /** Decoded, as kubectl was given it: `app=web`. */
  labelSelector?: string;
  /** Decoded, one requirement after another: `spec.nodeName=node-1, status.phase!=Failed`. */
  fieldSelector?: string;
  /** `kubectl describe` asks for the Events whose involvedObject is the object described. */
  involvedObject?: { kind: string; name: string };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** `GET /api/v1/namespaces/default/events?fieldSelector=…&limit=500` → what it selects; undefined without a query. */
export function requestQuery(request: string | undefined): RequestQuery | undefined {
  const m = request === undefined ? null : /^[A-Z]+ (\/[^?\s]*)\?(\S+)/.exec(request);
  if (!m) return undefined;
  const resource = m[1]!.split('/').filter(Boolean).pop() ?? '';
  const params = new Map<string, string>();
  for (const pair of m[2]!.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0) params.set(pair.slice(0, eq), decode(pair.slice(eq + 1)));
  }
  const labels = params.get('labelSelector');
  const fields = params.get('fieldSelector');
  const requirements = fields ? fields.split(',').map((r) => r.trim()) : [];
  const field = (name: string) => requirements.find((r) => r.startsWith(`${name}=`))?.slice(name.length + 1);
  const kind = field('involvedObject.kind');
  const name = field('involvedObject.name');
  return {
    resource,
    watch: params.get('watch') === 'true' || params.get('watch') === '1',
    ...(labels ? { labelSelector: labels } : {}),
    ...(requirements.length ? { fieldSelector: requirements.join(', ') } : {}),
    ...(kind && name ? { involvedObject: { kind, name } } : {}),
  };
}

/**
 * Which caption a query takes: `events` (of one object), `labels`, `fields` or
 * `labels.fields`, after `watch.` for a watch (`watch` alone watches the whole resource).
 * Undefined for a list with no selector: its URL is short enough to show.
 */
export function queryShape(q: RequestQuery): string | undefined {
  if (!q.watch && q.involvedObject) return 'events';
  const by = [q.labelSelector && 'labels', q.fieldSelector && 'fields'].filter(Boolean).join('.');
  if (q.watch) return by ? `watch.${by}` : 'watch';
  return by || undefined;
}
