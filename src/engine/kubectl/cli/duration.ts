/**
 * Go's time.ParseDuration and Duration.String, which kubectl uses for `--timeout`,
 * `--since`, `--pod-running-timeout`: '60s', '1m30s', '500ms', '1.5h', '0'.
 * Values are kept in milliseconds, the sandbox clock's unit.
 */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

export function parseDuration(text: string): number | undefined {
  const r = parseDurationDetailed(text);
  return typeof r === 'number' ? r : undefined;
}

/** The duration in ms, or the error text Go's time package gives for it. */
export function parseDurationDetailed(text: string): number | string {
  const quoted = JSON.stringify(text);
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return `time: invalid duration ${quoted}`;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = num?.[1] ?? '';
    const frac = num?.[2];
    if (whole === '' && (frac === undefined || frac === '')) return `time: invalid duration ${quoted}`;
    s = s.slice(num?.[0].length ?? 0);
    const unit = /^[^0-9.]*/.exec(s)?.[0] ?? '';
    if (unit === '') return `time: missing unit in duration ${quoted}`;
    const ms = UNIT_MS[unit];
    if (ms === undefined) return `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`;
    s = s.slice(unit.length);
    total += Number(`${whole || '0'}.${frac ?? '0'}`) * ms;
  }
  return sign * total;
}

/** Go's Duration.String(): 0 → '0s', 90 000 → '1m30s', 60 000 → '1m0s', 500 → '500ms'. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  let out: string;
  if (rest < 1000) {
    out =
      rest >= 1
        ? `${trimNumber(rest)}ms`
        : rest >= 1e-3
          ? `${trimNumber(rest * 1000)}µs`
          : `${trimNumber(rest * 1e6)}ns`;
  } else {
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = `${trimNumber(rest / 1000)}s`;
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? `-${out}` : out;
}

function trimNumber(n: number): string {
  return String(Number(n.toFixed(9)));
}
