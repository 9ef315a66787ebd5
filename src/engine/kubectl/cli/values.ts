/**
 * How pflag turns a flag's text into its value, with Go's own error wording
 * (strconv, time) — the part kubectl prints after `invalid argument "x" for "--f" flag:`.
 */
import { parseDurationDetailed } from './duration';
import type { FlagSpec, FlagValue } from './types';

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool */
function parseBool(s: string): boolean | string {
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return `strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`;
}

/** strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b/leading-0 octal, `_` between digits. */
function parseInt64(s: string): number | string {
  const quoted = JSON.stringify(s);
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  const body = m?.[2] ?? '';
  // Go allows `_` only between digits (or right after a base prefix).
  if (!m || body.includes('__') || body.endsWith('_')) {
    return `strconv.ParseInt: parsing ${quoted}: invalid syntax`;
  }
  const clean = body.replace(/_/g, '');
  const big = BigInt(/^0[0-7]/.test(clean) ? '0o' + clean.slice(1) : clean) * (m[1] === '-' ? -1n : 1n);
  if (big > 9223372036854775807n || big < -9223372036854775808n) {
    return `strconv.ParseInt: parsing ${quoted}: value out of range`;
  }
  return Number(big);
}

/** pflag reads a string slice as one CSV record: `a,b` and `"a,b",c`. */
function readCsv(s: string): string[] {
  if (s === '') return [];
  const out: string[] = [];
  let cur = '';
  let inQuotes = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (inQuotes) {
      if (ch === '"' && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') inQuotes = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * The flag's new value, or Go's error text. `previous` is the value so far and
 * `changed` whether the flag was already given: a repeated list flag appends, the
 * first one replaces the default.
 */
export function setFlagValue(
  spec: FlagSpec,
  text: string,
  previous: FlagValue,
  changed: boolean,
): FlagValue | { error: string } {
  const wrap = (
    r: FlagValue | string,
    isError: (v: FlagValue | string) => boolean,
  ): FlagValue | { error: string } => (isError(r) ? { error: String(r) } : r);
  switch (spec.type) {
    case 'bool':
      return wrap(parseBool(text), (v) => typeof v === 'string');
    case 'int':
      return wrap(parseInt64(text), (v) => typeof v === 'string');
    case 'duration':
      return wrap(parseDurationDetailed(text), (v) => typeof v === 'string');
    case 'string':
      return text;
    case 'stringArray':
      return changed && Array.isArray(previous) ? [...previous, text] : [text];
    case 'stringSlice':
      return changed && Array.isArray(previous) ? [...previous, ...readCsv(text)] : readCsv(text);
    case 'stringToString': {
      // pflag's stringToString: `k=v,k2=v2`, kept here as the `k=v` pairs in order.
      const pairs = readCsv(text);
      const bad = pairs.find((p) => !p.includes('='));
      if (bad !== undefined) return { error: `${bad} must be formatted as key=value` };
      return changed && Array.isArray(previous) ? [...previous, ...pairs] : pairs;
    }
  }
}

/** The value a flag has before the command line sets it. */
export function defaultValue(spec: FlagSpec): FlagValue {
  const d = spec.default;
  switch (spec.type) {
    case 'bool':
      return d === true || d === 'true';
    case 'int':
      return typeof d === 'number' ? d : Number(d ?? 0);
    case 'duration': {
      if (typeof d === 'number') return d;
      const ms = parseDurationDetailed(String(d ?? '0'));
      return typeof ms === 'number' ? ms : 0;
    }
    case 'string':
      return typeof d === 'string' ? d : d === undefined ? '' : String(d);
    case 'stringArray':
    case 'stringSlice':
    case 'stringToString':
      return Array.isArray(d) ? [...d] : [];
  }
}
