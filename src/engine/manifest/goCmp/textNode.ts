// go-cmp's text tree (report_text.go): lines, wrappers ("core.PodSpec{" … "}") and lists of
// records. A list prints on one line when it can; one with a -/+ record, a comment or a
// nested multi-line value, or a -/+ list longer than 80 columns, prints a record per line,
// each line led by a two-column diff mark and then tabs.
export type DiffMark = '' | '-' | '+';

export interface TextLine {
  kind: 'line';
  text: string;
}

export interface TextWrap {
  kind: 'wrap';
  prefix: string;
  value: TextNode;
  suffix: string;
}

export interface TextRecord {
  diff: DiffMark;
  key: string;
  value: TextNode;
  elideComma?: boolean;
  comment?: DiffStats | string;
}

export interface TextList {
  kind: 'list';
  records: TextRecord[];
}

export type TextNode = TextLine | TextWrap | TextList;

/** Counts of records an ellipsis stands for: "... // 31 identical fields". */
export interface DiffStats {
  name: string;
  identical: number;
  removed: number;
  inserted: number;
  modified: number;
}

const MAX_COLUMN = 80;

export const line = (text: string): TextLine => ({ kind: 'line', text });
export const wrap = (prefix: string, value: TextNode, suffix = ''): TextWrap => ({ kind: 'wrap', prefix, value, suffix });
export const textList = (records: TextRecord[]): TextList => ({ kind: 'list', records });
export const NIL = line('nil');
export const ELLIPSIS = line('...');

export const isLine = (n: TextNode, text?: string): n is TextLine => n.kind === 'line' && (text === undefined || n.text === text);

export const emptyStats = (name: string): DiffStats => ({ name, identical: 0, removed: 0, inserted: 0, modified: 0 });
export const numDiff = (s: DiffStats): number => s.removed + s.inserted + s.modified;
export const statsIsZero = (s: DiffStats): boolean => s.identical + numDiff(s) === 0;
export const addStats = (a: DiffStats, b: DiffStats): DiffStats => ({
  name: a.name,
  identical: a.identical + b.identical,
  removed: a.removed + b.removed,
  inserted: a.inserted + b.inserted,
  modified: a.modified + b.modified,
});

/** How one record (or list item) compares, which the stats count it as. */
export type Change = 'identical' | 'removed' | 'inserted' | 'modified';

/** coalesceAdjacentRecords (and …Edits): the counts of each run of unchanged or of changed items. */
export function coalesceRuns<T>(name: string, items: readonly T[], change: (item: T) => Change): DiffStats[] {
  const groups: DiffStats[] = [];
  let prevChanged: boolean | undefined;
  for (const item of items) {
    const c = change(item);
    const changed = c !== 'identical';
    if (changed !== prevChanged) groups.push(emptyStats(name));
    prevChanged = changed;
    (groups[groups.length - 1] as DiffStats)[c]++;
  }
  return groups;
}

/** diffStats.String: "3 identical fields", "1 removed and 2 inserted elements". */
export function statsText(s: DiffStats): string {
  const counts: [string, number][] = [['identical', s.identical], ['removed', s.removed], ['inserted', s.inserted], ['modified', s.modified]];
  const parts = counts.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
  const sum = s.identical + numDiff(s);
  const name = sum > 1 ? `${s.name}s`.replace(/ys$/, 'ies') : s.name;
  if (parts.length === 0) return '';
  if (parts.length <= 2) return `${parts.join(' and ')} ${name}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]} ${name}`;
}

const commentText = (c: DiffStats | string): string => (typeof c === 'string' ? c : statsText(c));

/** textList.AppendEllipsis: one "..." closes a run of dropped records; its counts add up. */
export function appendEllipsis(records: TextRecord[], stats?: DiffStats): void {
  const last = records[records.length - 1];
  const withStats = stats !== undefined && !statsIsZero(stats);
  if (!last || !isLine(last.value, '...')) {
    records.push({ diff: '', key: '', value: ELLIPSIS, elideComma: true, ...(withStats ? { comment: stats } : {}) });
  } else if (withStats && typeof last.comment === 'object') {
    last.comment = addStats(last.comment, stats);
  }
}

/** Len: the length of the node printed on a single line. */
export function textLen(n: TextNode): number {
  if (n.kind === 'line') return n.text.length;
  if (n.kind === 'wrap') return n.prefix.length + textLen(n.value) + n.suffix.length;
  return n.records.reduce((sum, r, i) => sum + r.key.length + (r.key ? 2 : 0) + textLen(r.value) + (i > 0 ? 2 : 0), 0);
}

/** Equal: the same tree, marks and comments included. */
export function textEqual(a: TextNode, b: TextNode): boolean {
  if (a.kind === 'line') return b.kind === 'line' && a.text === b.text;
  if (a.kind === 'wrap') return b.kind === 'wrap' && a.prefix === b.prefix && a.suffix === b.suffix && textEqual(a.value, b.value);
  return b.kind === 'list' && a.records.length === b.records.length && a.records.every((r, i) => recordEqual(r, b.records[i]));
}

function recordEqual(r: TextRecord, s: TextRecord | undefined): boolean {
  const comments = (r.comment === undefined ? '' : commentText(r.comment)) === (s?.comment === undefined ? '' : commentText(s.comment));
  return s !== undefined && r.diff === s.diff && r.key === s.key && comments && textEqual(r.value, s.value);
}

/** formatCompactTo: the single-line text, and the node with every list that fits collapsed. */
function compact(n: TextNode, d: DiffMark): { text: string; node: TextNode } {
  if (n.kind === 'line') return { text: n.text, node: n };
  if (n.kind === 'wrap') {
    const inner = compact(n.value, d);
    const text = n.prefix + inner.text + n.suffix;
    return { text, node: isLine(inner.node) ? line(text) : { ...n, value: inner.node } };
  }
  let multiLine = false;
  const records = n.records.map((r) => {
    const inner = compact(r.value, r.diff || d);
    if (r.diff || !isLine(inner.node) || r.comment !== undefined) multiLine = true;
    return { record: { ...r, value: inner.node }, text: (r.key ? `${r.key}: ` : '') + inner.text };
  });
  const text = records.map((r) => r.text).join(', ');
  if ((d === '-' || d === '+') && text.length > MAX_COLUMN) multiLine = true;
  return { text, node: multiLine ? textList(records.map((r) => r.record)) : line(text) };
}

const indent = (n: number, d: DiffMark): string => `${d ? `${d} ` : '  '}${'\t'.repeat(n)}`;

/** alignLens: padding that lines up a run of records, broken by every record `skip` names. */
function alignLens(records: TextRecord[], skip: (r: TextRecord) => boolean, len: (r: TextRecord) => number): number[] {
  const lens = records.map(() => 0);
  let start = 0;
  let max = 0;
  const flush = (end: number): void => {
    for (let j = start; j < end; j++) lens[j] = max - len(records[j] as TextRecord);
  };
  records.forEach((r, i) => {
    if (skip(r)) {
      flush(i);
      start = i + 1;
      max = 0;
    } else max = Math.max(max, len(r));
  });
  flush(records.length);
  return lens;
}

/** A list of bare values with no marks: batched into lines of at most 80 columns. */
function expandBatched(records: TextRecord[], d: DiffMark, n: number): string {
  let out = '';
  let batch = '';
  const emit = (): void => {
    if (batch) out += `\n${indent(n + 1, d)}${batch.trimEnd()}`;
    batch = '';
  };
  for (const r of records) {
    const text = (r.value as TextLine).text;
    if (batch.length + text.length + 2 > MAX_COLUMN) emit();
    batch += `${text}, `;
  }
  emit();
  return `${out}\n${indent(n, d)}`;
}

function expandList(records: TextRecord[], d: DiffMark, n: number): string {
  const simple = records.length > 0 && records.every((r) => !r.diff && !r.key && isLine(r.value) && r.comment === undefined);
  if (simple) return expandBatched(records, d, n);
  const keyPad = alignLens(records, (r) => !r.key || !isLine(r.value), (r) => [...r.key].length);
  const valuePad = alignLens(
    records,
    (r) => !isLine(r.value) || isLine(r.value, '...') || r.comment === undefined,
    (r) => [...(r.value as TextLine).text].length,
  );
  const lines = records.map((r, i) => {
    const mark = r.diff || d;
    const key = r.key ? `${r.key}: ${' '.repeat(keyPad[i] ?? 0)}` : '';
    const comment = r.comment === undefined ? '' : ` // ${commentText(r.comment)}`;
    return `\n${indent(n + 1, mark)}${key}${expand(r.value, mark, n + 1)}${r.elideComma ? '' : ','}${' '.repeat(valuePad[i] ?? 0)}${comment}`;
  });
  return `${lines.join('')}\n${indent(n, d)}`;
}

/** formatExpandedTo: the compacted tree, a record per line where it did not fit on one. */
function expand(n: TextNode, d: DiffMark, depth: number): string {
  if (n.kind === 'line') return n.text;
  if (n.kind === 'wrap') return n.prefix + expand(n.value, d, depth) + n.suffix;
  return expandList(n.records, d, depth);
}

/** textNode.String: the report cmp.Diff returns, ending in a newline. */
export function renderText(n: TextNode): string {
  return `${indent(0, '')}${expand(compact(n, '').node, '', 0)}\n`;
}
