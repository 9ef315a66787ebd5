import { defineGoals } from '../lib/goals';
import { commandRan, pod, podReady } from '../lib/predicates';

export default defineGoals({
  'kubia-manual': (s) => podReady(s, 'kubia-manual'),
  status: (s) =>
    commandRan(s, /^kubectl\s+get\s+(pods?|po)(\s+|\/)kubia-manual\b.*(-o\s*yaml|--output[=\s]yaml)/),
  'test-pod1': (s) => podReady(s, 'test-pod1') && pod(s, 'test-pod1')?.metadata?.labels?.app === 'nginx',
  'web-fixed': (s) => podReady(s, 'web') && pod(s, 'web')?.spec?.containers[0]?.image === 'nginx:1.27',
});
