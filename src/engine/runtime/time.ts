/**
 * Virtual time is milliseconds since the scenario's start; objects carry RFC 3339
 * timestamps with second precision, as metav1.Time marshals them. The epoch is fixed by
 * the scenario, never read from the wall clock.
 */
export const DEFAULT_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);

/** `2026-01-05T09:00:03Z`: metav1.Time truncates to whole seconds. */
export function timestamp(epoch: number, virtualMs: number): string {
  const whole = Math.floor((epoch + virtualMs) / 1000) * 1000;
  if (whole !== lastWhole) {
    lastWhole = whole;
    lastText = new Date(whole).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}

/** Formatting a date is slow and thousands of writes share a second: remember the last one. */
let lastWhole = NaN;
let lastText = '';

/** `2026-01-05T09:00:03.123456Z`: MicroTime, used by Event.eventTime and leases. */
export function microTimestamp(epoch: number, virtualMs: number): string {
  const iso = new Date(Math.floor(epoch + virtualMs)).toISOString();
  const micros = String(Math.round((virtualMs % 1) * 1000)).padStart(3, '0');
  return iso.replace('Z', `${micros}Z`);
}

export function parseTimestamp(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
