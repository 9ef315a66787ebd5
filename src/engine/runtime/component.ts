import type { ActorLogic, ActorScope, ActorSystem, AnyActorRef, EventObject, Snapshot } from 'xstate';
import type { NetPort } from './network';
import { raiseLater, stopTimer } from './timers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- XState's own AnyActorSystem, not exported by name
type AnyActorSystem = ActorSystem<any>;

/**
 * A component that has no states to move between — the API server, etcd, the scheduler,
 * the controller manager, containerd, CNI: every message goes to one handler that
 * updates the component's context. It is still an XState actor (spawned with its
 * `systemId`, sent events, sent delayed events on the virtual clock), with logic that
 * skips the statechart machinery a machine with one state and a `'*'` transition would
 * run for every message.
 */
export type ComponentSnapshot<C> = Snapshot<undefined> & { context: C };

/** What a handler may do besides changing its context, named after the XState actions it replaces. */
export interface ComponentTools<E extends EventObject> {
  /** Deliver `event` to this component after `ms` of virtual time (a delayed `raise`). */
  raise(event: E, ms: number, id?: string): void;
  /** Cancel a delayed event by its id (`cancel`). */
  cancel(id: string): void;
  /** Tell listeners of this actor (`actor.on(type, …)`) something (`emit`). */
  emit(event: EventObject): void;
  /** This actor: the parent of the actors it creates (`createActor(logic, { parent: self })`). */
  self: AnyActorRef;
  /** Stop an actor this one created (`stopChild`). */
  stopChild(child: AnyActorRef): void;
}

export interface ComponentDefinition<C extends { net: NetPort }, E extends EventObject, I> {
  id: string;
  context(input: I): C;
  /** Work done once the actor starts, as a machine's `entry` actions. */
  start?(ctx: C, tools: ComponentTools<E>): void;
  /** Every event the component receives. */
  on(ctx: C, event: E, tools: ComponentTools<E>): void;
}

export type ComponentLogic<C extends { net: NetPort }, E extends EventObject, I> = ActorLogic<ComponentSnapshot<C>, E, I, AnyActorSystem, EventObject> & {
  id: string;
};

const STOP = 'xstate.stop';

export function component<C extends { net: NetPort }, E extends EventObject, I>(def: ComponentDefinition<C, E, I>): ComponentLogic<C, E, I> {
  const toolsByScope = new WeakMap<object, ComponentTools<E>>();
  const tools = (scope: ActorScope<ComponentSnapshot<C>, E, AnyActorSystem, EventObject>, ctx: C): ComponentTools<E> => {
    let t = toolsByScope.get(scope);
    if (!t) {
      const net = ctx.net;
      t = {
        raise: (event, ms, id) => raiseLater(scope.self, net, ms, event, id),
        cancel: (id) => stopTimer(scope.self, net, id),
        emit: (event) => scope.emit(event),
        self: scope.self,
        stopChild: (child) => scope.stopChild(child),
      };
      toolsByScope.set(scope, t);
    }
    return t;
  };
  return {
    id: def.id,
    config: def,
    getInitialSnapshot: (_scope, input) => ({ status: 'active', output: undefined, error: undefined, context: def.context(input) }),
    start: (snapshot, scope) => def.start?.(snapshot.context, tools(scope, snapshot.context)),
    transition: (snapshot, event, scope) => {
      if (event.type === STOP) return { status: 'stopped', output: undefined, error: undefined, context: snapshot.context };
      def.on(snapshot.context, event, tools(scope, snapshot.context));
      return snapshot;
    },
    getPersistedSnapshot: (snapshot) => snapshot,
  };
}
