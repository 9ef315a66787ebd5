// The `pod-template-hash` a Deployment gives its ReplicaSets (controller.ComputeHash):
// FNV-32a over the Pod template, plus the collision count when there is one, its
// decimal value then mapped character by character onto the alphabet of generated
// names (rand.SafeEncodeString), so a value such as 1804289383 becomes ten characters like `5d4b8c7f9x`.
// Kubernetes hashes a spew dump of the Go struct; Pod Lab hashes the template's JSON
// with sorted keys — the same algorithm over different bytes, so the hashes are
// stable and well-formed but not those a real cluster would print for the template.
import { NAME_ALPHABET } from '../runtime/rng';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text` (Go's hash/fnv New32a). */
export function fnv32a(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each character's code, modulo the alphabet's length. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += NAME_ALPHABET[(ch.codePointAt(0) ?? 0) % NAME_ALPHABET.length];
  return out;
}

/** JSON with object keys sorted, so equal templates hash alike whatever their key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}


/** ComputeHash(template, collisionCount). */
export function computeHash(template: unknown, collisionCount?: number): string {
  const bytes = utf8ToBytes(canonical(template));
  let h = fnv32a(bytes);
  if (collisionCount !== undefined) {
    // binary.LittleEndian.PutUint32 into an 8-byte buffer: four bytes of the count, four zeros.
    const extra = new Uint8Array(8);
    new DataView(extra.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(extra, h);
  }
  return safeEncodeString(String(h));
}
