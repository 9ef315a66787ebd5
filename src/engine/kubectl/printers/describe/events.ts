// The `Events:` section of `kubectl describe` (describe.go DescribeEvents, v1.35):
// oldest first; Age is the first sighting, or `12s (x3 over 20s)` — last seen, count,
// first seen — for a repeated event; From is the reporting component (`kubelet`,
// `default-scheduler`); and since kubectl 1.35 (kubernetes#133627) a message about a
// part of the object starts with its field path: `spec.containers{nginx}: Container created`.
import type { KubeEvent } from '../../../api/objects';
import { ageOf, parseTime } from '../duration';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

/** kubectl's eventTime(): series last observed, else lastTimestamp, else eventTime. */
export function sortTime(e: KubeEvent): number {
  return parseTime(e.series?.lastObservedTime) ?? parseTime(e.lastTimestamp) ?? parseTime(e.eventTime) ?? -Infinity;
}

/** When an Event was seen: `12s`, or `12s (x3 over 20s)` for one seen several times. */
export function interval(e: KubeEvent, now: number): string {
  const first = parseTime(e.eventTime) !== undefined ? ageOf(e.eventTime, now) : ageOf(e.firstTimestamp, now);
  if (e.series) return `${ageOf(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${ageOf(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** `events` undefined: `--show-events=false`, and the describer prints no Events section at all. */
export function writeEvents(w: PrefixWriter, events: KubeEvent[] | undefined, now: number): void {
  if (!events) return;
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  // A stable sort: Go's insertion sort keeps equal times in list order too.
  const sorted = [...events].sort((a, b) => sortTime(a) - sortTime(b));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || '';
    let message = (e.message ?? '').trim();
    if (e.involvedObject.fieldPath) message = `${e.involvedObject.fieldPath}: ${message}`;
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval(e, now)}\t${source}\t${message}\n`);
  }
}

/** The `Events:` section on its own, as it ends every describe. */
export function describeEventsBlock(events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  writeEvents(w, events, now);
  return w.toString();
}
