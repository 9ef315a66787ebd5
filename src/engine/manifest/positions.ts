// Where a field path ('spec.containers[0].imagee', 'metadata.labels[app]') sits in the
// YAML source, so the editor can underline the key an error names. A path that goes past
// what the document has (a missing required field) points at the deepest part that exists.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

function segments(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)) out.push(m[1] ?? m[2] ?? '');
  return out;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

interface Found {
  node: Node | null;
  /** Offset to point at: the key of a mapping entry, or the node itself. */
  offset: number | undefined;
  consumed: number;
}

/** Step into a mapping, matching the longest run of segments a key contains dots for. */
function stepMap(node: Node, segs: string[], i: number): Found | undefined {
  if (!isMap(node)) return undefined;
  for (let j = segs.length; j > i; j--) {
    const want = segs.slice(i, j).join('.');
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === want);
    if (pair) {
      const key = pair.key as Node | null;
      return { node: (pair.value as Node | null) ?? null, offset: key?.range?.[0], consumed: j - i };
    }
  }
  return undefined;
}

function stepSeq(node: Node, seg: string): Found | undefined {
  if (!isSeq(node) || !/^\d+$/.test(seg)) return undefined;
  const item = node.items[Number(seg)] as Node | undefined;
  return item ? { node: item, offset: item.range?.[0], consumed: 1 } : undefined;
}

/** File offset of the node a path names (or the deepest existing part of it). */
export function offsetOfPath(root: Node | null, path: string): number | undefined {
  const segs = segments(path);
  let node = root;
  let offset = root?.range?.[0];
  for (let i = 0; i < segs.length && node; ) {
    const found = stepMap(node, segs, i) ?? stepSeq(node, segs[i] ?? '');
    if (!found) break;
    offset = found.offset ?? offset;
    node = found.node;
    i += found.consumed;
  }
  return offset;
}
