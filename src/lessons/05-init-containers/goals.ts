import { defineGoals } from '../lib/goals';
import { commandRan, containerStatus, pod, podReady } from '../lib/predicates';
import type { LessonState } from '../lib/types';

/** The init container ran to completion: terminated with exit code 0. */
function completed(s: LessonState, podName: string, container: string): boolean {
  return containerStatus(s, podName, container)?.state?.terminated?.exitCode === 0;
}

export default defineGoals({
  'myapp-running': (s) =>
    podReady(s, 'myapp') && completed(s, 'myapp', 'wait-for-db') && completed(s, 'myapp', 'write-config'),
  'read-config': (s) =>
    commandRan(s, /^kubectl\s+logs\s+(pods?\/)?myapp\b.*(-c[\s=]*|--container[\s=]+)app\b/),
  'failure-read': (s) =>
    commandRan(s, /^kubectl\s+logs\s+(pods?\/)?blocked\b.*(-c[\s=]*|--container[\s=]+)check-config\b/),
  'blocked-fixed': (s) =>
    podReady(s, 'blocked') && pod(s, 'blocked')?.spec?.initContainers?.[0]?.name === 'write-config',
});
