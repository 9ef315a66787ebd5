// The node lifecycle controller's NoSchedule tainting pass (pkg/controller/nodelifecycle,
// doNoScheduleTaintingPass): a Node's conditions and `spec.unschedulable` are mirrored as
// taints, so the scheduler and tolerations see them alike. Pod Lab's Nodes stay Ready, so
// the one it keeps is `node.kubernetes.io/unschedulable:NoSchedule` — added when a Node is
// cordoned, removed when it is uncordoned — with a PATCH of the Node's taints
// (SwapNodeControllerTaint: the new taint carries `timeAdded`).
import type { Node } from '../api/objects';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { timestamp } from '../runtime/time';
import { controllerRequest } from './client';
import type { Controller, ControllerContext } from './types';

const NAME = 'node-lifecycle-controller';
export const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

type Taint = NonNullable<NonNullable<Node['spec']>['taints']>[number];

interface LifecycleState {
  /** Nodes with a taint PATCH in flight: the next change is looked at once it is answered. */
  patching: Set<string>;
  /** Request id → Node name. */
  requests: Map<string, string>;
  nodes: Map<string, Node>;
}

const isUnschedulableTaint = (t: Taint) => t.key === UNSCHEDULABLE_TAINT && t.effect === 'NoSchedule';

function onWatch(ctx: ControllerContext, state: LifecycleState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const node = e.object as Node;
  const name = node.metadata?.name ?? '';
  if (e.event === 'DELETED') {
    state.nodes.delete(name);
    return;
  }
  state.nodes.set(name, node);
  syncTaint(ctx, state, name);
}

/** Add or remove the unschedulable taint so that it says what `spec.unschedulable` says. */
function syncTaint(ctx: ControllerContext, state: LifecycleState, name: string): void {
  const node = state.nodes.get(name);
  if (!node || state.patching.has(name)) return;
  const taints = node.spec?.taints ?? [];
  const wanted = node.spec?.unschedulable === true;
  if (taints.some(isUnschedulableTaint) === wanted) return;
  const others = taints.filter((t) => !isUnschedulableTaint(t));
  const next = wanted ? [...others, { key: UNSCHEDULABLE_TAINT, effect: 'NoSchedule', timeAdded: timestamp(ctx.epoch, ctx.net.now()) } as Taint] : others;
  // PatchNodeTaints: the whole list (taints have no merge key), guarded by the resourceVersion read.
  const body = { metadata: { resourceVersion: node.metadata?.resourceVersion }, spec: { taints: next.length > 0 ? next : null } };
  const id = controllerRequest(ctx, NAME, { verb: 'patch', patchType: 'strategic', resource: 'nodes', groupVersion: 'v1', name, body }, { kind: 'Node', name });
  state.patching.add(name);
  state.requests.set(id, name);
}

function onResponse(ctx: ControllerContext, state: LifecycleState, res: ApiResponse): void {
  const name = state.requests.get(res.id);
  if (name === undefined) return;
  state.requests.delete(res.id);
  state.patching.delete(name);
  // A failed PATCH waits for the Node's next change rather than retrying at once.
  if (res.code >= 300) return;
  state.nodes.set(name, res.body as Node);
  syncTaint(ctx, state, name);
}

export const nodeLifecycleController: Controller<LifecycleState> = {
  name: NAME,
  watches: [{ resource: 'nodes', statusUpdates: false }],
  init: () => ({ patching: new Set(), requests: new Map(), nodes: new Map() }),
  onWatch,
  onResponse,
};
