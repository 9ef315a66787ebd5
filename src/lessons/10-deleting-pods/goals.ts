import { defineGoals } from '../lib/goals';
import { commandRan, exists, selected, traceFind } from '../lib/predicates';

export default defineGoals({
  'by-name': (s) => !exists(s, 'pods', 'web-1'),
  'grace-period': (s) =>
    !exists(s, 'pods', 'kubia-manual') &&
    traceFind(s, { kind: 'CONTAINER_STOPPED_EVENT', ref: 'kubia-manual' }).some(
      (e) => e.detail?.exitCode === 137,
    ),
  'several-names': (s) => !exists(s, 'pods', 'web-2') && !exists(s, 'pods', 'web-3'),
  'by-label': (s) =>
    selected(s, 'app=api').length === 0 &&
    commandRan(s, /^kubectl\s+delete\s+(pods?|po)\b.*(-l\s*|--selector[=\s]+)['"]?app=api\b/),
  namespace: (s) => !exists(s, 'namespaces', 'dev'),
});
