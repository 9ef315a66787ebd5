import { bytes } from '../api/quantity';

/**
 * What the node's kernel reports as MemTotal (KiB) for the RAM the scenario gives it: the
 * RAM less what firmware and the kernel's own code and tables keep (about 4.5% on a small
 * VM: 4 GiB of RAM reads 4005560 kB in /proc/meminfo). The kubelet's capacity comes from it
 * (cAdvisor reads MemTotal), which is why a real node's memory is an odd number of Ki and
 * never `4Gi`; `free`, `top` and ps's %MEM read the same figure.
 */
export function memTotalKi(memory: string): number {
  const ramKi = bytes(memory) / 1024;
  return Math.floor((ramKi * 0.955) / 4) * 4;
}
