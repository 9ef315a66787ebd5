// go-cmp's reporter (report_compare.go): the report tree printed as a Go literal in which
// only what differs is shown in full. A struct, list or map descends to the records that
// differ; around them at most two unchanged records are shown on each side and the rest
// count into "... // N identical fields"; a change to a leaf (or to a value made of one
// chain of nodes, like a pointer to a number) prints the old side on a "-" line and the new
// on a "+" line.
import type { ReportRecord, ValueNode } from './compare';
import { isZero } from './goValue';
import { canFormatDiffSlice, formatDiffSlice } from './formatSlice';
import {
  formatMapKey,
  formatType,
  formatValue,
  MAX_VERBOSITY_PRESET,
  verbosity,
  verbosityPreset,
  withDiffMode,
  withTypeMode,
  withVerbosity,
  type FormatOptions,
  type TypeMode,
} from './formatValue';
import {
  addStats,
  appendEllipsis,
  coalesceRuns,
  emptyStats,
  numDiff,
  statsIsZero,
  textEqual,
  textLen,
  textList,
  wrap,
  type Change,
  type DiffStats,
  type TextNode,
  type TextRecord,
} from './textNode';

/** numContextRecords: unchanged records shown on each side of a change. */
const CONTEXT_RECORDS = 2;

/** Each kind of composite names its records and prints their keys its own way. */
const LIST_KINDS = {
  struct: { name: 'field', typeMode: 'auto', key: (r: ReportRecord): string => (typeof r.key === 'string' ? r.key : '') },
  slice: { name: 'element', typeMode: 'elide', key: (): string => '' },
  map: { name: 'entry', typeMode: 'elide', key: (r: ReportRecord): string => (typeof r.key === 'object' ? formatMapKey(r.key) : '') },
} satisfies Record<string, { name: string; typeMode: TypeMode; key: (r: ReportRecord) => string }>;

type ListKind = keyof typeof LIST_KINDS;

/** How a record's value compares: unchanged, on one side only, or changed on both. */
function recordChange({ node }: ReportRecord): Change {
  if (node.numDiff === 0) return 'identical';
  if (!node.y) return 'removed';
  return node.x ? 'modified' : 'inserted';
}

/** The unification branch: every record of a value printed one way (unchanged, old or new). */
function formatUnified(recs: ReportRecord[], kind: ListKind, o: FormatOptions, maxLen: number): TextNode {
  const records: TextRecord[] = [];
  for (const r of recs) {
    if (records.length === maxLen) {
      appendEllipsis(records);
      break;
    }
    if (kind === 'struct' && isZeroSide(r.node, o)) continue;
    const out = formatDiff(r.node, o);
    if (out) records.push({ diff: '', key: LIST_KINDS[kind].key(r), value: out });
  }
  return wrap('{', textList(records), '}');
}

function isZeroSide(n: ValueNode, o: FormatOptions): boolean {
  const zero = (v: ValueNode['x']): boolean => v !== undefined && isZero(v);
  if (o.diffMode === 'removed') return zero(n.x);
  if (o.diffMode === 'inserted') return zero(n.y);
  return zero(n.x) || zero(n.y);
}

/** A run of unchanged records: two on each side of the changes shown, the rest counted. */
function formatUnchanged(recs: ReportRecord[], ds: DiffStats, edge: { first: boolean; last: boolean }, kind: ListKind, o: FormatOptions, out: TextRecord[]): void {
  const numEqual = ds.identical;
  let lo = 0;
  let hi = 0;
  while (lo < CONTEXT_RECORDS && lo + hi < numEqual && !edge.first) lo++;
  while (hi < CONTEXT_RECORDS && lo + hi < numEqual && !edge.last) hi++;
  if (numEqual - (lo + hi) === 1) hi++; // avoid pointless coalescing of a single equal record
  const show = (r: ReportRecord): void => {
    out.push({ diff: '', key: LIST_KINDS[kind].key(r), value: formatDiff(r.node, withDiffMode(o, 'identical')) ?? textList([]) });
  };
  recs.slice(0, lo).forEach(show);
  if (numEqual > lo + hi) appendEllipsis(out, { ...ds, identical: numEqual - lo - hi });
  recs.slice(numEqual - hi, numEqual).forEach(show);
}

/** A changed record: both sides whole when it is a single chain of nodes, else descended into. */
function formatChanged(r: ReportRecord, kind: ListKind, o: FormatOptions, out: TextRecord[]): void {
  const key = LIST_KINDS[kind].key(r);
  if (canFormatDiffSlice(r.node, o)) {
    out.push({ diff: '', key, value: formatDiffSlice(r.node, o) });
    return;
  }
  if (r.node.numChildren !== r.node.maxDepth) {
    out.push({ diff: '', key, value: formatDiff(r.node, o) ?? textList([]) });
    return;
  }
  const [ox, oy] = bothSides(o, (p) => [formatDiff(r.node, withDiffMode(p, 'removed')), formatDiff(r.node, withDiffMode(p, 'inserted'))]);
  out.push(...sideRecords(key, ox, oy));
}

type Sides = [TextNode | undefined, TextNode | undefined];

/** Both sides printed, at higher verbosity presets (six at most) while they print alike. */
function bothSides(o: FormatOptions, print: (o: FormatOptions) => Sides): Sides {
  let sides = print(o);
  for (let i = 0; i <= MAX_VERBOSITY_PRESET && sides[0] && sides[1] && textEqual(sides[0], sides[1]); i++) sides = print(verbosityPreset(o, i));
  return sides;
}

/** The "-" record of the old side and the "+" record of the new, for the sides there are. */
function sideRecords(key: string, ox: TextNode | undefined, oy: TextNode | undefined): TextRecord[] {
  return [...(ox ? [{ diff: '-' as const, key, value: ox }] : []), ...(oy ? [{ diff: '+' as const, key, value: oy }] : [])];
}

/** formatDiffList: the records of a struct, list or map that holds a change. */
function formatDiffList(all: ReportRecord[], kind: ListKind, opts: FormatOptions): TextNode {
  const identical = opts.diffMode === 'identical';
  const maxLen = !opts.limitVerbosity ? -1 : identical ? ((1 << verbosity(opts)) >> 1) << 2 : (1 << verbosity(opts)) << 1;
  const o = withTypeMode(opts.limitVerbosity ? { ...opts, level: opts.level - 1 } : opts, LIST_KINDS[kind].typeMode);
  if (o.diffMode !== 'unknown') return formatUnified(all, kind, o, maxLen);
  const groups = coalesceRuns(LIST_KINDS[kind].name, all, recordChange);
  const out: TextRecord[] = [];
  let recs = all;
  let shown = 0;
  let dropped = emptyStats(LIST_KINDS[kind].name);
  groups.forEach((ds, i) => {
    if (maxLen >= 0 && shown >= maxLen) {
      dropped = addStats(dropped, ds);
      return;
    }
    const changed = numDiff(ds);
    if (changed === 0) formatUnchanged(recs, ds, { first: i === 0, last: i === groups.length - 1 }, kind, o, out);
    else recs.slice(0, changed).forEach((r) => formatChanged(r, kind, o, out));
    recs = recs.slice(changed || ds.identical);
    shown += changed;
  });
  if (!statsIsZero(dropped)) appendEllipsis(out, dropped);
  return wrap('{', textList(out), '}');
}

/** A leaf: one side's value, the shorter side when unchanged, or both sides in a list. */
function formatLeaf(v: ValueNode, o: FormatOptions): TextNode | undefined {
  if (o.diffMode === 'removed') return formatValue(v.x, o);
  if (o.diffMode === 'inserted') return formatValue(v.y, o);
  if (v.numDiff === 0) {
    const ox = formatValue(v.x, o);
    const oy = formatValue(v.y, o);
    return ox && oy && textLen(ox) < textLen(oy) ? ox : oy;
  }
  const [ox, oy] = bothSides(o, (p) => [formatValue(v.x, withTypeMode(p, 'elide')), formatValue(v.y, withTypeMode(p, 'elide'))]);
  return formatType(v.type, textList(sideRecords('', ox, oy)), withTypeMode(o, 'emit'));
}

/** FormatDiff: a report node printed, unchanged parts briefly and changed parts in full. */
export function formatDiff(v: ValueNode, opts: FormatOptions): TextNode | undefined {
  const o = opts.diffMode === 'identical' ? withVerbosity(opts, 1) : verbosity(opts) < 3 ? withVerbosity(opts, 3) : opts;
  if (canFormatDiffSlice(v, o)) return formatDiffSlice(v, o);
  if (v.maxDepth === 0) return formatLeaf(v, o);
  if (v.type.kind === 'ptr') {
    const inner = v.value && formatDiff(v.value, o);
    return inner && wrap('&', inner);
  }
  const kind = v.type.kind;
  if (kind !== 'struct' && kind !== 'slice' && kind !== 'map') throw new Error(`${v.type.name} cannot have children`);
  return formatType(v.type, formatDiffList(v.records, kind, o), o);
}
