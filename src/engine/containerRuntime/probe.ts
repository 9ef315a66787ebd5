// The kubelet's HTTP, TCP and gRPC probes reach the container's process here. The real
// prober dials the Pod IP from the node, so the process sees the node's address on cni0
// as the client (kubia logs `Received request from ::ffff:10.244.1.1`); what matters is
// whether anything listens on the port in the Pod's network namespace and, for an HTTP
// GET, what the server answers.
import type { ProbeAnswer, ProbeRun } from '../kubelet/prober/messages';
import { appendLog } from './logs';
import type { RuntimeContext } from './types';

export function onProbe(rt: RuntimeContext, e: ProbeRun): void {
  const c = rt.containers.get(e.containerId);
  const sandbox = c ? rt.sandboxes.get(c.sandboxId) : undefined;
  const holder = c?.state === 'CONTAINER_RUNNING' ? sandbox?.ports.get(`TCP/${e.action.port}`) : undefined;
  const owner = holder ? rt.containers.get(holder.containerId) : undefined;
  const answer: ProbeAnswer = { type: 'probe.answer', requestId: e.requestId, open: owner?.process !== undefined };
  if (owner?.process && sandbox && e.action.kind === 'http') {
    const client = sandbox.net?.gateway ?? rt.nodeIP;
    const headers: Record<string, string> = { host: `${sandbox.ip ?? rt.nodeIP}:${e.action.port}` };
    for (const [k, v] of Object.entries(e.action.headers)) headers[k.toLowerCase()] = v;
    const request = { method: 'GET', path: e.action.path, headers, remoteAddr: `${client}:${ephemeralPort(e.requestId)}`, port: e.action.port, time: rt.epoch + rt.net.now() };
    const res = holder!.serve.handle(request, owner.process.ctx);
    for (const line of res.log ?? []) appendLog(rt, owner, 'stdout', line);
    for (const line of res.errorLog ?? []) appendLog(rt, owner, 'stderr', line);
    answer.status = res.status;
  }
  rt.net.post(rt.self, {
    to: e.replyTo,
    event: answer,
    kind: e.hook ? 'hook.result' : 'probe.result',
    detail: { open: answer.open, ...(answer.status !== undefined ? { status: answer.status } : {}) },
  });
}

/** A source port for the probe's connection, without drawing from the runtime's random stream. */
function ephemeralPort(requestId: string): number {
  const n = Number(/(\d+)$/.exec(requestId)?.[1] ?? 0);
  return 32768 + ((n * 7919) % 28232);
}
