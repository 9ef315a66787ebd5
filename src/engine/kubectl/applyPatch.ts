/**
 * The three-way patch `kubectl apply` computes (original = last-applied configuration,
 * modified = the file now, current = the live object): fields dropped from the file are
 * deleted, fields that differ from the live object are set, and lists Kubernetes merges by
 * a key (containers by name, ports by number) are compared item by item, so a manifest
 * applied twice gives an empty patch — `unchanged`.
 */
const LIST_KEYS = ['name', 'containerPort', 'port', 'mountPath', 'key', 'type'];

export function threeWayPatch(original: unknown, modified: unknown, current: unknown): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const o = isMap(original) ? original : {};
  const m = isMap(modified) ? modified : {};
  const c = isMap(current) ? current : {};
  for (const k of Object.keys(o)) if (!(k in m)) patch[k] = null;
  for (const [k, v] of Object.entries(m)) {
    if (isMap(v) && isMap(c[k])) {
      const sub = threeWayPatch(o[k], v, c[k]);
      if (Object.keys(sub).length > 0) patch[k] = sub;
    } else if (!covers(v, c[k])) patch[k] = v;
  }
  return patch;
}

/** Does the live value already say everything the file says (defaults may add more)? */
function covers(want: unknown, live: unknown): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(live) || want.length !== live.length) return false;
    return want.every((w, i) => covers(w, matchItem(w, live, i)));
  }
  if (isMap(want)) return isMap(live) && Object.entries(want).every(([k, v]) => covers(v, live[k]));
  return want === live || (typeof want === 'number' && String(want) === live);
}

function matchItem(want: unknown, live: unknown[], i: number): unknown {
  if (!isMap(want)) return live[i];
  const key = LIST_KEYS.find((k) => k in want);
  if (!key) return live[i];
  return live.find((l) => isMap(l) && l[key] === want[key]);
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Go's json.Marshal of an unstructured object: keys sorted, no spaces. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isMap(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
