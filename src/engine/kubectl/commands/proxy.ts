// `kubectl proxy` (kubectl/pkg/cmd/proxy): a server on the laptop's loopback (port 8001)
// that passes each HTTP request on to the API server with kubectl's credentials, so curl on
// the laptop can read the REST API by path: `curl localhost:8001/api/v1/namespaces/default/pods`.
// The API server writes its JSON indented for curl and browsers (it reads the User-Agent),
// and Go's mux answers a path outside the API with `404 page not found`.
import type { ApiStatus, KubeObject } from '../../api/objects';
import type { Payload } from '../../nodeNet/types';
import type { ParsedArgs } from '../cli';
import type { ForwardEvent } from '../forward';
import { err, out, type KubectlEffect, type KubectlEnv, type KubectlProgram, type Listened } from '../program';
import { getTarget, parse, wireOrder } from './getRaw';

type Step<T> = Generator<KubectlEffect, T, unknown>;

const NOT_FOUND: ApiStatus = { apiVersion: 'v1', kind: 'Status', status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', code: 404, details: {} };

export function* proxy(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  const address = String(args.flags.address ?? '127.0.0.1');
  const r = (yield { op: 'listen', port: Number(args.flags.port ?? 8001) }) as Listened;
  if (!r.ok) {
    yield* err(`error: listen tcp ${address}:${String(args.flags.port ?? 8001)}: bind: ${r.error === 'EACCES' ? 'permission denied' : 'address already in use'}\n`);
    return 1;
  }
  yield* out(`Starting to serve on ${address}:${r.port}\n`);
  for (;;) {
    const e = (yield { op: 'accept' }) as ForwardEvent;
    if (e.kind === 'lost') continue;
    const agent = Object.entries(e.request.headers).find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '';
    const payload = yield* answer(env, e.request.method, e.request.path, /^(curl|Wget|Mozilla\/5\.0)/.test(agent));
    yield { op: 'answer', deliveryId: e.deliveryId, payload };
  }
}

/** The API server's answer to one proxied request, as an HTTP response. */
function* answer(env: KubectlEnv, method: string, path: string, pretty: boolean): Step<Payload> {
  const json = (status: number, body: unknown): Payload => ({ kind: 'http-response', status, headers: { 'Content-Type': 'application/json' }, body: (pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body)) + '\n' });
  if (!/^\/(api|apis|version|healthz|livez|readyz)(\/|$|\?)/.test(path)) return { kind: 'http-response', status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '404 page not found\n' };
  if (method !== 'GET') return json(405, statusBody({ ...NOT_FOUND, message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', code: 405 }));
  const target = parse(path, env.server);
  if (!target) return json(404, statusBody(NOT_FOUND));
  if ('body' in target) {
    const isJson = target.body.startsWith('{');
    // The encoder indents JSON for curl and browsers; /version is indented for everyone.
    if (isJson && pretty) return json(200, JSON.parse(target.body));
    return { kind: 'http-response', status: 200, headers: { 'Content-Type': isJson ? 'application/json' : 'text/plain; charset=utf-8' }, body: target.body };
  }
  const res = yield* getTarget(target);
  if (res.code >= 300) return json(res.code, statusBody(res.status ?? NOT_FOUND));
  return json(200, wireOrder(res.body as KubeObject, target.name === undefined));
}

/** A Status as the API server's encoder writes it: metav1.Status's fields in Go's order. */
function statusBody(s: ApiStatus): Record<string, unknown> {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: s.status, message: s.message, reason: s.reason, ...(s.details ? { details: s.details } : {}), code: s.code };
}
