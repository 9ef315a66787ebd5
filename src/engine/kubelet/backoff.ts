/**
 * client-go's flowcontrol.Backoff as the kubelet uses it for crashed containers and failed
 * image pulls: 10 s, doubling, capped at 300 s; an entry older than twice the cap (10 min
 * without trouble) starts over. The first crash restarts at once; only a crash inside the
 * back-off window waits (CrashLoopBackOff).
 */
export const INITIAL_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 300_000;

export interface BackoffEntry {
  durationMs: number;
  lastUpdate: number;
}

/** Is an event at `eventTime` still inside the back-off window at `now`? (IsInBackOffSince) */
export function inBackoffSince(entry: BackoffEntry | undefined, eventTime: number, now: number): boolean {
  if (!entry || expired(entry, eventTime)) return false;
  return now - eventTime < entry.durationMs;
}

/** Record a failure at `now`: start at 10 s or double (Next). */
export function nextBackoff(entry: BackoffEntry | undefined, now: number): BackoffEntry {
  if (!entry || expired(entry, now)) return { durationMs: INITIAL_BACKOFF_MS, lastUpdate: now };
  return { durationMs: Math.min(entry.durationMs * 2, MAX_BACKOFF_MS), lastUpdate: now };
}

function expired(entry: BackoffEntry, eventTime: number): boolean {
  return eventTime - entry.lastUpdate > MAX_BACKOFF_MS * 2;
}

/** `40s`, `5m0s`: Go's time.Duration String(), as the CrashLoopBackOff message prints it. */
export function goDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${s % 60}s`;
}
