// Which container of a Pod a command means when -c is not given (kubectl's
// podcmd.FindOrDefaultContainerByName, shared by exec, attach and logs): the one an
// annotation names, else the first, with the stderr line that says so when there are others.
import type { Container, Pod } from '../../api/objects';

/** Every container of the Pod: regular, ephemeral, then init (the order kubectl lists them in). */
function containersOf(pod: Pod): Container[] {
  const spec = pod.spec;
  return [...(spec?.containers ?? []), ...((spec?.ephemeralContainers ?? []) as Container[]), ...(spec?.initContainers ?? [])];
}

/**
 * podcmd.AllContainerNames: `web, sidecar, debugger (ephem), init-db (init)` — what
 * kubectl lists when it picks a container for you.
 */
export function allContainerNames(pod: Pod): string {
  const spec = pod.spec;
  return [
    ...(spec?.containers ?? []).map((c) => c.name),
    ...(spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

/** podcmd.FindContainerByName: a container of any kind with this name. */
export function findContainer(pod: Pod, name: string): Container | undefined {
  return containersOf(pod).find((c) => c.name === name);
}

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/**
 * The container `wanted` names (the default-container annotation unless said otherwise)
 * when the Pod has it, else the first one; `note` is kubectl's "Defaulted container" line
 * when the Pod has other containers. `name` is '' for a Pod without containers.
 */
export function defaultContainer(pod: Pod, wanted = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION]): { name: string; container?: Container; note?: string } {
  const named = wanted ? findContainer(pod, wanted) : undefined;
  if (named) return { name: named.name, container: named };
  const spec = pod.spec;
  const first = spec?.containers?.[0];
  const name = first?.name ?? '';
  const others = (spec?.containers?.length ?? 0) > 1 || (spec?.initContainers?.length ?? 0) > 0 || (spec?.ephemeralContainers?.length ?? 0) > 0;
  return { name, ...(first ? { container: first } : {}), ...(others ? { note: `Defaulted container "${name}" out of: ${allContainerNames(pod)}\n` } : {}) };
}
