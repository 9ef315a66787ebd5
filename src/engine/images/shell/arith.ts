/**
 * `$(( … ))` arithmetic: integers, + - * / %, comparisons, && || !, parentheses and
 * variable names (as in `i=$((i+1))`, the usual counter in a retry loop).
 */

export function evalArith(expr: string, lookup: (name: string) => string): number {
  const tokens = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const take = (): string => tokens[pos++] ?? '';

  const primary = (): number => {
    const t = take();
    if (t === '(') {
      const v = or();
      take();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() ? 0 : 1;
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) return Math.trunc(Number(lookup(t) || '0')) || 0;
    return 0;
  };
  const binary = (next: () => number, ops: Record<string, (a: number, b: number) => number>) => (): number => {
    let v = next();
    for (let op = peek(); op !== undefined && op in ops; op = peek()) {
      take();
      v = (ops[op] as (a: number, b: number) => number)(v, next());
    }
    return v;
  };
  const mul = binary(primary, {
    '*': (a, b) => a * b,
    '/': (a, b) => (b === 0 ? 0 : Math.trunc(a / b)),
    '%': (a, b) => (b === 0 ? 0 : a % b),
  });
  const add = binary(mul, { '+': (a, b) => a + b, '-': (a, b) => a - b });
  const cmp = binary(add, {
    '<': (a, b) => Number(a < b),
    '>': (a, b) => Number(a > b),
    '<=': (a, b) => Number(a <= b),
    '>=': (a, b) => Number(a >= b),
  });
  const eq = binary(cmp, { '==': (a, b) => Number(a === b), '!=': (a, b) => Number(a !== b) });
  const and = binary(eq, { '&&': (a, b) => Number(Boolean(a) && Boolean(b)) });
  const or = binary(and, { '||': (a, b) => Number(Boolean(a) || Boolean(b)) });
  return tokens.length ? or() : 0;
}
