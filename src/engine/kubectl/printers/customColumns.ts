// `kubectl get -o custom-columns=NAME:.metadata.name,IP:.status.podIP`
// (k8s.io/cli-runtime/pkg/printers/customcolumn.go): one column per `HEADER:path`, each
// path a relaxed JSONPath evaluated with missing keys allowed; a path that finds nothing
// prints `<none>`, several results are joined by commas, and values print as Go's
// fmt.Sprint would (`map[k:v]`, `[a b]`).
import { evaluate } from '../jsonpath';
import { tabwrite, TABLE_SETTINGS } from './tabwriter';

export interface CustomColumn {
  header: string;
  /** The path without braces, starting with `.`: `.status.podIP`. */
  path: string;
}

/** NewCustomColumnsPrinterFromSpec: the columns, or kubectl's error text (without `error: `). */
export function parseCustomColumns(spec: string): CustomColumn[] | { error: string } {
  if (spec.length === 0) return { error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) return { error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const path = relaxedPath(part.slice(colon + 1));
    if (path === undefined) {
      return { error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'" };
    }
    const invalid = pathError(path);
    if (invalid) return { error: invalid };
    columns.push({ header: part.slice(0, colon), path });
  }
  return columns;
}

/** jsonpath.Parse: a path this template language cannot read is refused before anything prints. */
function pathError(path: string): string | undefined {
  try {
    evaluate(path, {});
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** RelaxedJSONPathExpression: `name1.name2`, `.name1.name2`, `{name1.name2}` and `{.name1.name2}` all mean `.name1.name2`. */
function relaxedPath(text: string): string | undefined {
  if (text.length === 0) return '';
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(text);
  if (!m) return undefined;
  return `.${m[1] ?? m[2] ?? ''}`;
}

/** The table: a header row (unless --no-headers), then one row per object, aligned like kubectl's tabwriter. */
export function printCustomColumns(columns: readonly CustomColumn[], objects: readonly unknown[], noHeaders: boolean): string {
  const lines: string[] = [];
  if (!noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const o of objects) lines.push(columns.map((c) => cell(c.path, o)).join('\t'));
  return tabwrite(lines.map((l) => `${l}\n`).join(''), TABLE_SETTINGS);
}

function cell(path: string, obj: unknown): string {
  const values = path === '' ? [] : evaluate(path, obj);
  if (values.length === 0) return '<none>';
  return values.map(goSprint).join(',');
}

/** fmt.Sprint of an unstructured value: maps with sorted keys, slices space-separated. */
function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${entries.map(([k, x]) => `${k}:${goSprint(x)}`).join(' ')}]`;
  }
  return String(v);
}
