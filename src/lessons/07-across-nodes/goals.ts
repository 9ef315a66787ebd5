import { defineGoals } from '../lib/goals';
import { commandRan, nodeOf, pod, podReady } from '../lib/predicates';
import type { LessonState } from '../lib/types';

/** Something from `from` (an HTTP request or a ping) arrived at a process or the kernel in `to`. */
function reached(s: LessonState, from: string, to: string): boolean {
  const src = pod(s, from)?.status?.podIP;
  return (
    src !== undefined &&
    s.trace.some(
      (e) =>
        e.kind === 'packet.hop' &&
        e.detail?.netns === `pod:default/${to}` &&
        (e.detail.action === 'deliver' || e.detail.action === 'echo') &&
        e.detail.ipSrc === src,
    )
  );
}

export default defineGoals({
  'remote-running': (s) =>
    podReady(s, 'remote') && nodeOf(s, 'remote') === 'node-2' && nodeOf(s, 'web') === 'node-1',
  'cross-node': (s) => reached(s, 'remote', 'web'),
  'tunnel-read': (s) =>
    commandRan(s, /^node-shell\s+node-2\s+--\s+ip\s+(r|route)\b/) &&
    commandRan(s, /^node-shell\s+node-2\s+--\s+bridge\s+fdb\b/),
  outside: (s) => commandRan(s, /^(curl|ping|wget)\b.*\b10\.244\.\d+\.\d+/),
});
