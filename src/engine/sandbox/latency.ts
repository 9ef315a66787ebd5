/**
 * How long a message takes between two components, in virtual ms: loopback on one node,
 * a LAN hop inside the cluster (kubectl's too: the laptop sits on the cluster's network, so
 * its reply lands as soon as the scheduler hears of the Pod and the terminal prints
 * `pod/… created` while the learner still reads about it), the internet to the registry.
 * Small, but never zero, so every message has a visible journey and a definite order.
 */
export function linkLatency(from: string, to: string): number {
  const a = from.split('/')[0];
  const b = to.split('/')[0];
  if (a === 'registry' || b === 'registry') return 20;
  if (a === 'kubectl' || b === 'kubectl') return 1;
  if (a === 'laptop' || b === 'laptop') return 5;
  if (a === 'apiServer' && b === 'etcd') return 1;
  if (a === 'etcd' && b === 'apiServer') return 1;
  if (a === 'kubelet' || b === 'kubelet') return a === 'containerRuntime' || b === 'containerRuntime' ? 1 : 2;
  return 1;
}
