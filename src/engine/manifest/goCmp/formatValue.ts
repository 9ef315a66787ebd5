// go-cmp's printing of one Go value (report_reflect.go) and the options every printing
// step carries (report_compare.go formatOptions): strings %q-quoted or raw, nil, &pointers,
// composite types named where they are not obvious, zero struct fields left out, and a
// verbosity budget that cuts long values short with "...".
import { goQuote } from '../fieldErrors';
import type { GoType } from './goTypes';
import { isZero, type BasicValue, type GoValue, type PtrValue } from './goValue';
import { appendEllipsis, isLine, line, NIL, textList, wrap, type TextNode, type TextRecord } from './textNode';

/** What is being printed: both sides (unknown), an unchanged value, or one side of a change. */
export type DiffMode = 'unknown' | 'identical' | 'removed' | 'inserted';
/** emitType always names the type, elideType never, autoType only for composites. */
export type TypeMode = 'emit' | 'elide' | 'auto';

export interface FormatOptions {
  diffMode: DiffMode;
  typeMode: TypeMode;
  avoidStringer: boolean;
  level: number;
  limitVerbosity: boolean;
}

export const ROOT_OPTIONS: FormatOptions = { diffMode: 'unknown', typeMode: 'emit', avoidStringer: false, level: 0, limitVerbosity: false };
/** maxVerbosityPreset: how far a printer raises verbosity to tell two sides apart. */
export const MAX_VERBOSITY_PRESET = 6;

export const verbosity = (o: FormatOptions): number => Math.min(16, Math.max(0, o.level));
export const withVerbosity = (o: FormatOptions, level: number): FormatOptions => ({ ...o, level, limitVerbosity: true });
export const withDiffMode = (o: FormatOptions, diffMode: DiffMode): FormatOptions => ({ ...o, diffMode });
export const withTypeMode = (o: FormatOptions, typeMode: TypeMode): FormatOptions => ({ ...o, typeMode });

/** verbosityPreset: the i-th, more verbose, retry at printing two sides that came out alike. */
export function verbosityPreset(o: FormatOptions, i: number): FormatOptions {
  return { ...o, level: verbosity(o) + 2 * i, avoidStringer: o.avoidStringer || i > 0 };
}

/** How many records a composite prints at this verbosity: 0, 4, 8, 16, … */
const recordBudget = (o: FormatOptions): number => ((1 << verbosity(o)) >> 1) << 2;

/** Go's strconv.Quote when it needs no escapes, else a raw `string` when one can hold it. */
export function formatStringLiteral(s: string): string {
  const quoted = goQuote(s);
  if (quoted.length === s.length + 2) return quoted;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} \t]*$/u.test(s) && !s.includes('`') ? `\`${s}\`` : quoted;
}

const isPrintableLine = (s: string): boolean => /^[\p{L}\p{M}\p{N}\p{P}\p{S} \t]*$/u.test(s);

/** A string of four or more lines on one side of a change prints between """ lines. */
function tripleQuoted(prefix: string, s: string, o: FormatOptions, maxLen: number, maxLines: number): TextNode | undefined {
  const lines = s.replace(/\n$/, '').split('\n');
  if (lines.length < 4 || (o.diffMode !== 'removed' && o.diffMode !== 'inserted')) return undefined;
  const trimmed = lines.map((l) => l.replace(/^\r|\r$/g, ''));
  const ok = trimmed.every(
    (l) => !(l.startsWith(prefix) ? l.slice(prefix.length) : l).startsWith('"""') && !l.startsWith('...') && isPrintableLine(l) && l.length <= maxLen,
  );
  if (!ok) return undefined;
  const diff = o.diffMode === 'removed' ? '-' : '+';
  const records: TextRecord[] = [{ diff, key: '', value: line(`${prefix}"""`), elideComma: true }];
  for (const [i, l] of trimmed.entries()) {
    const elided = trimmed.length - i;
    if (i === maxLines - 1 && elided > 1) {
      records.push({ diff, key: '', value: line('...'), elideComma: true, comment: `${elided} elided lines` });
      break;
    }
    records.push({ diff, key: '', value: line(l), elideComma: true });
  }
  records.push({ diff, key: '', value: line(`${prefix}"""`), elideComma: true });
  return wrap('(', textList(records), ')');
}

/** formatString: a quoted string, cut short past the verbosity budget. */
export function formatString(prefix: string, s: string, o: FormatOptions): TextNode {
  const maxLen = o.limitVerbosity ? (1 << verbosity(o)) << 5 : s.length;
  const maxLines = o.limitVerbosity ? (1 << verbosity(o)) << 2 : s.split('\n').length;
  const triple = tripleQuoted(prefix, s, o, maxLen, maxLines);
  if (triple) return triple;
  if (s.length > maxLen + 3) return line(`${prefix}${formatStringLiteral(s.slice(0, maxLen))}...`);
  return line(prefix + formatStringLiteral(s));
}

/** FormatType: the value wrapped in its type's name, when the type mode wants it shown. */
export function formatType(t: GoType, s: TextNode, o: FormatOptions): TextNode {
  if (o.typeMode === 'elide') return s;
  if (o.typeMode === 'auto') {
    const composite = t.kind === 'struct' || t.kind === 'slice' || t.kind === 'map';
    if (!composite || isLine(s, 'nil') || o.diffMode === 'identical') return s;
  }
  const name = !t.named && t.kind === 'ptr' ? `(${t.name})` : t.name;
  const delimited = s.kind === 'wrap' && ((s.prefix.startsWith('(') && s.suffix.endsWith(')')) || (s.prefix.startsWith('{') && s.suffix.endsWith('}')));
  return wrap(name, delimited ? s : wrap('(', s, ')'));
}

/** The text a String method returns: a ResourceName's own text, an inf.Dec's digits. */
function stringerText(v: GoValue): string {
  if (v.kind === 'basic') return String(v.v);
  return v.kind === 'ptr' && v.elem ? stringerText(v.elem) : '';
}

function formatRecords(values: { key: string; value: GoValue }[], total: number, o: FormatOptions, each: FormatOptions): TextNode {
  const budget = o.limitVerbosity ? recordBudget(o) : total;
  const records: TextRecord[] = [];
  for (const { key, value } of values) {
    if (records.length === budget) {
      appendEllipsis(records);
      break;
    }
    records.push({ diff: '', key, value: formatValue(value, each) ?? NIL });
  }
  return wrap('{', textList(records), '}');
}

/** formatMapKey: a map key on one line, as an unchanged value prints. */
export function formatMapKey(k: BasicValue): string {
  const o: FormatOptions = { ...ROOT_OPTIONS, diffMode: 'identical', typeMode: 'elide', level: MAX_VERBOSITY_PRESET, limitVerbosity: true };
  const text = formatValue(k, o);
  return text && isLine(text) ? text.text.trim() : '';
}

function formatComposite(v: Exclude<GoValue, BasicValue | PtrValue>, o: FormatOptions): TextNode {
  const inner = o.limitVerbosity ? { ...o, level: o.level - 1 } : o;
  if (v.kind === 'struct') {
    const fields = v.fields.filter((f) => !isZero(f.value)).map((f) => ({ key: f.name, value: f.value }));
    return formatRecords(fields, fields.length, o, withTypeMode(inner, 'auto'));
  }
  if (v.kind === 'slice') {
    if (!v.items) return NIL;
    return formatRecords(v.items.map((value) => ({ key: '', value })), v.items.length, o, withTypeMode(inner, 'elide'));
  }
  if (!v.entries) return NIL;
  const entries = v.entries.map((e) => ({ key: formatMapKey(e.key), value: e.value }));
  return formatRecords(entries, entries.length, o, withTypeMode(inner, 'elide'));
}

/** FormatValue: one side's value, printed whole within the verbosity budget. */
export function formatValue(v: GoValue | undefined, o: FormatOptions): TextNode | undefined {
  if (!v) return undefined;
  if (!o.avoidStringer && v.type.stringer && !(v.kind === 'ptr' && v.elem === null)) return formatString('s', stringerText(v), o);
  if (v.kind === 'ptr') return v.elem === null ? formatType(v.type, NIL, o) : wrap('&', formatValue(v.elem, o) ?? NIL);
  if (v.kind !== 'basic') return formatType(v.type, formatComposite(v, o), o);
  const text = typeof v.v === 'string' ? formatString('', v.v, o) : line(String(v.v));
  return formatType(v.type, text, o);
}
