import { acceptsFor, type Accepts } from './accepts';
import { componentOf } from './trace';

/** Anything that takes events: an XState actor. */
export interface Receiver {
  send(event: { type: string }): void;
  /** The actor's logic (an XState machine), to skip events it has no transition for. */
  readonly logic?: unknown;
  /** An actor's snapshot: while it is active, the actor is still the one at its address. */
  getSnapshot?(): { status: string };
}

/** What the network remembers about one address, so a message costs no lookups by name. */
export interface Endpoint {
  address: string;
  /** The component the address belongs to (`kubelet/node-1#<uid>` → `kubelet/node-1`). */
  component: string;
  /** Latency from this component to each other component, shared by all its addresses. */
  links: Map<string, number>;
  /** The actor last found at the address, and which events it has a transition for. */
  found: { receiver: Receiver; accepts: Accepts } | undefined;
}

/**
 * Every address a message has been sent from or to. An address keeps its endpoint; the
 * actor found there is looked up again only once it stops being active (a worker that
 * finished, a probe worker started again under the same name).
 */
export class Endpoints {
  private readonly byAddress = new Map<string, Endpoint>();
  /** Per component: its name (one string, however many addresses it has) and its links. */
  private readonly components = new Map<string, { name: string; links: Map<string, number> }>();
  /** The two endpoints asked for last: a component often sends several messages in a row. */
  private recent: Endpoint | undefined;
  private before: Endpoint | undefined;

  constructor(
    private readonly resolve: (address: string) => Receiver | undefined,
    private readonly latency: (from: string, to: string) => number,
  ) {}

  at(address: string): Endpoint {
    const recent = this.recent;
    if (recent?.address === address) return recent;
    const before = this.before;
    if (before?.address === address) {
      this.before = recent;
      this.recent = before;
      return before;
    }
    const e = this.byAddress.get(address) ?? this.add(address);
    this.before = recent;
    this.recent = e;
    return e;
  }

  private add(address: string): Endpoint {
    const name = componentOf(address);
    let component = this.components.get(name);
    if (!component) {
      component = { name, links: new Map() };
      this.components.set(name, component);
    }
    const e: Endpoint = { address, component: component.name, links: component.links, found: undefined };
    this.byAddress.set(address, e);
    return e;
  }

  /** An address whose actor has gone for good (a process that exited): what it held goes with it. */
  forget(address: string): void {
    this.byAddress.delete(address);
    if (this.recent?.address === address) this.recent = undefined;
    if (this.before?.address === address) this.before = undefined;
  }

  /** Latency per component pair, computed once: it is asked for on every message. */
  latencyBetween(from: Endpoint, to: Endpoint): number {
    let ms = from.links.get(to.component);
    if (ms === undefined) {
      ms = this.latency(from.component, to.component);
      from.links.set(to.component, ms);
    }
    return ms;
  }

  /** Hand `event` to the actor at the endpoint, if there is one and it can take the event. */
  deliver(e: Endpoint, event: { type: string }): void {
    let found = e.found;
    const receiver = found?.receiver;
    if (!receiver?.getSnapshot || receiver.getSnapshot().status !== 'active') {
      const now = this.resolve(e.address);
      found = now ? { receiver: now, accepts: acceptsFor(now.logic) } : undefined;
      e.found = found;
    }
    if (found?.accepts(event.type)) found.receiver.send(event);
  }
}
