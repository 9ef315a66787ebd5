// The `kubectl get` table: column definitions with a priority (priority 1 columns
// only show with `-o wide`), rows of cells, decorated by cli-runtime's table printer
// with NAMESPACE first for `-A` and LABELS last for `--show-labels`, then aligned by
// the tabwriter (minwidth 6, padding 3). An empty list prints nothing at all: the
// caller prints `No resources found …` on stderr.
import type { KubeObject, ObjectMeta } from '../../api/objects';
import { ageOf } from './duration';
import { tabwrite, tabwriteRemembering, TABLE_SETTINGS } from './tabwriter';

export interface TableOptions {
  now: number;
  wide?: boolean;
  showLabels?: boolean;
  /** `kubectl get -A`: prepend NAMESPACE. */
  withNamespace?: boolean;
  noHeaders?: boolean;
  /** `kubectl get -L app,tier`: a column per label key, headed by its last path segment in capitals. */
  labelColumns?: string[];
  /** `kubectl get -w`: the columns' widths so far, kept from one printed row to the next. */
  widths?: number[];
  /** `kubectl get -w --output-watch-events`: the watch event (ADDED, MODIFIED, DELETED) in a first EVENT column. */
  watchEvent?: string;
  /** `--server-print=false`: no server-side table, so kubectl's own columns, NAME and AGE, for every kind. */
  serverPrint?: boolean;
}

export interface Column {
  name: string;
  /** 0: always shown; 1: only with `-o wide`. */
  priority?: number;
}

export interface Row {
  meta: ObjectMeta | undefined;
  cells: string[];
}

/**
 * Align a table as kubectl does: header upper-cased, columns separated by at least
 * three spaces, no trailing spaces, one line per row, each ending in a newline.
 */
export function formatTable(header: string[], rows: string[][]): string {
  return alignRows([header.map((h) => h.toUpperCase()), ...rows]);
}

function alignRows(rows: string[][]): string {
  const text = rows.map((cells) => cells.map(cellText).join('\t') + '\n').join('');
  return tabwrite(text, TABLE_SETTINGS);
}

/** A cell is cut at the first line break and marked `...`, as cli-runtime does. */
function cellText(cell: string): string {
  const cut = cell.search(/[\f\n\r]/);
  return cut < 0 ? cell : cell.slice(0, cut) + '...';
}

/** labels.FormatLabels: `app=nginx,tier=web` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

/** Print rows under columns with the decorations `kubectl get` adds. */
export function renderTable(columns: Column[], rows: Row[], o: TableOptions): string {
  if (rows.length === 0) return '';
  const visible = columns.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || !c.priority);
  const header = visible.map(({ c }) => c.name);
  if (o.withNamespace) header.unshift('Namespace');
  const labelColumns = o.labelColumns ?? [];
  header.push(...labelColumns.map((l) => l.split('/').pop() ?? l));
  if (o.showLabels) header.push('Labels');
  if (o.watchEvent !== undefined) header.unshift('Event');
  const body = rows.map((r) => {
    const cells = visible.map(({ i }) => r.cells[i] ?? '');
    if (o.withNamespace) cells.unshift(r.meta?.namespace ?? '');
    cells.push(...labelColumns.map((l) => r.meta?.labels?.[l] ?? ''));
    if (o.showLabels) cells.push(formatLabels(r.meta?.labels));
    if (o.watchEvent !== undefined) cells.unshift(o.watchEvent);
    return cells;
  });
  if (o.widths) {
    const lines = [...(o.noHeaders ? [] : [header.map((h) => h.toUpperCase())]), ...body];
    return tabwriteRemembering(lines.map((cells) => cells.map(cellText)), o.widths, TABLE_SETTINGS);
  }
  // Without headers the widths come from the rows alone.
  return o.noHeaders ? alignRows(body) : formatTable(header, body);
}

/**
 * What `kubectl get` prints on stderr when nothing matched: the namespace is named
 * for a namespaced list in one namespace, not for `-A` or cluster-scoped kinds.
 */
export function noResourcesMessage(namespace: string | undefined): string {
  return namespace ? `No resources found in ${namespace} namespace.` : 'No resources found';
}

/** The default printer for kinds without their own columns: NAME AGE. */
export function printGeneric(objs: KubeObject[], o: TableOptions): string {
  const rows = objs.map((obj) => ({
    meta: obj.metadata,
    cells: [obj.metadata?.name ?? '', ageOf(obj.metadata?.creationTimestamp, o.now)],
  }));
  return renderTable([{ name: 'Name' }, { name: 'Age' }], rows, o);
}
