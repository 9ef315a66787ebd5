/**
 * kubectl's JSONPath templates (`-o jsonpath='{.status.podIP}'`, k8s.io/client-go/util/jsonpath):
 * text outside braces is printed as is; inside, a path of `.field`, `['field']`, `[n]`,
 * `[*]`, `[start:end]`, `..field` and filters `[?(@.type=="Ready")]`; `{range …}…{end}`
 * repeats its body per element; `{"\n"}` prints a literal. Several results of one
 * expression are joined by a space; maps and lists print as JSON.
 */
type Node = { kind: 'text'; text: string } | { kind: 'expr'; path: string } | { kind: 'range'; path: string; body: Node[] };

export type JsonPathResult = { ok: true; text: string } | { ok: false; error: string };

export function runJsonPath(template: string, data: unknown): JsonPathResult {
  const parsed = parse(template);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  try {
    return { ok: true, text: render(parsed.nodes, data) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function parse(template: string): { nodes: Node[] } | { error: string } {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i, open) });
    const close = matchingBrace(template, open);
    if (close < 0) return { error: `unclosed action` };
    const inner = template.slice(open + 1, close).trim();
    i = close + 1;
    if (inner.startsWith('range ')) {
      const node: Node = { kind: 'range', path: inner.slice(6).trim(), body: [] };
      stack[stack.length - 1]!.push(node);
      stack.push(node.body);
    } else if (inner === 'end') {
      if (stack.length === 1) return { error: 'not in range, nothing to end' };
      stack.pop();
    } else if (/^".*"$/s.test(inner) || /^'.*'$/s.test(inner)) {
      stack[stack.length - 1]!.push({ kind: 'text', text: unquote(inner) });
    } else stack[stack.length - 1]!.push({ kind: 'expr', path: inner });
  }
  return { nodes: root };
}

function matchingBrace(text: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
}

function render(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'expr') out += evaluate(n.path, data).map(show).join(' ');
    else for (const item of evaluate(n.path, data)) out += render(n.body, item);
  }
  return out;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Evaluate a path; `@` and `$` are the current and root data. */
export function evaluate(path: string, data: unknown): unknown[] {
  let cur: unknown[] = [data];
  let rest = path.replace(/^[$@]/, '');
  while (rest.length > 0) {
    const step = nextStep(rest);
    if (!step) throw new Error(`unrecognized character in action: ${rest}`);
    rest = rest.slice(step.length);
    cur = step.apply(cur);
  }
  return cur;
}

interface Step {
  length: number;
  apply(values: unknown[]): unknown[];
}

function nextStep(rest: string): Step | undefined {
  let m = /^\.\.([\w-]+)/.exec(rest);
  if (m) return { length: m[0].length, apply: (vs) => vs.flatMap((v) => descend(v, m![1]!)) };
  // A field name runs to the next `.` or `[`; a backslash keeps the next character
  // (`.metadata.annotations.deployment\.kubernetes\.io/revision`).
  m = /^\.((?:\\.|[^.[\]\\{}\s()=!<>,*])+)/.exec(rest);
  if (m) {
    const name = m[1]!.replace(/\\(.)/g, '$1');
    return { length: m[0].length, apply: (vs) => vs.flatMap((v) => field(v, name)) };
  }
  m = /^\[['"]([^'"]+)['"]\]/.exec(rest);
  if (m) return { length: m[0].length, apply: (vs) => vs.flatMap((v) => field(v, m![1]!)) };
  if (rest.startsWith('[*]') || rest.startsWith('.*')) return { length: 3 - (rest.startsWith('.*') ? 1 : 0), apply: (vs) => vs.flatMap(all) };
  m = /^\[(-?\d*):(-?\d*)\]/.exec(rest);
  if (m) return { length: m[0].length, apply: (vs) => vs.flatMap((v) => (Array.isArray(v) ? v.slice(num(m![1]!, 0), num(m![2]!, v.length)) : [])) };
  m = /^\[(-?\d+)\]/.exec(rest);
  if (m) return { length: m[0].length, apply: (vs) => vs.flatMap((v) => (Array.isArray(v) ? [v.at(Number(m![1]))].filter((x) => x !== undefined) : [])) };
  m = /^\[\?\((.+?)\)\]/.exec(rest);
  if (m) return { length: m[0].length, apply: (vs) => vs.flatMap((v) => all(v).filter((item) => test(m![1]!, item))) };
  return undefined;
}

function num(s: string, fallback: number): number {
  return s === '' ? fallback : Number(s);
}

function field(v: unknown, name: string): unknown[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  const x = (v as Record<string, unknown>)[name];
  return x === undefined ? [] : [x];
}

function all(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object') return Object.values(v);
  return [];
}

function descend(v: unknown, name: string): unknown[] {
  const out: unknown[] = [...field(v, name)];
  for (const child of all(v)) out.push(...descend(child, name));
  return out;
}

/** A filter: `@.type=="Ready"`, `@.port==80`, `@.ready`, `!@.x` is not needed here. */
function test(expr: string, item: unknown): boolean {
  const m = /^(@[^=!<>]*)\s*(==|!=|<=|>=|<|>)\s*(.+)$/.exec(expr.trim());
  if (!m) return evaluate(expr.trim(), item).some((x) => x !== false && x !== null);
  const left = evaluate(m[1]!.trim(), item)[0];
  const raw = m[3]!.trim();
  const right: unknown = /^["'].*["']$/.test(raw) ? raw.slice(1, -1) : Number(raw);
  switch (m[2]) {
    case '==':
      return left === right || String(left) === String(right);
    case '!=':
      return String(left) !== String(right);
    case '<':
      return Number(left) < Number(right);
    case '>':
      return Number(left) > Number(right);
    case '<=':
      return Number(left) <= Number(right);
    default:
      return Number(left) >= Number(right);
  }
}
