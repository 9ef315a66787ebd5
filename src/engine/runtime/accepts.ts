/**
 * Which event types an actor's machine has a transition for, anywhere in its state tree.
 * A message of another type selects no transition in any state, so XState would run a
 * macrostep that changes nothing (a reply the component ignores, such as the response to
 * a status PATCH): the network records it in the trace and skips the delivery.
 */

/** The parts of an XState state node read here (`machine.root` and its descendants). */
interface StateNodeLike {
  transitions?: Map<string, unknown>;
  states?: Record<string, StateNodeLike>;
}

export type Accepts = (type: string) => boolean;

const ANY: Accepts = () => true;
const byLogic = new WeakMap<object, Accepts>();

/** Whether delivering an event of a type to an actor running `logic` can do anything. */
export function acceptsFor(logic: unknown): Accepts {
  if (typeof logic !== 'object' || logic === null) return ANY;
  let test = byLogic.get(logic);
  if (!test) {
    test = acceptsOf(logic as { root?: StateNodeLike });
    byLogic.set(logic, test);
  }
  return test;
}

function acceptsOf(logic: { root?: StateNodeLike }): Accepts {
  const root = logic.root;
  if (!root?.transitions) return ANY;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const visit = (node: StateNodeLike) => {
    for (const descriptor of node.transitions?.keys() ?? []) {
      if (descriptor === '*') exact.add('*');
      else if (descriptor.endsWith('.*')) prefixes.push(descriptor.slice(0, -2));
      else exact.add(descriptor);
    }
    for (const child of Object.values(node.states ?? {})) visit(child);
  };
  visit(root);
  if (exact.has('*')) return ANY;
  // XState's partial wildcard `a.*` matches `a` itself and anything under `a.`.
  return (type) => exact.has(type) || prefixes.some((p) => type === p || type.startsWith(`${p}.`));
}
