// Whether a Pod's tolerations let it onto or keep it on a Node with a taint
// (k8s.io/component-helpers scheduling/corev1 ToleratesTaint), for the scheduler's
// TaintToleration filter and the taint eviction controller alike.
import type { IToleration } from 'kubernetes-models/v1/Toleration';

export type Toleration = IToleration;

/** A toleration matches a taint by key (or Exists with no key), value and effect (empty: every effect). */
export function toleratesTaint(t: Toleration, taint: { key: string; value?: string; effect: string }): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (!t.key) return t.operator === 'Exists';
  if (t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  return (t.value ?? '') === (taint.value ?? '');
}

export function tolerates(tolerations: Toleration[] | undefined, taint: { key: string; value?: string; effect: string }): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}
