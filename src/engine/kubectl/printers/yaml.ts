// `kubectl -o yaml`: the object goes through JSON, then sigs.k8s.io/yaml's go-yaml v2
// emitter. Keys are sorted, nested maps indent by two, a list under a key starts its
// `- ` at the key's own column, empty maps and lists print `{}` and `[]`, and long
// strings fold at a space once a line passes 80 columns. Strings are quoted by the
// rules in yamlScalar.ts. This is a small emitter written for exactly that output.
import { isBreak, isPrintable, scalarStyle, yamlKeyLess } from './yamlScalar';

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

class Emitter {
  out = '';
  column = 0;

  put(text: string): void {
    this.out += text;
    this.column += [...text].length;
  }

  newline(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** Start a new line at `indent` unless already at the start of one. */
  lineStart(indent: number): void {
    if (this.column > 0) this.newline();
    this.put(' '.repeat(indent));
  }

  fold(indent: number): void {
    this.newline();
    this.put(' '.repeat(indent));
  }
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escape(cp: number): string {
  const named = ESCAPES[cp];
  if (named !== undefined) return '\\' + named;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return '\\x' + hex.padStart(2, '0');
  return cp <= 0xffff ? '\\u' + hex.padStart(4, '0') : '\\U' + hex.padStart(8, '0');
}

function writePlain(e: Emitter, chars: string[], indent: number, allowBreaks: boolean): void {
  let spaces = false;
  chars.forEach((ch, i) => {
    if (ch === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && chars[i + 1] !== ' ') e.fold(indent);
      else e.put(' ');
      spaces = true;
    } else {
      e.put(ch);
      spaces = false;
    }
  });
}

function writeSingle(e: Emitter, chars: string[], indent: number, allowBreaks: boolean): void {
  e.put("'");
  let spaces = false;
  chars.forEach((ch, i) => {
    if (ch === ' ') {
      const inside = i > 0 && i < chars.length - 1;
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && inside && chars[i + 1] !== ' ') e.fold(indent);
      else e.put(' ');
      spaces = true;
    } else {
      e.put(ch === "'" ? "''" : ch);
      spaces = false;
    }
  });
  e.put("'");
}

function writeDouble(e: Emitter, chars: string[], indent: number, allowBreaks: boolean): void {
  e.put('"');
  let spaces = false;
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isPrintable(cp) || isBreak(ch) || ch === '"' || ch === '\\') {
      e.put(escape(cp));
      spaces = false;
    } else if (ch === ' ') {
      if (allowBreaks && !spaces && e.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
        e.fold(indent);
        if (chars[i + 1] === ' ') e.put('\\');
      } else e.put(' ');
      spaces = true;
    } else {
      e.put(ch);
      spaces = false;
    }
  });
  e.put('"');
}

/** `|` block: chomping `-` without a final newline, `+` with several. */
function writeLiteral(e: Emitter, chars: string[], indent: number): void {
  e.put('|');
  if (chars[0] === ' ' || isBreak(chars[0])) e.put(String(BEST_INDENT));
  const n = chars.length;
  if (!isBreak(chars[n - 1])) e.put('-');
  else if (n === 1 || isBreak(chars[n - 2])) e.put('+');
  e.newline();
  let breaks = true;
  for (const ch of chars) {
    if (isBreak(ch)) {
      e.newline();
      breaks = true;
    } else {
      if (breaks) e.put(' '.repeat(indent));
      e.put(ch);
      breaks = false;
    }
  }
}

function writeString(e: Emitter, s: string, indent: number, isKey: boolean): void {
  const chars = [...s];
  let style = scalarStyle(s, isKey);
  // Line breaks other than \n inside quotes are left to double quotes, which escape them.
  if (style === 'single' && chars.some(isBreak)) style = 'double';
  if (style === 'plain') writePlain(e, chars, indent, !isKey);
  else if (style === 'single') writeSingle(e, chars, indent, !isKey);
  else if (style === 'double') writeDouble(e, chars, indent, !isKey);
  else writeLiteral(e, chars, indent);
}

/** go-yaml formats a non-integral float with strconv 'g' (exponent from 1e6 or below 1e-4). */
function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n > 0 ? '.inf' : '-.inf';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    const [mant = '', e = '0'] = n.toExponential().split('e');
    const ev = Number(e);
    return `${mant}e${ev < 0 ? '-' : '+'}${String(Math.abs(ev)).padStart(2, '0')}`;
  }
  return String(n);
}

function writeScalar(e: Emitter, v: Json, indent: number): void {
  if (v === null) e.put('null');
  else if (typeof v === 'boolean') e.put(String(v));
  else if (typeof v === 'number') e.put(formatNumber(v));
  else if (typeof v === 'string') writeString(e, v, indent, false);
}

function isEmptyCollection(v: Json): string | undefined {
  if (Array.isArray(v)) return v.length === 0 ? '[]' : undefined;
  if (v !== null && typeof v === 'object') return Object.keys(v).length === 0 ? '{}' : undefined;
  return undefined;
}

/** A node after `key:` or `- `; `indent` is the column of that key or dash. */
function writeNode(e: Emitter, v: Json, indent: number, inMapping: boolean): void {
  const empty = isEmptyCollection(v);
  if (empty) {
    e.put(' ' + empty);
  } else if (Array.isArray(v)) {
    // A list under a key is "indentless": its dashes sit at the key's column.
    if (inMapping) writeSequence(e, v, indent, false);
    else {
      e.put(' ');
      writeSequence(e, v, indent + BEST_INDENT, true);
    }
  } else if (v !== null && typeof v === 'object') {
    if (inMapping) writeMapping(e, v, indent + BEST_INDENT, false);
    else {
      e.put(' ');
      writeMapping(e, v, indent + BEST_INDENT, true);
    }
  } else {
    e.put(' ');
    writeScalar(e, v, indent + BEST_INDENT);
  }
}

function writeMapping(e: Emitter, map: { [key: string]: Json }, indent: number, inline: boolean): void {
  const keys = Object.keys(map).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
  keys.forEach((key, i) => {
    if (!(inline && i === 0)) e.lineStart(indent);
    writeString(e, key, indent, true);
    e.put(':');
    writeNode(e, map[key] as Json, indent, true);
  });
}

function writeSequence(e: Emitter, items: Json[], indent: number, inline: boolean): void {
  items.forEach((item, i) => {
    if (!(inline && i === 0)) e.lineStart(indent);
    e.put('-');
    writeNode(e, item, indent, false);
  });
}

/** Exactly what `kubectl get -o yaml` prints for an object (ending in a newline). */
export function toYaml(obj: unknown): string {
  const json = JSON.parse(JSON.stringify(obj) ?? 'null') as Json;
  const e = new Emitter();
  const empty = isEmptyCollection(json);
  if (empty) e.put(empty);
  else if (Array.isArray(json)) writeSequence(e, json, 0, true);
  else if (json !== null && typeof json === 'object') writeMapping(e, json, 0, true);
  else writeScalar(e, json, 0);
  if (e.column > 0) e.newline();
  return e.out;
}
