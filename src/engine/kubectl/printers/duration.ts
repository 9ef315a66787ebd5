// Time as kubectl shows it: the AGE-style durations of apimachinery's
// `duration.HumanDuration`, and the RFC 1123 dates `kubectl describe` prints.
// `now` is always passed in (virtual time); nothing here reads a clock.

/**
 * apimachinery pkg/util/duration.HumanDuration: ~2-3 significant figures.
 * A skew of up to 2s into the future reads as "0s" (clocks of two machines
 * never agree exactly); further into the future is `<invalid>`.
 */
export function humanDuration(ms: number): string {
  // Go's int(d.Seconds()) truncates toward zero.
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / 3_600_000);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** Epoch ms of an RFC 3339 timestamp, or undefined for a missing or zero (`0001-01-01`) time. */
export function parseTime(timestamp: string | undefined): number | undefined {
  if (!timestamp || timestamp.startsWith('0001-01-01')) return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * kubectl's translateTimestampSince: the age of a timestamp, `<unknown>` when the
 * object has none, `<invalid>` when it lies more than a second in the future.
 */
export function ageOf(timestamp: string | undefined, now: number): string {
  const t = parseTime(timestamp);
  return t === undefined ? '<unknown>' : humanDuration(now - t);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Go's time.RFC1123Z layout (`Mon, 02 Jan 2006 15:04:05 -0700`), in UTC as the
 * simulated machines run. A missing time prints Go's zero time, as describe does.
 */
export function formatRFC1123Z(timestamp: string | undefined): string {
  const t = parseTime(timestamp);
  if (t === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(t);
  const day = WEEKDAYS[d.getUTCDay()] ?? '';
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${day}, ${two(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${time} +0000`;
}
