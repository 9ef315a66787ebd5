import type { CniResult } from '../cni/machine';
import type { CriRequest } from './cri';
import { exitContainer } from './process';
import { criReply } from './reply';
import type { RuntimeContext, Sandbox } from './types';

type Req<T extends CriRequest['type']> = Extract<CriRequest, { type: T }>;

/**
 * RunPodSandbox: containerd creates the Pod's network namespace, asks the CNI plugins to
 * wire it (veth pair, IP), and starts the pause container that holds the namespaces.
 */
export function runPodSandbox(rt: RuntimeContext, req: Req<'cri.RunPodSandbox'>): void {
  const id = rt.rng.hex(64);
  const sandbox: Sandbox = {
    id,
    config: req.config,
    state: 'SANDBOX_NOTREADY',
    netns: `/var/run/netns/cni-${rt.rng.uuid()}`,
    ports: new Map(),
    volumes: new Map(),
    pauseId: id,
    createdAt: rt.net.now(),
  };
  rt.sandboxes.set(id, sandbox);
  for (const [name, files] of Object.entries(req.config.volumeFiles ?? {})) {
    sandbox.volumes.set(name, new Map(Object.entries(files)));
    (sandbox.projected ??= new Set()).add(name);
  }
  if (req.config.hostNetwork) {
    sandbox.ip = rt.nodeIP;
    sandbox.state = 'SANDBOX_READY';
    return criReply(rt, req, { ok: true, sandboxId: id, podIP: rt.nodeIP });
  }
  const requestId = `${rt.self}:${rt.nextRequest++}`;
  rt.waiting.set(requestId, { kind: 'cni.add', request: req, sandboxId: id });
  rt.net.post(rt.self, {
    to: `cni/${rt.node}`,
    event: { type: 'cni.ADD', requestId, replyTo: rt.self, sandboxId: id, podUid: req.config.uid, netns: sandbox.netns, pod: { namespace: req.config.namespace, name: req.config.name }, step: 7 },
    kind: 'ADD',
    step: 7,
    ref: { kind: 'Pod', namespace: req.config.namespace, name: req.config.name, uid: req.config.uid },
    detail: { netns: sandbox.netns, ifName: 'eth0' },
  });
}

export function onCniResult(rt: RuntimeContext, res: CniResult): void {
  const waiting = rt.waiting.get(res.requestId);
  if (!waiting) return;
  rt.waiting.delete(res.requestId);
  const sandbox = rt.sandboxes.get(waiting.sandboxId);
  if (waiting.kind === 'cni.del') {
    if (sandbox) sandbox.state = 'SANDBOX_NOTREADY';
    return criReply(rt, waiting.request, { ok: true });
  }
  if (!sandbox) return;
  if (!res.ok) {
    rt.sandboxes.delete(sandbox.id);
    const error = `rpc error: code = Unknown desc = failed to setup network for sandbox "${sandbox.id}": plugin type="flannel" failed (add): ${res.error ?? ''}`;
    return criReply(rt, waiting.request, { ok: false, error });
  }
  sandbox.ip = res.ip;
  if (res.ip && res.mac && res.gateway && res.hostVeth) sandbox.net = { ip: res.ip, mac: res.mac, gateway: res.gateway, hostVeth: res.hostVeth, hostIndex: res.hostIndex ?? 0 };
  sandbox.state = 'SANDBOX_READY';
  criReply(rt, waiting.request, { ok: true, sandboxId: sandbox.id, ...(res.ip ? { podIP: res.ip } : {}) });
}

/** StopPodSandbox: kill whatever still runs in it, stop pause, and let CNI tear the network down. */
export function stopPodSandbox(rt: RuntimeContext, req: Req<'cri.StopPodSandbox'>): void {
  const sandbox = rt.sandboxes.get(req.sandboxId);
  if (!sandbox || sandbox.state === 'SANDBOX_NOTREADY' || sandbox.ip === undefined || sandbox.config.hostNetwork) {
    if (sandbox) sandbox.state = 'SANDBOX_NOTREADY';
    return criReply(rt, req, { ok: true });
  }
  for (const c of rt.containers.values()) if (c.sandboxId === sandbox.id) exitContainer(rt, c, 137);
  const requestId = `${rt.self}:${rt.nextRequest++}`;
  rt.waiting.set(requestId, { kind: 'cni.del', request: req, sandboxId: sandbox.id });
  rt.net.post(rt.self, {
    to: `cni/${rt.node}`,
    event: { type: 'cni.DEL', requestId, replyTo: rt.self, sandboxId: sandbox.id },
    kind: 'DEL',
    ref: { kind: 'Pod', namespace: sandbox.config.namespace, name: sandbox.config.name, uid: sandbox.config.uid },
    detail: { netns: sandbox.netns },
  });
}

export function removePodSandbox(rt: RuntimeContext, req: Req<'cri.RemovePodSandbox'>): void {
  for (const [id, c] of rt.containers) if (c.sandboxId === req.sandboxId) rt.containers.delete(id);
  rt.sandboxes.delete(req.sandboxId);
  criReply(rt, req, { ok: true });
}
