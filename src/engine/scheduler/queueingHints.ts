import type { Node } from '../api/objects';
import { sameJson } from '../api/mergePatch';
import type { NodeInfo } from './nodeInfo';

/**
 * The filter plugins' queueing hints for a Node update: a Pod that no node could take is
 * only worth trying again when the Node got less restrictive — uncordoned, a taint gone,
 * its labels changed, or more room. A cordon's new taint or a heartbeat helps no one.
 */
export function nodeChangeMayHelp(info: NodeInfo, node: Node): boolean {
  if (info.unschedulable && node.spec?.unschedulable !== true) return true;
  const now = node.spec?.taints ?? [];
  if ((info.taints ?? []).some((t) => !now.some((n) => n.key === t.key && n.value === t.value && n.effect === t.effect))) return true;
  if (!sameJson(info.node.metadata?.labels, node.metadata?.labels)) return true;
  const before = info.node.status?.allocatable as Record<string, string> | undefined;
  const after = node.status?.allocatable as Record<string, string> | undefined;
  return !sameJson(before, after);
}
