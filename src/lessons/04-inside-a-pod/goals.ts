import { defineGoals } from '../lib/goals';
import { commandRan, pod, podReady, traceHas } from '../lib/predicates';
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

/**
 * A `ps` ran in an ephemeral container of web that targets nginx: with `kubectl exec -c`,
 * or typed in the shell `kubectl debug -it … --target=nginx` opened.
 */
function psBesideNginx(s: LessonState): boolean {
  const debuggers = (pod(s, 'web')?.spec?.ephemeralContainers ?? []).filter((ec) => ec.targetContainerName === 'nginx').map((ec) => ec.name);
  if (debuggers.some((name) => execIn(s, 'web', name, 'ps\\b'))) return true;
  const opened = s.commands.findIndex((c) => !c.typed && /^kubectl\s+debug\b.*\s-(it|ti|i)\b.*--target[\s=]+nginx\b|^kubectl\s+debug\b.*--target[\s=]+nginx\b.*\s-(it|ti|i)\b/.test(c.command));
  return debuggers.length > 0 && opened >= 0 && s.commands.slice(opened + 1).some((c) => c.typed && /^ps\b/.test(c.command));
}

export default defineGoals({
  'one-hostname': (s) => execIn(s, 'web', 'writer', 'hostname') && execIn(s, 'web', 'nginx', 'hostname'),
  localhost: (s) => execIn(s, 'web', 'writer', '(wget|curl)\\b.*localhost') && servedOverLoopback(s),
  'pause-pid1': (s) => podReady(s, 'shared') && execIn(s, 'shared', 'shell', 'ps\\b'),
  'debug-target': psBesideNginx,
  'clash-read': (s) =>
    traceHas(s, { kind: 'CONTAINER_STOPPED_EVENT', ref: 'clash' }) &&
    commandRan(s, /^kubectl\s+logs\s+(pods?\/)?clash\b.*(-c[\s=]*|--container[\s=]+)two\b/),
});
