// go-cmp's diff inside one value (report_slices.go): two long strings (64 bytes or more)
// are diffed line by line when they hold four lines or more, else in chunks of 64
// characters, as strings.Join({…}, "") of the pieces; two lists of numbers in chunks of 8.
// Strings with characters that are not printable (go-cmp's hexdump) print as any leaf.
import type { ValueNode } from './compare';
import { boolResult, difference, type Edit } from './editScript';
import { goQuote } from '../fieldErrors';
import { formatStringLiteral, formatType, verbosity, type FormatOptions } from './formatValue';
import {
  addStats,
  appendEllipsis,
  coalesceRuns,
  emptyStats,
  line,
  numDiff,
  statsIsZero,
  textList,
  wrap,
  type Change,
  type DiffMark,
  type DiffStats,
  type TextNode,
  type TextRecord,
} from './textNode';

const MIN_LENGTH = 64;
const isPrint = (c: string): boolean => /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c);
const isSpace = (c: string): boolean => /^[\s\u0085]$/u.test(c);

interface TextShape {
  isText: boolean;
  isLined: boolean;
}

/** Text when every character prints; lined text when it spans four lines or more. */
function textShape(sx: string, sy: string): TextShape {
  let lines = 0;
  let lastLine = 0;
  let maxLine = 0;
  let i = 0;
  for (const c of sx + sy) {
    if (!isPrint(c) && !isSpace(c)) return { isText: false, isLined: false };
    if (c === '\n') {
      maxLine = Math.max(maxLine, i - lastLine);
      lastLine = i + 1;
      lines++;
    }
    i++;
  }
  return { isText: true, isLined: lines >= 4 && maxLine <= 1024 };
}

const stringsOf = (v: ValueNode): [string, string] | undefined =>
  v.x?.kind === 'basic' && v.y?.kind === 'basic' && typeof v.x.v === 'string' && typeof v.y.v === 'string' ? [v.x.v, v.y.v] : undefined;

const numbersOf = (v: ValueNode): [string[], string[]] | undefined =>
  v.x?.kind === 'slice' && v.y?.kind === 'slice' && v.x.items && v.y.items
    ? [v.x.items.map((i) => (i.kind === 'basic' ? String(i.v) : '')), v.y.items.map((i) => (i.kind === 'basic' ? String(i.v) : ''))]
    : undefined;

/** CanFormatDiffSlice: a changed string or list of numbers worth diffing inside. */
export function canFormatDiffSlice(v: ValueNode, o: FormatOptions): boolean {
  if (o.diffMode !== 'unknown' || v.numDiff === 0 || v.numCompared > 1 || (v.numCompared === 1 && v.type.named)) return false;
  const strings = stringsOf(v);
  if (strings) return strings[0].length >= MIN_LENGTH && strings[1].length >= MIN_LENGTH && textShape(...strings).isText;
  const elem = v.type.elem?.kind;
  const numbers = v.type.kind === 'slice' && (elem === 'int' || elem === 'bool') ? numbersOf(v) : undefined;
  if (!numbers || numbers[0].length === 0 || numbers[1].length === 0) return false;
  return v.numDiff > v.numSame || (numbers[0].length >= MIN_LENGTH && numbers[1].length >= MIN_LENGTH);
}

const EDIT_CHANGE: Record<Edit, Change> = { identity: 'identical', uniqueX: 'removed', uniqueY: 'inserted', modified: 'modified' };

/** coalesceInterveningIdentical: a short equal run between changes joins them. */
function coalesceIntervening(groups: DiffStats[], window: number): DiffStats[] {
  const out: DiffStats[] = [];
  for (const ds of groups) {
    const prev = out[out.length - 2];
    const curr = out[out.length - 1];
    if (prev && curr && numDiff(ds) > 0) {
      const x = prev.removed > 0 || ds.removed > 0;
      const y = prev.inserted > 0 || ds.inserted > 0;
      if (x && y && curr.identical <= window) {
        out.splice(out.length - 2, 2, addStats(addStats(prev, curr), ds));
        continue;
      }
    }
    out.push(ds);
  }
  return out;
}

type MakeRecord<T> = (chunk: T[], d: DiffMark) => TextRecord;

/** formatDiffSlice: the items of both sides in chunks, unchanged runs cut to context. */
function chunkedDiff<T>(xs: T[], ys: T[], chunk: number, name: string, o: FormatOptions, make: MakeRecord<T>): TextRecord[] {
  const es = difference(xs.length, ys.length, (ix, iy) => boolResult(xs[ix] === ys[iy]));
  const records: TextRecord[] = [];
  const appendChunks = (items: T[], d: DiffMark): number => {
    for (let i = 0; i < items.length; i += chunk) records.push(make(items.slice(i, i + chunk), d));
    return items.length;
  };
  const maxLen = o.limitVerbosity ? (1 << verbosity(o)) << 2 : -1;
  const groups = coalesceIntervening(coalesceRuns(name, es, (e) => EDIT_CHANGE[e]), Math.trunc(chunk / 4));
  let [vx, vy] = [xs, ys];
  let shown = 0;
  let dropped = emptyStats(name);
  groups.forEach((ds, i) => {
    if (maxLen >= 0 && shown >= maxLen) {
      dropped = addStats(dropped, ds);
      return;
    }
    if (numDiff(ds) === 0) {
      const numEqual = ds.identical;
      const lo = i === 0 ? 0 : Math.min(chunk * 2, numEqual);
      let hi = i === groups.length - 1 ? 0 : Math.min(chunk * 2, numEqual - lo);
      if (numEqual - (lo + hi) <= chunk) hi = numEqual - lo; // avoid pointless coalescing of a single row
      appendChunks(vx.slice(0, lo), '');
      if (numEqual > lo + hi) appendEllipsis(records, { ...ds, identical: numEqual - lo - hi });
      appendChunks(vx.slice(numEqual - hi, numEqual), '');
      [vx, vy] = [vx.slice(numEqual), vy.slice(numEqual)];
      return;
    }
    const before = records.length;
    vx = vx.slice(appendChunks(vx.slice(0, ds.identical + ds.removed + ds.modified), '-'));
    vy = vy.slice(appendChunks(vy.slice(0, ds.identical + ds.inserted + ds.modified), '+'));
    shown += records.length - before;
  });
  if (!statsIsZero(dropped)) appendEllipsis(records, dropped);
  return records;
}

const isPlainLine = (l: string): boolean => /^[\p{L}\p{M}\p{N}\p{P}\p{S} \t]*$/u.test(l);
const withoutSpace = (l: string): string => l.replace(/\s/gu, '');

/** The custom """ literal for a lined diff, unless a line could be mistaken in it. */
function tripleQuoted(records: TextRecord[], raw: Map<TextRecord, string>): TextRecord[] | undefined {
  const out: TextRecord[] = [{ diff: '', key: '', value: line('"""'), elideComma: true }];
  let removed = new Set<string>();
  let inserted = new Set<string>();
  for (const r of records) {
    let rec = r;
    const text = raw.get(r);
    if (text !== undefined) {
      const l = text.replace(/^\r|\r$/g, '');
      const norm = withoutSpace(l);
      const clash = (r.diff === '-' && inserted.has(norm)) || (r.diff === '+' && removed.has(norm));
      if (l.startsWith('"""') || l.startsWith('...') || !isPlainLine(l) || clash) return undefined;
      if (r.diff === '-') removed.add(norm);
      if (r.diff === '+') inserted.add(norm);
      rec = { ...r, value: line(l), elideComma: true };
    }
    if (r.diff !== '-' && r.diff !== '+') [removed, inserted] = [new Set(), new Set()];
    out.push(rec);
  }
  const last = out[out.length - 1];
  if (last && !last.diff && last.value.kind === 'line' && last.value.text === '') out.pop();
  out.push({ diff: '', key: '', value: line('"""'), elideComma: true });
  return out;
}

function formatTextDiff(v: ValueNode, sx: string, sy: string, o: FormatOptions): TextNode {
  const named = v.type.named;
  if (textShape(sx, sy).isLined) {
    const raw = new Map<TextRecord, string>();
    const records = chunkedDiff(sx.split('\n'), sy.split('\n'), 1, 'line', o, (chunk, diff) => {
      const rec: TextRecord = { diff, key: '', value: line(formatStringLiteral(chunk[0] ?? '')) };
      raw.set(rec, chunk[0] ?? '');
      return rec;
    });
    const triple = tripleQuoted(records, raw);
    if (triple) return named ? formatType(v.type, wrap('(', textList(triple), ')'), o) : wrap('(', textList(triple), ')');
    return joined(v, records, '\n', o);
  }
  const records = chunkedDiff([...sx], [...sy], 64, 'byte', o, (chunk, diff) => ({ diff, key: '', value: line(formatStringLiteral(chunk.join(''))) }));
  return joined(v, records, '', o);
}

/** strings.Join({…}, delim): the pieces a string diff printed, as a Go expression. */
function joined(v: ValueNode, records: TextRecord[], delim: string, o: FormatOptions): TextNode {
  const out = wrap('strings.Join(', wrap('{', textList(records), '}'), `, ${goQuote(delim)})`);
  return v.type.named ? formatType(v.type, out, o) : out;
}

/** FormatDiffSlice: the diff inside a changed string or list of numbers. */
export function formatDiffSlice(v: ValueNode, o: FormatOptions): TextNode {
  const strings = stringsOf(v);
  if (strings) return formatTextDiff(v, strings[0], strings[1], o);
  const [xs, ys] = numbersOf(v) ?? [[], []];
  const elem = v.type.elem;
  const chunk = elem?.kind === 'bool' ? 16 : 8;
  const records = chunkedDiff(xs, ys, chunk, elem?.name ?? 'int', o, (items, diff) => ({ diff, key: '', value: line(items.join(', ')) }));
  return formatType(v.type, wrap('{', textList(records), '}'), o);
}
