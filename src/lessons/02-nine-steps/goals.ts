import { defineGoals } from '../lib/goals';
import { commandRan, podReady, registryHas, traceHas } from '../lib/predicates';

const STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export default defineGoals({
  pushed: (s) => registryHas(s, 'luksa/kubia') && traceHas(s, { kind: 'manifest.put', from: 'laptop' }),
  running: (s) => podReady(s, 'kubia-manual'),
  'nine-steps': (s) => STEPS.every((step) => traceHas(s, { step })),
  events: (s) => commandRan(s, /^kubectl\s+describe\s+(pods?|po)(\s+|\/)kubia-manual\b/),
});
