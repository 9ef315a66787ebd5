import { actorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import { announce, bind, flannelPeer, flannelUp, gratuitousArp, ipvsSync, kubeletRules, listen, podAdd, podDel, release, restoreRules, unbind } from './config';
import { initialState, type NodeNetSetup } from './devices';
import type { NetResult, NodeNetEvent } from './events';
import { onShellEvent, startShell, type ShellContext } from './shell/run';
import { netlinkDump } from './show/dump';
import { connect, onAnswer, onFrame, onTimeout, sendLate } from './stack';
import { HopLog } from './walk/hops';
import { proxyAnswered, userspaceSync } from './userspace';

export type NodeNetInput = ActorInput & NodeNetSetup;

type Event = NodeNetEvent | NetResult;

/**
 * One machine's kernel networking — a node's, or the laptop's — as an actor: links,
 * routes, neighbours, the bridge, netfilter, conntrack, sockets. Packets walk through it
 * hop by hop; each hop is a `packet.hop` trace event, and a frame on the wire is a message
 * to the machine it is addressed to.
 */
export const nodeNetMachine = component<ShellContext, Event, NodeNetInput>({
  id: 'nodeNet',
  context: (input) => {
    const base = actorBase(input);
    const s = initialState(input);
    const ctx: ShellContext = { ...base, s, log: new HopLog(input.node), conns: new Map(), deliveries: new Map(), nextWalk: 1, nextDelivery: 1, timers: [], cancels: [], shells: new Map(), emits: [] };
    if (input.role === 'node') restoreRules(ctx, 'kubelet', kubeletRules());
    return ctx;
  },
  on: (ctx, event, { raise, cancel, emit }) => {
    handle(ctx, event);
    for (const e of ctx.emits ?? []) emit(e);
    ctx.emits = [];
    for (const id of ctx.cancels) cancel(id);
    for (const t of ctx.timers) raise(t.event as Event, t.ms, t.id);
    ctx.timers = [];
    ctx.cancels = [];
  },
});

function handle(ctx: ShellContext, e: Event): void {
  if (!configure(ctx, e)) traffic(ctx, e);
}

/** What the programs that own the node's networking tell it; false for anything else. */
function configure(ctx: ShellContext, e: Event): boolean {
  switch (e.type) {
    case 'net.podAdd':
      podAdd(ctx, e);
      return true;
    case 'net.podDel':
      podDel(ctx, e);
      return true;
    case 'flannel.up':
      flannelUp(ctx, e.vtepMac);
      return true;
    case 'flannel.peer':
      flannelPeer(ctx, e.peer, e.deleted === true);
      return true;
    case 'iptables.restore':
      restoreRules(ctx, e.owner, e.ruleSet);
      return true;
    case 'ipvs.sync':
      ipvsSync(ctx, e);
      return true;
    case 'userspace.sync':
      userspaceSync(ctx, e);
      return true;
    case 'net.bind':
      bind(ctx, e);
      return true;
    case 'net.unbind':
      unbind(ctx, e);
      return true;
    case 'net.release':
      release(ctx, e.containerId);
      return true;
    case 'net.listen':
      listen(ctx, e);
      return true;
    case 'net.announce':
      announce(ctx, e.ips);
      return true;
    default:
      return false;
  }
}

/** Packets, connections and the answers of the applications they reached. */
function traffic(ctx: ShellContext, e: Event): void {
  switch (e.type) {
    case 'net.connect':
      connect(ctx, e);
      return;
    case 'net.dump':
      return netlinkDump(ctx, e);
    case 'net.garp':
      return gratuitousArp(ctx, e.ip, e.mac);
    case 'net.frame':
      return onFrame(ctx, e.pkt);
    case 'net.icmp':
      return sendLate(ctx, e.pkt);
    case 'net.served':
      return onAnswer(ctx, e.deliveryId, e.payload);
    case 'dns.answer':
      return onAnswer(ctx, e.deliveryId, e.payload);
    case 'net.timeout':
      return onTimeout(ctx, e.walk, e.error);
    case 'node.exec':
      return startShell(ctx, e.job, e.argv);
    case 'net.result':
      if (e.requestId.startsWith('proxy:')) return proxyAnswered(ctx, e.requestId, e.result);
      return onShellEvent(ctx, e);
    case 'node.wake':
      return onShellEvent(ctx, e);
  }
}
