// CRI PortForward, as containerd serves it: the kubelet asks for the Pod's stream, and each
// connection on it is one dial to localhost:PORT made inside the sandbox's network namespace
// (the pause container's, shared by every container of the Pod), so whichever container
// listens there answers. When nothing does, the dial is refused and the error goes back on
// the stream in containerd's and the streaming server's words.
import type { NetResult } from '../nodeNet/events';
import { CONNECT_TIMEOUT_MS } from '../nodeNet/tools/client';
import type { CriRequest } from './cri';
import { netnsOf } from './network';
import { criReply } from './reply';
import type { RuntimeContext, Sandbox } from './types';

export type PortForwardCall = Extract<CriRequest, { type: 'cri.PortForward' }>;

export function portForward(rt: RuntimeContext, req: PortForwardCall): void {
  const sandbox = rt.sandboxes.get(req.podSandboxId);
  if (!sandbox || sandbox.state !== 'SANDBOX_READY') {
    return criReply(rt, req, { ok: false, error: `failed to find sandbox "${req.podSandboxId}" in store: not found` });
  }
  if (!req.frame || !req.request) return criReply(rt, req, { ok: true });
  const requestId = `${rt.self}:pf${rt.nextNet++}`;
  rt.forwards.set(requestId, req);
  rt.net.post(rt.self, {
    to: `nodeNet/${rt.node}`,
    event: { type: 'net.connect', requestId, replyTo: rt.self, netns: netnsOf(sandbox), timeoutMs: CONNECT_TIMEOUT_MS, kind: 'http', dst: '127.0.0.1', port: req.port, request: req.request },
    kind: 'connect',
    ref: { kind: 'Pod', namespace: sandbox.config.namespace, name: sandbox.config.name, uid: sandbox.config.uid },
    detail: { dst: `127.0.0.1:${req.port}`, netns: sandbox.netns },
    latency: 0,
  });
}

/** The dial inside the Pod came back: its answer goes up the stream. False when the result is not a forward's. */
export function onPortForwardDial(rt: RuntimeContext, e: NetResult): boolean {
  const req = rt.forwards.get(e.requestId);
  if (!req) return false;
  rt.forwards.delete(e.requestId);
  const r = e.result;
  if (r.ok && r.kind === 'http') {
    criReply(rt, req, { ok: true, stdout: JSON.stringify({ status: r.status, headers: r.headers, body: r.body }) });
    return true;
  }
  const sandbox = rt.sandboxes.get(req.podSandboxId);
  criReply(rt, req, { ok: false, error: refused(req.podSandboxId, sandbox, req.port) });
  return true;
}

/**
 * The streaming server's error (`error forwarding port … to pod SANDBOX, uid :`) around
 * containerd's: it dials IPv4 then IPv6 localhost, and both were refused.
 */
function refused(id: string, sandbox: Sandbox | undefined, port: number): string {
  const netns = sandbox?.config.hostNetwork ? 'host' : (sandbox?.netns ?? '');
  const dial = `failed to connect to localhost:${port} inside namespace "${id}", IPv4: dial tcp4 127.0.0.1:${port}: connect: connection refused IPv6 dial tcp6 [::1]:${port}: connect: connection refused `;
  return `error forwarding port ${port} to pod ${id}, uid : failed to execute portforward in network namespace "${netns}": ${dial}`;
}
