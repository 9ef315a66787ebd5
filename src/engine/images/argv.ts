/**
 * Kubernetes' rules for what a container runs: `command` replaces the image's ENTRYPOINT
 * (and drops its CMD), `args` replaces CMD; an empty list counts as unset
 * (pkg/kubelet/kuberuntime: `kubecontainer.ExpandContainerCommandAndArgs`).
 */
import type { ImageConfig } from './types';

const nonEmpty = (xs: string[] | undefined): xs is string[] => xs !== undefined && xs.length > 0;

export function effectiveArgv(config: ImageConfig, command?: string[], args?: string[]): string[] {
  if (nonEmpty(command)) return [...command, ...(nonEmpty(args) ? args : [])];
  return [...(config.entrypoint ?? []), ...(nonEmpty(args) ? args : (config.cmd ?? []))];
}
