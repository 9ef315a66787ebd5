import { openWatch } from '../api/client';
import type { ApiResponse, WatchNotification } from '../api/protocol';
import { actorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import { CONTROLLERS } from './controllers';
import type { Controller, ControllerContext } from './types';

type Event = WatchNotification | ApiResponse | { type: 'controller.timer'; controller: string; key: string };

const byName = (name: string): Controller<unknown> | undefined => CONTROLLERS.find((c) => c.name === name) as Controller<unknown> | undefined;

/** Which controllers want which resource, and whether any of them needs status-only updates. */
function informers(): Map<string, { controllers: Controller<unknown>[]; statusUpdates: boolean }> {
  const out = new Map<string, { controllers: Controller<unknown>[]; statusUpdates: boolean }>();
  for (const c of CONTROLLERS as Controller<unknown>[]) {
    for (const w of c.watches) {
      const entry = out.get(w.resource) ?? { controllers: [], statusUpdates: false };
      entry.controllers.push(c);
      entry.statusUpdates ||= w.statusUpdates ?? true;
      out.set(w.resource, entry);
    }
  }
  return out;
}

const INFORMERS = informers();

/**
 * kube-controller-manager: one process running many control loops over shared informers —
 * one watch per resource, whatever the number of controllers that read it — with
 * responses and timers routed to the controller they belong to.
 */
export const controllerManagerMachine = component<ControllerContext, Event, ActorInput>({
  id: 'controllerManager',
  context: (input) => ({
    ...actorBase(input),
    nextRequest: 1,
    recorders: new Map(),
    states: new Map(CONTROLLERS.map((c) => [c.name, (c as Controller<unknown>).init()])),
    requests: new Map(),
    timers: [],
  }),
  start: (ctx) => {
    for (const [resource, informer] of INFORMERS) {
      openWatch(ctx, { watch: `informer/${resource}`, resource, statusUpdates: informer.statusUpdates, initialEvents: true });
    }
  },
  on: (ctx, event, { raise }) => {
    route(ctx, event);
    for (const t of ctx.timers) raise({ type: 'controller.timer', controller: t.controller, key: t.key }, t.ms);
    ctx.timers = [];
  },
});

function route(ctx: ControllerContext, e: Event): void {
  if (e.type === 'api.watch') {
    const informer = INFORMERS.get(e.watch.slice(e.watch.lastIndexOf('/') + 1));
    for (const c of informer?.controllers ?? []) c.onWatch(ctx, ctx.states.get(c.name), e);
  } else if (e.type === 'api.response') {
    const name = ctx.requests.get(e.id);
    ctx.requests.delete(e.id);
    const c = name ? byName(name) : undefined;
    c?.onResponse?.(ctx, ctx.states.get(c.name), e);
  } else if (e.type === 'controller.timer') {
    const c = byName(e.controller);
    c?.onTimer?.(ctx, ctx.states.get(c.name), e.key);
  }
}
