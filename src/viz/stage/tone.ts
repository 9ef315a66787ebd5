// What a pod's STATUS (kubectl's column) says at a glance. Colour follows the tone, and a
// glyph and the STATUS text itself go with it, so colour is never the only carrier.

export type Tone = 'ok' | 'progress' | 'done' | 'bad' | 'leaving' | 'unknown';

const BAD = /(Err|BackOff|Error|Failed|OOMKilled|Invalid|CrashLoop|Evicted|NodeLost|DeadlineExceeded|ContainerStatusUnknown)/;

/** The tone of a STATUS string as `kubectl get pods` prints it. */
export function statusTone(status: string): Tone {
  if (status === 'Running') return 'ok';
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (status === 'Terminating') return 'leaving';
  if (status === 'Unknown' || status === '') return 'unknown';
  if (BAD.test(status)) return 'bad';
  return 'progress';
}

/** The glyph drawn beside the STATUS text. */
export const TONE_GLYPH: Record<Tone, string> = {
  ok: '✓',
  progress: '…',
  done: '■',
  bad: '✗',
  leaving: '↓',
  unknown: '?',
};

/** A container's tone from its API state (waiting/running/terminated) or the runtime's. */
export function containerTone(state: string, reason?: string): Tone {
  if (state === 'running' || state === 'CONTAINER_RUNNING' || state === 'SANDBOX_READY') return 'ok';
  if (state === 'terminated' || state === 'CONTAINER_EXITED') return reason === 'Completed' ? 'done' : 'bad';
  if (reason && BAD.test(reason)) return 'bad';
  return 'progress';
}

/**
 * A kube-system pod by what it runs: `kube-proxy-zlb4p` → `kube-proxy`,
 * `coredns-668d6bf9bc-gnv8k` → `coredns`, `etcd-control-plane` → `etcd`.
 */
export function addonName(pod: string, node?: string): string {
  let n = pod;
  if (node && n.endsWith(`-${node}`)) return n.slice(0, -node.length - 1);
  n = n.replace(/-[a-z0-9]{5}$/, '');
  return n.replace(/-[a-f0-9]{8,10}$/, '');
}
