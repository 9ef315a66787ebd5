// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME --tcp=P[:T]`:
// the Service kubectl's generator builds (label and selector app=NAME, one port per --tcp
// named "P-T"), POSTed; the API server then allocates its ClusterIP and NodePorts.
import type { KubeObject } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { stringList } from '../common';
import type { KubectlEnv, KubectlProgram } from '../program';
import type { CommandImpl } from '../run';
import { createGenerated, failWith, generatorName } from './createGenerated';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** parsePorts: `80` is port and targetPort 80; `80:8080` and `80:http` name the target. */
function parsePort(spec: string): { port: number; targetPort: number | string } | { error: string } {
  const [p = '', t] = spec.split(':');
  if (!/^\d+$/.test(p) || Number(p) > 65535) return { error: `strconv.ParseUint: parsing ${JSON.stringify(p)}: ${/^\d+$/.test(p) ? 'value out of range' : 'invalid syntax'}` };
  const port = Number(p);
  if (t === undefined) return { port, targetPort: port };
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 65535 ? { port, targetPort: n } : { error: 'must be between 1 and 65535, inclusive' };
  }
  if (t.length > 15) return { error: 'must be no more than 15 characters' };
  if (!PORT_NAME.test(t) || !/[a-z]/.test(t) || t.includes('--')) return { error: 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)' };
  return { port, targetPort: t };
}

export function serviceFor(name: string, type: ServiceType, ports: { name: string; port: number; targetPort: number | string }[], extra: { clusterIP?: string; nodePort?: number; externalName?: string }): KubeObject {
  const labels = { app: name };
  const spec = {
    ...(extra.clusterIP ? { clusterIP: extra.clusterIP } : {}),
    ...(extra.externalName ? { externalName: extra.externalName } : {}),
    ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: 'TCP', targetPort: p.targetPort, ...(extra.nodePort ? { nodePort: extra.nodePort } : {}) })),
    selector: labels,
    type,
  };
  return { apiVersion: 'v1', kind: 'Service', metadata: { labels, name }, spec, status: { loadBalancer: {} } } as KubeObject;
}

function createServiceOf(type: ServiceType, command: string): CommandImpl {
  return function* (env: KubectlEnv, args: ParsedArgs): KubectlProgram {
    const named = generatorName(args, `service ${command}`);
    if ('error' in named) return yield* failWith(named.error);
    const externalName = String(args.flags['external-name'] ?? '');
    if (type === 'ExternalName' && !args.set.has('external-name')) return yield* failWith('error: required flag(s) "external-name" not set');
    const tcp = stringList(args.flags.tcp);
    const clusterIP = String(args.flags.clusterip ?? '');
    if (clusterIP === 'None' && type !== 'ClusterIP') return yield* failWith('error: ClusterIP=None can only be used with ClusterIP service type');
    if (clusterIP !== 'None' && tcp.length === 0 && type !== 'ExternalName') return yield* failWith('error: at least one tcp port specifier must be provided');
    if (type === 'ExternalName' && !DNS1123_SUBDOMAIN.test(externalName)) return yield* failWith(`error: invalid service external name ${externalName}`);
    const ports = [];
    for (const spec of tcp) {
      const parsed = parsePort(spec);
      if ('error' in parsed) return yield* failWith(`error: ${parsed.error}`);
      ports.push({ name: spec.replace(/:/g, '-'), ...parsed });
    }
    const obj = serviceFor(named.name, type, ports, { clusterIP, nodePort: Number(args.flags['node-port'] ?? 0), externalName });
    return yield* createGenerated(env, args, 'services', obj);
  };
}

export const createServiceClusterIP = createServiceOf('ClusterIP', 'clusterip');
export const createServiceNodePort = createServiceOf('NodePort', 'nodeport');
export const createServiceLoadBalancer = createServiceOf('LoadBalancer', 'loadbalancer');
export const createServiceExternalName = createServiceOf('ExternalName', 'externalname');
