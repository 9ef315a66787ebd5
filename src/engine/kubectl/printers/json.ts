// `kubectl -o json`: kubectl decodes what the API server sends into unstructured
// maps and prints them with Go's json.MarshalIndent(obj, "", "    "). Go sorts map
// keys, so every object prints with its keys in byte order, and Go escapes <, > and &
// (and U+2028/U+2029) inside strings as \u003c, \u003e, \u0026.

const GO_HTML_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (ch) => GO_HTML_ESCAPES[ch] ?? ch);
}

// Written out rather than JSON.stringify(…, 4): JavaScript would put integer-like
// keys ("10", "9") first in numeric order, where Go sorts every key as a string.
function encode(v: unknown, indent: string): string {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? quote(v) : JSON.stringify(v);
  const inner = indent + '    ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + encode(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${quote(k)}: ${encode(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** Exactly what `kubectl get -o json` prints for an object (ending in a newline). */
export function toJson(obj: unknown): string {
  // Round-trip first so undefined fields vanish, as they would from a Go struct.
  const plain = JSON.parse(JSON.stringify(obj) ?? 'null') as unknown;
  return encode(plain, '') + '\n';
}
