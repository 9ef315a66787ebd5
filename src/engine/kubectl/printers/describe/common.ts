// Field printers shared by every `kubectl describe` (describe.go): labels one per
// line sorted by key, annotations as `key: value` (long or multi-line ones on lines
// of their own), tolerations and taints, resource lists.
import type { Container } from '../../../api/objects';
import { canonicalQuantity } from '../quantity';
import { LEVEL_0, type PrefixWriter } from './writer';

/** `Labels:` with one `key=value` per line, keys sorted; `<none>` when empty. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${key}=${labels?.[key] ?? ''}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
/** kubectl never shows the copy of the manifest that `kubectl apply` keeps. */
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** Go's len(): UTF-8 bytes. */
function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function shorten(s: string, max: number): string {
  return byteLength(s) > max ? s.slice(0, max) + '...' : s;
}

/** `Annotations:` as `key: value`; a long or multi-line value goes below its key. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    const raw = annotations?.[key] ?? '';
    const value = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (byteLength(value) + byteLength(key) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${key}: ${value}\n`);
    }
  });
}

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** `node.kubernetes.io/not-ready:NoExecute op=Exists for 300s`, sorted by key. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    // An Exists toleration without key or effect tolerates everything.
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, s + '\n');
  });
}

interface Taint {
  key: string;
  value?: string;
  effect: string;
}

/** `Taints:` as `key[=value]:Effect`, sorted by effect then key. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: Taint[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const cmp = (t: Taint): string => `${t.effect},${t.key}`;
  const list = [...(taints ?? [])].sort((a, b) => (cmp(a) < cmp(b) ? -1 : cmp(a) > cmp(b) ? 1 : 0));
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, (t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`) + '\n');
  });
}

export function printBool(b: boolean | undefined): string {
  return b ? 'True' : 'False';
}

/** `Limits:` / `Requests:` blocks, resource names sorted, quantities canonical. */
export function describeResources(resources: Container['resources'], w: PrefixWriter, level: number): void {
  for (const [title, list] of [
    ['Limits', resources?.limits],
    ['Requests', resources?.requests],
  ] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${canonicalQuantity(list?.[name])}\n`);
  }
}
