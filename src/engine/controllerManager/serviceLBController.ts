// The service controller for type LoadBalancer. A kubeadm cluster on bare metal has no
// cloud provider, so Pod Lab plays one the way MetalLB does in a lab: an address pool on
// the nodes' own network (192.168.56.240–250). The external IP shows `<pending>` until the
// "load balancer" is ensured a moment later; a Service that stops being a LoadBalancer,
// or is deleted, gives its address back.
import type { Service } from '../api/objects';
import type { WatchNotification } from '../api/protocol';
import { controllerEvent, controllerRequest, controllerTimer } from './client';
import { serviceKey } from './serviceEndpoints';
import type { Controller, ControllerContext } from './types';

const NAME = 'service-controller';
/** How long the simulated load balancer takes to come up. */
const PROVISION_MS = 2000;
export const LB_POOL = Array.from({ length: 11 }, (_, i) => `192.168.56.${240 + i}`);

interface LBState {
  services: Map<string, Service>;
  /** Service key → address handed out. */
  assigned: Map<string, string>;
  /** Services waiting for their load balancer. */
  provisioning: Set<string>;
}

function ingressIP(svc: Service): string | undefined {
  return svc.status?.loadBalancer?.ingress?.[0]?.ip;
}

function onWatch(ctx: ControllerContext, state: LBState, e: WatchNotification): void {
  if (e.event === 'BOOKMARK') return;
  const svc = e.object as Service;
  const key = serviceKey(svc.metadata?.namespace, svc.metadata?.name);
  if (e.event === 'DELETED' || svc.spec?.type !== 'LoadBalancer') {
    state.services.delete(key);
    state.assigned.delete(key);
    state.provisioning.delete(key);
    return;
  }
  state.services.set(key, svc);
  const ip = ingressIP(svc);
  if (ip) {
    state.assigned.set(key, ip);
    return;
  }
  if (state.provisioning.has(key)) return;
  state.provisioning.add(key);
  event(ctx, svc, 'EnsuringLoadBalancer', 'Ensuring load balancer');
  controllerTimer(ctx, NAME, key, PROVISION_MS);
}

function onTimer(ctx: ControllerContext, state: LBState, key: string): void {
  if (!state.provisioning.delete(key)) return;
  const svc = state.services.get(key);
  if (!svc) return;
  const taken = new Set(state.assigned.values());
  const wanted = svc.spec?.loadBalancerIP;
  const ip = wanted && !taken.has(wanted) ? wanted : LB_POOL.find((a) => !taken.has(a));
  if (!ip) {
    event(ctx, svc, 'SyncLoadBalancerFailed', 'Error syncing load balancer: failed to ensure load balancer: no available IPs in pool');
    return;
  }
  state.assigned.set(key, ip);
  controllerRequest(ctx, NAME, {
    verb: 'patch',
    resource: 'services',
    subresource: 'status',
    groupVersion: 'v1',
    namespace: svc.metadata?.namespace ?? 'default',
    name: svc.metadata?.name ?? '',
    body: { status: { loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } } },
  });
  event(ctx, svc, 'EnsuredLoadBalancer', 'Ensured load balancer');
}

function event(ctx: ControllerContext, svc: Service, reason: string, message: string): void {
  const m = svc.metadata ?? {};
  controllerEvent(ctx, NAME, {
    involvedObject: { kind: 'Service', apiVersion: 'v1', namespace: m.namespace ?? 'default', name: m.name ?? '', uid: m.uid ?? '' },
    type: reason === 'SyncLoadBalancerFailed' ? 'Warning' : 'Normal',
    reason,
    message,
  });
}

export const serviceLBController: Controller<LBState> = {
  name: NAME,
  watches: [{ resource: 'services' }],
  init: () => ({ services: new Map(), assigned: new Map(), provisioning: new Set() }),
  onWatch,
  onTimer,
};
