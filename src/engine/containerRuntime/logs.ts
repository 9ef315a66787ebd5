import { flat } from '../runtime/strings';
import type { ContainerRecord, LogLine, RuntimeContext } from './types';

/** How many distinct lines the node remembers for sharing before it starts afresh. */
const SHARED_LINES = 1024;

/**
 * One line the process wrote, stamped with the node's virtual time (what `kubectl logs` reads).
 * Containers of one image write the same lines (nginx's start-up notices, stamped to the
 * second), and the node keeps every container's log for the whole run: a line written
 * again is stored as the string already kept, not as a copy per container.
 */
export function appendLog(rt: RuntimeContext, c: ContainerRecord, stream: 'stdout' | 'stderr', text: string): void {
  let kept = rt.logTexts.get(text);
  if (kept === undefined) {
    if (rt.logTexts.size >= SHARED_LINES) rt.logTexts.clear();
    kept = flat(text);
    rt.logTexts.set(kept, kept);
  }
  c.logs.push({ t: rt.net.now(), stream, text: kept });
}

/**
 * Several lines written at once, kept as one entry holding the process's own list: the
 * lines an image writes as it starts are the same list in every container of the image,
 * which a thousand nginx Pods would otherwise keep as ~47 entries each.
 */
export function appendLogLines(rt: RuntimeContext, c: ContainerRecord, stream: 'stdout' | 'stderr', lines: readonly string[]): void {
  if (lines.length > 0) c.logs.push({ t: rt.net.now(), stream, lines });
}

/** The container's log, one line per entry, in the order written. */
export function logLines(c: ContainerRecord): LogLine[] {
  const out: LogLine[] = [];
  for (const l of c.logs) {
    if ('text' in l) out.push(l);
    else for (const text of l.lines) out.push({ t: l.t, stream: l.stream, text });
  }
  return out;
}
