import { defineGoals } from '../lib/goals';
import { commandRan, podReady, traceHas } from '../lib/predicates';
import type { LessonState } from '../lib/types';

/** `kubectl exec <pod> -c <container> -- <rest…>`, with `-c` or `--container` in any spelling. */
function execIn(s: LessonState, pod: string, container: string, rest: string): boolean {
  return commandRan(
    s,
    new RegExp(`^kubectl\\s+exec\\s+(pods?/)?${pod}\\b.*(-c[\\s=]*|--container[\\s=]+)${container}\\b.*--\\s+${rest}`),
  );
}

/** A request reached a socket inside the Pod `web` through its loopback interface. */
function servedOverLoopback(s: LessonState): boolean {
  return s.trace.some(
    (e) =>
      e.kind === 'packet.hop' &&
      e.detail?.netns === 'pod:default/web' &&
      e.detail.action === 'deliver' &&
      e.detail.ipDst === '127.0.0.1',
  );
}

export default defineGoals({
  'one-hostname': (s) => execIn(s, 'web', 'writer', 'hostname') && execIn(s, 'web', 'nginx', 'hostname'),
  localhost: (s) => execIn(s, 'web', 'writer', '(wget|curl)\\b.*localhost') && servedOverLoopback(s),
  'pause-pid1': (s) => podReady(s, 'shared') && execIn(s, 'shared', 'shell', 'ps\\b'),
  'clash-read': (s) =>
    traceHas(s, { kind: 'CONTAINER_STOPPED_EVENT', ref: 'clash' }) &&
    commandRan(s, /^kubectl\s+logs\s+(pods?\/)?clash\b.*(-c[\s=]*|--container[\s=]+)two\b/),
});
