import { defineGoals } from '../lib/goals';
import { commandRan, nodeOf, pod, podReady } from '../lib/predicates';
import type { LessonState } from '../lib/types';

/** A request from `from` reached a listening process in `to` (a `deliver` hop in to's namespace). */
function delivered(s: LessonState, from: string, to: string): boolean {
  const src = pod(s, from)?.status?.podIP;
  return (
    src !== undefined &&
    s.trace.some(
      (e) =>
        e.kind === 'packet.hop' &&
        e.detail?.netns === `pod:default/${to}` &&
        e.detail.action === 'deliver' &&
        e.detail.ipSrc === src,
    )
  );
}

export default defineGoals({
  'client-running': (s) => podReady(s, 'client') && nodeOf(s, 'client') === 'node-1',
  'veth-pair': (s) =>
    commandRan(s, /^kubectl\s+exec\s+(pods?\/)?client\b.*--\s+ip\s+(a|addr|address|l|link)\b/) &&
    commandRan(s, /^node-shell\s+node-1\s+--\s+ip\s+(a|addr|address|l|link)\b/),
  'same-node': (s) => delivered(s, 'client', 'web'),
  fdb: (s) => commandRan(s, /^node-shell\s+node-1\s+--\s+bridge\s+fdb\b/),
  'new-ip': (s) => {
    const ip = pod(s, 'web')?.status?.podIP;
    return podReady(s, 'web') && ip !== undefined && ip !== '10.244.1.2';
  },
});
