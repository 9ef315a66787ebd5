import type { ApiStatus, KubeObject } from '../api/objects';
import { invalidStatus, nodePortRangeError, type FieldError } from '../manifest';
import { invalid } from '../manifest/fieldErrors';
import { goLiteral } from '../manifest/types';
import { cached } from './cache';
import type { ApiServerContext } from './types';

/** The kube-apiserver `--service-node-port-range` default. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

interface ServicePortSpec {
  name?: string;
  port: number;
  nodePort?: number;
}

interface ServiceSpecView {
  type?: string;
  clusterIP?: string;
  clusterIPs?: string[];
  ports?: ServicePortSpec[];
  externalTrafficPolicy?: string;
  allocateLoadBalancerNodePorts?: boolean;
  healthCheckNodePort?: number;
}

/** A CIDR as a first address and a size, e.g. 10.96.0.0/12 → 10.96.0.0 and 2^20 addresses. */
function cidrRange(cidr: string): { base: number; size: number } {
  const [net, bits] = cidr.split('/');
  const prefix = Number(bits);
  const base = ipToInt(net ?? '0.0.0.0') & (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0);
  return { base: base >>> 0, size: 2 ** (32 - prefix) };
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/**
 * The size of the static band at the bottom of a range that dynamic allocation avoids
 * (KEP-3070 for ClusterIPs, KEP-3668 for NodePorts): min(max(16, size/divisor), cap).
 */
function staticBand(size: number, divisor: number, cap: number): number {
  return Math.min(Math.max(16, Math.floor(size / divisor)), cap);
}

/**
 * Service addresses are allocated by kube-apiserver itself (the Service REST storage's
 * allocators): a ClusterIP from the Service CIDR — random from the dynamic (upper) band
 * unless one is asked for — and NodePorts from 30000–32767, checked against the range and
 * against ports already handed out, with the allocators' own error messages.
 */
export function allocateServiceAddresses(ctx: ApiServerContext, obj: KubeObject): { object: KubeObject } | { status: ApiStatus } {
  const spec = { ...((obj.spec ?? {}) as ServiceSpecView) };
  if (spec.type === 'ExternalName') return { object: obj };
  const errors: FieldError[] = [];
  const ip = allocateClusterIP(ctx, spec, errors);
  const ports = (spec.ports ?? []).map((p) => ({ ...p }));
  const nodePorts = wantsNodePorts(spec) ? allocateNodePorts(ctx, ports, errors) : [];
  const health = spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local' && errors.length === 0 ? allocateHealthCheckPort(ctx, spec) : undefined;
  if (errors.length > 0) {
    if (ip) ctx.allocators.clusterIPs.delete(ip);
    for (const p of nodePorts) ctx.allocators.nodePorts.delete(p);
    return { status: invalidStatus('Service', obj.metadata?.name ?? '', errors) };
  }
  if (ip) {
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
  }
  if (spec.ports) spec.ports = ports;
  if (health !== undefined) spec.healthCheckNodePort = health;
  return { object: { ...obj, spec } };
}

function wantsNodePorts(spec: ServiceSpecView): boolean {
  return spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
}

function allocateClusterIP(ctx: ApiServerContext, spec: ServiceSpecView, errors: FieldError[]): string | undefined {
  const requested = spec.clusterIPs?.[0] ?? spec.clusterIP;
  if (requested === 'None') {
    spec.clusterIP = 'None';
    spec.clusterIPs = ['None'];
    return undefined;
  }
  const { base, size } = cidrRange(ctx.serviceCIDR);
  if (requested) {
    const n = ipToInt(requested);
    const literal = goLiteral(`[]string{"${requested}"}`);
    if (n <= base || n >= base + size - 1) {
      errors.push(invalid('spec.clusterIPs', literal, `failed to allocate IP ${requested}: the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${ctx.serviceCIDR}`));
      return undefined;
    }
    if (ctx.allocators.clusterIPs.has(requested)) {
      errors.push(invalid('spec.clusterIPs', literal, `failed to allocate IP ${requested}: provided IP is already allocated`));
      return undefined;
    }
    ctx.allocators.clusterIPs.add(requested);
    return requested;
  }
  const band = staticBand(size, 16, 256);
  const first = base + band;
  const count = size - band - 1;
  for (let tries = 0; tries < 64; tries++) {
    const candidate = intToIp(first + ctx.rng.int(count));
    if (!ctx.allocators.clusterIPs.has(candidate)) {
      ctx.allocators.clusterIPs.add(candidate);
      return candidate;
    }
  }
  errors.push(invalid('spec.clusterIPs', goLiteral('[]string(nil)'), 'failed to allocate a serviceIP: range is full'));
  return undefined;
}

function allocateNodePorts(ctx: ApiServerContext, ports: ServicePortSpec[], errors: FieldError[]): number[] {
  const taken: number[] = [];
  ports.forEach((p, i) => {
    if (p.nodePort) {
      if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) errors.push(nodePortRangeError(i, p.nodePort));
      else if (ctx.allocators.nodePorts.has(p.nodePort)) errors.push(invalid(`spec.ports[${i}].nodePort`, p.nodePort, 'provided port is already allocated'));
      else {
        ctx.allocators.nodePorts.add(p.nodePort);
        taken.push(p.nodePort);
      }
      return;
    }
    const port = randomNodePort(ctx);
    if (port === undefined) errors.push(invalid(`spec.ports[${i}].nodePort`, 0, 'failed to allocate a nodePort: range is full'));
    else {
      p.nodePort = port;
      taken.push(port);
    }
  });
  return taken;
}

function randomNodePort(ctx: ApiServerContext): number | undefined {
  const size = NODE_PORT_MAX - NODE_PORT_MIN + 1;
  const band = staticBand(size, 32, 128);
  for (let tries = 0; tries < 256; tries++) {
    const candidate = NODE_PORT_MIN + band + ctx.rng.int(size - band);
    if (!ctx.allocators.nodePorts.has(candidate)) {
      ctx.allocators.nodePorts.add(candidate);
      return candidate;
    }
  }
  for (let p = NODE_PORT_MIN; p <= NODE_PORT_MAX; p++) {
    if (!ctx.allocators.nodePorts.has(p)) {
      ctx.allocators.nodePorts.add(p);
      return p;
    }
  }
  return undefined;
}

function allocateHealthCheckPort(ctx: ApiServerContext, spec: ServiceSpecView): number | undefined {
  const given = spec.healthCheckNodePort;
  if (given && !ctx.allocators.nodePorts.has(given)) {
    ctx.allocators.nodePorts.add(given);
    return given;
  }
  return randomNodePort(ctx);
}

/** Give a deleted Service's ClusterIP and NodePorts back to the allocators. */
export function releaseServiceAddresses(ctx: ApiServerContext, obj: KubeObject): void {
  const spec = obj.spec as ServiceSpecView | undefined;
  for (const ip of spec?.clusterIPs ?? (spec?.clusterIP ? [spec.clusterIP] : [])) ctx.allocators.clusterIPs.delete(ip);
  for (const p of spec?.ports ?? []) if (p.nodePort) ctx.allocators.nodePorts.delete(p.nodePort);
  if (spec?.healthCheckNodePort) ctx.allocators.nodePorts.delete(spec.healthCheckNodePort);
}

/** After a DELETE went through: a Service that is really gone frees its addresses. */
export function afterServiceDelete(ctx: ApiServerContext, stored: KubeObject | undefined): void {
  if (!stored) return;
  const m = stored.metadata ?? {};
  if (cached(ctx, 'services', m.namespace, m.name ?? '')) return;
  releaseServiceAddresses(ctx, stored);
}
