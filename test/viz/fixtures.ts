// Snapshots for the viz tests, made by the real engine: the default cluster before and
// after the nine steps, lesson 10's eight pods (two in namespace dev), and the ten-node
// cluster with a hundred pods.
import { createSandbox, podReady, podStatusReason, type ClusterSnapshot, type Sandbox } from '../../src/engine';
import { findLesson } from '../../src/lessons/lib/lessons';
import { scenarioFor } from '../../src/ui/lib/scenarios';
import type { PodDescriber } from '../../src/viz/stage/pods';

export const describe: PodDescriber = { status: podStatusReason, ready: podReady };

export function nineSteps(): { sb: Sandbox; before: ClusterSnapshot; pending: ClusterSnapshot; after: ClusterSnapshot } {
  const sb = createSandbox({ seed: 1 });
  const before = sb.snapshot();
  sb.start('kubectl apply -f pod.yaml');
  // Stop right after the API server stored the Pod, before the scheduler binds it.
  while (!sb.trace.some((e) => e.kind === 'pod.create.response')) sb.advance(1000, { stopAtTrace: true });
  const pending = sb.snapshot();
  sb.runUntilIdle();
  return { sb, before, pending, after: sb.snapshot() };
}

let crowd: ClusterSnapshot | undefined;

/** Ten workers, a hundred Pods applied and running (built once: it takes a second). */
export function hundredPods(): ClusterSnapshot {
  if (crowd) return crowd;
  const sb = createSandbox({ seed: 1, scenario: scenarioFor('ten-nodes') });
  sb.run('kubectl apply -f pods.yaml');
  sb.runUntilIdle();
  crowd = sb.snapshot();
  return crowd;
}

/** Lesson 10's cluster as it opens: kubia-manual, web-1…3, api-1…2, and two pods in dev. */
export function lessonTen(): ClusterSnapshot {
  const sb = createSandbox({ seed: 1, scenario: findLesson('10')!.scenario });
  sb.runUntilIdle();
  return sb.snapshot();
}
