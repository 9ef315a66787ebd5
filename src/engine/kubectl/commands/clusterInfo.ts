import type { Service } from '../../api/objects';
import type { ParsedArgs } from '../cli';
import { out, type KubectlEnv, type KubectlProgram } from '../program';
import { listObjects } from './resourceArgs';
import { resourceForName } from '../../api/resources';

/** `kube-dns:dns`: net.JoinSchemeNamePort, with https guessed from the port. */
function proxyName(svc: Service): string {
  const name = svc.metadata?.name ?? '';
  const port = svc.spec?.ports?.[0];
  if (!port) return name;
  const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
  return [scheme, name, port.name ?? ''].filter((p, i) => i === 1 || p !== '').join(':');
}

/**
 * `kubectl cluster-info`: the API server's address, then every Service in kube-system
 * labelled `kubernetes.io/cluster-service=true` (CoreDNS's kube-dns), reached through
 * the API server's service proxy.
 */
export function* clusterInfo(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const SERVER = env.server;
  if (args.positional[0] === 'dump') {
    yield { op: 'err', text: 'error: Pod Lab cannot write a cluster-info dump yet; use kubectl get and kubectl describe on what you want to see\n' };
    return 1;
  }
  const namespace = args.set.has('namespace') ? String(args.flags.namespace) : 'kube-system';
  const listed = yield* listObjects(resourceForName('services')!, namespace, { labelSelector: 'kubernetes.io/cluster-service=true' });
  if ('error' in listed) {
    yield { op: 'err', text: listed.error + '\n' };
    return 1;
  }
  let text = `Kubernetes control plane is running at ${SERVER}\n`;
  for (const svc of listed.items as Service[]) {
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    const port = svc.spec?.ports?.[0]?.port;
    const link = ingress
      ? `http://${ingress.ip || ingress.hostname || ''}${port !== undefined ? `:${port}` : ''}`
      : `${SERVER}/api/v1/namespaces/${svc.metadata?.namespace ?? ''}/services/${proxyName(svc)}/proxy`;
    text += `${svc.metadata?.labels?.['kubernetes.io/name'] || svc.metadata?.name || ''} is running at ${link}\n`;
  }
  text += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  yield* out(text);
  return 0;
}

