// `kubectl top pod` and `kubectl top node` read the Metrics API (metrics.k8s.io), which
// metrics-server serves. A kubeadm cluster has none until it is installed, so kubectl,
// finding no such group in discovery, says so — as it does here.
import type { KubectlProgram } from '../program';

export function* topMetrics(): KubectlProgram {
  yield { op: 'err', text: 'error: Metrics API not available\n' };
  return 1;
}
