import type { Container } from '../api/objects';

/**
 * Should the kubelet pull before starting this container? (images.shouldPullImage):
 * Always pulls, Never never does, IfNotPresent only when the node lacks the image. The
 * API server already defaulted the policy (Always for `:latest` or no tag).
 */
export function shouldPull(container: Container, present: boolean): boolean {
  const policy = container.imagePullPolicy ?? 'IfNotPresent';
  if (policy === 'Always') return true;
  if (policy === 'Never') return false;
  return !present;
}

const LISTS = { app: 'containers', init: 'initContainers', sidecar: 'initContainers', ephemeral: 'ephemeralContainers' } as const;

/** The container's reference in events: `spec.containers{nginx}`, `spec.initContainers{init-db}`. */
export function fieldPath(kind: keyof typeof LISTS, name: string): string {
  return `spec.${LISTS[kind]}{${name}}`;
}
