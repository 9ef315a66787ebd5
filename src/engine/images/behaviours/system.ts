/**
 * The cluster's own daemons as processes: control-plane components, kube-proxy and
 * flanneld listen on their ports and run until stopped; CoreDNS binds 53/UDP and 53/TCP
 * (the kubernetes plugin's answers come from the cluster's DNS data) plus its metrics,
 * health and ready ports. The API server answers an anonymous request with 403, as a
 * kubeadm cluster does when a Pod curls https://kubernetes.
 */
import { forever, listen, type Behaviour, type Gen, type HttpResponse, type ProcessContext } from '../effects';
import { program } from './generic';

const FORBIDDEN = JSON.stringify(
  {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'forbidden: User "system:anonymous" cannot get path "/"',
    reason: 'Forbidden',
    details: {},
    code: 403,
  },
  null,
  2,
);

function answerFor(ctx: ProcessContext, port: number): HttpResponse {
  if (ctx.image.commands.includes('kube-apiserver') && port === 6443) return { status: 403, headers: { 'content-type': 'application/json' }, body: `${FORBIDDEN}\n` };
  return { status: 404, body: '404 page not found\n' };
}

function* daemon(ctx: ProcessContext): Gen<number> {
  for (const p of ctx.image.config.exposedPorts) {
    const [port, proto] = p.split('/');
    if ((proto ?? 'tcp') !== 'tcp') continue;
    const n = Number(port);
    const bound = yield* listen(n, { handle: (_req, c) => answerFor(c, n) });
    if (!bound.ok) {
      yield { op: 'log', stream: 'stderr', text: `failed to listen on 0.0.0.0:${n}: listen tcp 0.0.0.0:${n}: bind: address already in use` };
      return 1;
    }
  }
  return yield* forever();
}

export function k8sDaemonBehaviour(): Behaviour {
  return { start: program(daemon), onSigterm: () => ({ action: 'exit', afterMs: 0, code: 0 }) };
}

const COREDNS_BANNER = [
  'maxprocs: Leaving GOMAXPROCS=2: CPU quota undefined',
  '.:53',
  '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908',
  'CoreDNS-1.13.1',
  'linux/amd64, go1.25.2, 1db4568',
];

/** DNS is answered by the kubernetes plugin, not over HTTP; a stray HTTP request gets 400. */
const DNS_SOCKET = { handle: (): HttpResponse => ({ status: 400, body: '' }) };

function* coredns(): Gen<number> {
  const ports: [number, 'TCP' | 'UDP'][] = [
    [53, 'UDP'],
    [53, 'TCP'],
    [9153, 'TCP'],
    [8080, 'TCP'],
    [8181, 'TCP'],
  ];
  for (const [port, protocol] of ports) {
    const serve = port === 53 ? DNS_SOCKET : { handle: (): HttpResponse => ({ status: 200, body: port === 8080 ? 'OK' : '' }) };
    const bound = yield* listen(port, serve, protocol);
    if (!bound.ok) {
      yield { op: 'log', stream: 'stdout', text: `[ERROR] Restart failed: listen ${protocol.toLowerCase()} :${port}: bind: address already in use` };
      return 1;
    }
  }
  for (const text of COREDNS_BANNER) yield { op: 'log', stream: 'stdout', text };
  return yield* forever();
}

/** SIGTERM: the health plugin's lameduck keeps serving for 5s, then CoreDNS exits. */
export function corednsBehaviour(): Behaviour {
  return {
    start: program(coredns),
    onSigterm: () => ({ action: 'exit', afterMs: 5000, code: 0, log: ['[INFO] SIGTERM: Shutting down servers then terminating', '[INFO] plugin/health: Going into lameduck mode for 5s'] }),
  };
}
