// Label and field selectors as the API server parses them (apimachinery labels.Parse and
// fields.ParseSelector): `app=web,tier!=db`, `env in (prod,staging)`, `!canary`,
// `spec.nodeName=node-1`, `status.phase!=Succeeded`.

export type Requirement =
  | { key: string; op: '=' | '!='; values: [string] }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!'; values: [] };

export type Selector = Requirement[];

export type SelectorParse = { ok: true; selector: Selector } | { ok: false; error: string };

/** Parse a label selector; an empty string selects everything. */
export function parseLabelSelector(text: string): SelectorParse {
  const selector: Selector = [];
  for (const part of splitTopLevel(text)) {
    const term = part.trim();
    if (term === '') continue;
    const req = parseTerm(term);
    if (typeof req === 'string') return { ok: false, error: `unable to parse requirement: ${req}` };
    selector.push(req);
  }
  return { ok: true, selector };
}

function parseTerm(term: string): Requirement | string {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = set[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { key: set[1]!, op: set[2] as 'in' | 'notin', values };
  }
  if (term.startsWith('!')) return validKey(term.slice(1)) ?? { key: term.slice(1), op: '!', values: [] };
  const m = /^([^=!\s]+)\s*(==|=|!=)\s*([^=!\s]*)$/.exec(term);
  if (m) {
    const bad = validKey(m[1]!);
    if (bad) return bad;
    return { key: m[1]!, op: m[2] === '!=' ? '!=' : '=', values: [m[3]!] };
  }
  return validKey(term) ?? { key: term, op: 'exists', values: [] };
}

function validKey(key: string): string | undefined {
  if (/^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(key)) {
    return undefined;
  }
  return `invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`;
}

/** Split on commas that are not inside `( … )`. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function matchesLabels(selector: Selector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const r of selector) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        if (v !== r.values[0]) return false;
        break;
      case '!=':
        if (has && v === r.values[0]) return false;
        break;
      case 'in':
        if (!has || !r.values.includes(v!)) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v!)) return false;
        break;
      case 'exists':
        if (!has) return false;
        break;
      case '!':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** A `matchLabels` map (Service selectors, ReplicaSet selectors) as a selector. */
/** A map selector (a Service's `spec.selector`): every key's label has that key's value. */
export function matchesLabelMap(map: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const key in map) if (l[key] !== map[key]) return false;
  return true;
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

export type FieldSelectorParse = { ok: true; selector: FieldRequirement[] } | { ok: false; error: string };

export function parseFieldSelector(text: string): FieldSelectorParse {
  const out: FieldRequirement[] = [];
  for (const raw of text.split(',')) {
    const term = raw.trim();
    if (term === '') continue;
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(term);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${term}'` };
    out.push({ field: m[1]!.trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3]!.trim() });
  }
  return { ok: true, selector: out };
}

/** The fields each resource can be selected by, as the API server registers them. */
const FIELD_GETTERS: Record<string, Record<string, (o: Record<string, unknown>) => string>> = {
  pods: {
    'spec.nodeName': (o) => str(get(o, 'spec', 'nodeName')),
    'spec.restartPolicy': (o) => str(get(o, 'spec', 'restartPolicy')),
    'spec.schedulerName': (o) => str(get(o, 'spec', 'schedulerName')),
    'spec.serviceAccountName': (o) => str(get(o, 'spec', 'serviceAccountName')),
    'status.phase': (o) => str(get(o, 'status', 'phase')),
    'status.podIP': (o) => str(get(o, 'status', 'podIP')),
    'status.nominatedNodeName': (o) => str(get(o, 'status', 'nominatedNodeName')),
  },
  events: {
    'involvedObject.kind': (o) => str(get(o, 'involvedObject', 'kind')),
    'involvedObject.namespace': (o) => str(get(o, 'involvedObject', 'namespace')),
    'involvedObject.name': (o) => str(get(o, 'involvedObject', 'name')),
    'involvedObject.uid': (o) => str(get(o, 'involvedObject', 'uid')),
    'involvedObject.apiVersion': (o) => str(get(o, 'involvedObject', 'apiVersion')),
    'involvedObject.resourceVersion': (o) => str(get(o, 'involvedObject', 'resourceVersion')),
    'involvedObject.fieldPath': (o) => str(get(o, 'involvedObject', 'fieldPath')),
    reason: (o) => str(o.reason),
    reportingComponent: (o) => str(o.reportingComponent),
    // The event strategy's `source`: the source component, else the reporting controller.
    source: (o) => str(get(o, 'source', 'component')) || str(o.reportingComponent),
    type: (o) => str(o.type),
  },
  namespaces: { 'status.phase': (o) => str(get(o, 'status', 'phase')) },
  nodes: { 'spec.unschedulable': (o) => String(get(o, 'spec', 'unschedulable') ?? false) },
};

/** Check a field selector is supported for a resource; returns the API server's error text if not. */
export function unsupportedField(resource: string, selector: FieldRequirement[]): string | undefined {
  const getters = FIELD_GETTERS[resource] ?? {};
  for (const r of selector) {
    if (r.field === 'metadata.name' || r.field === 'metadata.namespace') continue;
    if (!getters[r.field]) return `field label not supported: ${r.field}`;
  }
  return undefined;
}

export function matchesFields(resource: string, selector: FieldRequirement[], obj: Record<string, unknown>): boolean {
  const getters = FIELD_GETTERS[resource] ?? {};
  for (const r of selector) {
    let value: string;
    if (r.field === 'metadata.name') value = str(get(obj, 'metadata', 'name'));
    else if (r.field === 'metadata.namespace') value = str(get(obj, 'metadata', 'namespace'));
    else value = getters[r.field]?.(obj) ?? '';
    if ((value === r.value) !== (r.op === '=')) return false;
  }
  return true;
}

/** `obj[a][b]`, or undefined where there is nothing: a watch tests these on every write. */
function get(obj: Record<string, unknown>, a: string, b: string): unknown {
  const v = obj[a];
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[b] : undefined;
}

function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}
