/**
 * Timestamps as each program prints them. Times are epoch milliseconds on the sandbox's
 * virtual clock (passed in through the process context or the request), always in UTC,
 * as containers run with no TZ set.
 */

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  wd: number;
}

function parts(t: number): Parts {
  const date = new Date(t);
  return {
    y: date.getUTCFullYear(),
    mo: date.getUTCMonth(),
    d: date.getUTCDate(),
    h: date.getUTCHours(),
    mi: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
    ms: date.getUTCMilliseconds(),
    wd: date.getUTCDay(),
  };
}

const hms = (p: Parts): string => `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;

/** nginx error log: `2025/11/02 10:00:00`. */
export function nginxErrorTime(t: number): string {
  const p = parts(t);
  return `${p.y}/${pad(p.mo + 1)}/${pad(p.d)} ${hms(p)}`;
}

/** Common/combined log format `$time_local`: `02/Nov/2025:10:00:00 +0000`. */
export function accessLogTime(t: number): string {
  const p = parts(t);
  return `${pad(p.d)}/${MONTHS[p.mo]}/${p.y}:${hms(p)} +0000`;
}

/** Redis log: `02 Nov 2025 10:00:00.123`. */
export function redisTime(t: number): string {
  const p = parts(t);
  return `${pad(p.d)} ${MONTHS[p.mo]} ${p.y} ${hms(p)}.${pad(p.ms, 3)}`;
}

/** `date` with no format (busybox and coreutils in the C locale): `Sun Nov  2 10:00:00 UTC 2025`. */
export function dateCommandTime(t: number): string {
  const p = parts(t);
  return `${DAYS[p.wd]} ${MONTHS[p.mo]} ${String(p.d).padStart(2, ' ')} ${hms(p)} UTC ${p.y}`;
}

/** Apache error log: `Sun Nov 02 10:00:00.123000 2025`. */
export function apacheErrorTime(t: number): string {
  const p = parts(t);
  return `${DAYS[p.wd]} ${MONTHS[p.mo]} ${pad(p.d)} ${hms(p)}.${pad(p.ms, 3)}000 ${p.y}`;
}

/** klog header time (agnhost and other Go components): `1102 10:00:00.123000`. */
export function klogTime(t: number): string {
  const p = parts(t);
  return `${pad(p.mo + 1)}${pad(p.d)} ${hms(p)}.${pad(p.ms, 3)}000`;
}

/** RFC 3339 with microseconds, as mysqld logs: `2025-11-02T10:00:00.123000Z`. */
export function rfc3339Micro(t: number): string {
  const p = parts(t);
  return `${p.y}-${pad(p.mo + 1)}-${pad(p.d)}T${hms(p)}.${pad(p.ms, 3)}000Z`;
}

/** The mysql image entrypoint's `date --rfc-3339=seconds`: `2025-11-02 10:00:00+00:00`. */
export function rfc3339Seconds(t: number): string {
  const p = parts(t);
  return `${p.y}-${pad(p.mo + 1)}-${pad(p.d)} ${hms(p)}+00:00`;
}

/** HTTP `Date:` header: `Sun, 02 Nov 2025 10:00:00 GMT`. */
export function httpDate(t: number): string {
  const p = parts(t);
  return `${DAYS[p.wd]}, ${pad(p.d)} ${MONTHS[p.mo]} ${p.y} ${hms(p)} GMT`;
}

/** A subset of strftime for `date +FORMAT`. */
export function strftime(format: string, t: number): string {
  const p = parts(t);
  const table: Record<string, string> = {
    Y: String(p.y), m: pad(p.mo + 1), d: pad(p.d), H: pad(p.h), M: pad(p.mi), S: pad(p.s),
    s: String(Math.floor(t / 1000)), a: DAYS[p.wd] ?? '', b: MONTHS[p.mo] ?? '', e: String(p.d).padStart(2, ' '),
    T: hms(p), F: `${p.y}-${pad(p.mo + 1)}-${pad(p.d)}`, Z: 'UTC', z: '+0000', n: '\n', t: '\t', '%': '%',
  };
  return format.replace(/%(.)/g, (whole, c: string) => table[c] ?? whole);
}

/** Go's `log` package prefix: `2025/11/02 10:00:00` (the same shape as nginx's error log). */
export const goLogTime = nginxErrorTime;
