import { defineGoals } from '../lib/goals';
import { commandRan, podReady, podStatus } from '../lib/predicates';

export default defineGoals({
  wide: (s) => commandRan(s, /^kubectl\s+get\s+(pods?|po)\b.*(-o\s*wide|--output[=\s]wide)/),
  'pending-why': (s) => commandRan(s, /^kubectl\s+describe\s+(pods?|po)(\s+|\/)big\b/),
  'kubia-running': (s) => podReady(s, 'kubia-manual') && podStatus(s, 'kubia-manual') === 'Running',
});
