import type { CniResult } from '../cni/machine';
import type { RegistryResponse } from '../registry/types';
import { actorBase } from '../runtime/actor';
import { component } from '../runtime/component';
import { createContainer, onTimer, removeContainer, startContainer, stopContainer } from './containers';
import { readLogs } from './logs';
import type { CriRequest } from './cri';
import { imageStatus, onRegistryResponse, onUnpacked, pullImage } from './pull';
import { onCniResult, removePodSandbox, runPodSandbox, stopPodSandbox } from './sandboxes';
import { attach } from './attach';
import { execSync, onExecWake, runExec } from './exec';
import { onDeliver, onNetResult } from './network';
import { onProbe } from './probe';
import { onPortForwardDial, portForward } from './portForward';
import type { ProbeRun } from '../kubelet/prober/messages';
import { runProcess } from './process';
import type { NetTarget, RuntimeContext, RuntimeInput, RuntimeTimerEvent } from './types';
import type { NetResult } from '../nodeNet/events';

type RuntimeEvent = CriRequest | ProbeRun | RegistryResponse | CniResult | RuntimeTimerEvent | NetResult | Parameters<typeof onDeliver>[1];

/**
 * containerd on one node, behind the CRI: an image store fed by the registry, Pod
 * sandboxes (pause + network namespace, wired by CNI), and containers whose processes run
 * on virtual time.
 */
export const containerRuntimeMachine = component<RuntimeContext, RuntimeEvent, RuntimeInput>({
  id: 'containerRuntime',
  context: (input) => ({
    ...actorBase(input),
    node: input.node,
    nodeIP: input.nodeIP,
    cpus: input.cpus,
    memKb: input.memKb,
    unpackBytesPerMs: input.unpackBytesPerMs,
    images: new Map(input.preloaded.map((i) => [i.ref, i])),
    layers: new Set(input.preloaded.flatMap((i) => i.layers.map((l) => l.digest))),
    pulls: [],
    sandboxes: new Map(),
    containers: new Map(),
    nextPid: 2,
    nextRequest: 1,
    waiting: new Map(),
    timers: [],
    cancels: [],
    netTasks: new Map(),
    execs: new Map(),
    forwards: new Map(),
    nextNet: 1,
    logTexts: new Map(),
  }),
  on: (ctx, event, { raise, cancel }) => {
    handle(ctx, event);
    for (const id of ctx.cancels) cancel(id);
    for (const t of ctx.timers) raise(t.event, t.ms, t.id);
    ctx.timers = [];
    ctx.cancels = [];
  },
});

function handle(rt: RuntimeContext, e: RuntimeEvent): void {
  switch (e.type) {
    case 'cri.RunPodSandbox':
      return runPodSandbox(rt, e);
    case 'cri.StopPodSandbox':
      return stopPodSandbox(rt, e);
    case 'cri.RemovePodSandbox':
      return removePodSandbox(rt, e);
    case 'cri.ImageStatus':
      return imageStatus(rt, e);
    case 'cri.PullImage':
      return pullImage(rt, e);
    case 'cri.CreateContainer':
      return createContainer(rt, e);
    case 'cri.StartContainer':
      return startContainer(rt, e);
    case 'cri.StopContainer':
      return stopContainer(rt, e);
    case 'cri.RemoveContainer':
      return removeContainer(rt, e);
    case 'cri.ReadLogs':
      return readLogs(rt, e);
    case 'cri.ExecSync':
    case 'cri.Exec':
      return execSync(rt, e);
    case 'cri.Attach':
      return attach(rt, e);
    case 'rt.execWake':
      return onExecWake(rt, e);
    case 'cri.PortForward':
      return portForward(rt, e);
    case 'net.result':
      if (onPortForwardDial(rt, e)) return;
      return onNetResult(rt, e, (target, answer) => resume(rt, target, answer));
    case 'net.deliver':
      return onDeliver(rt, e);
    case 'probe.run':
      return onProbe(rt, e);
    case 'registry.response':
      return onRegistryResponse(rt, e);
    case 'cni.result':
      return onCniResult(rt, e);
    case 'rt.unpacked':
      return onUnpacked(rt, e.requestId);
    case 'rt.wake':
    case 'rt.exitAfterSignal':
    case 'rt.kill':
      return onTimer(rt, e);
  }
}

/** A network answer for a process or an exec session that was waiting on it. */
function resume(rt: RuntimeContext, target: NetTarget, answer: unknown): void {
  if (target.kind === 'exec') {
    const run = rt.execs.get(target.execId);
    if (run) runExec(rt, run, answer);
    return;
  }
  const c = rt.containers.get(target.containerId);
  if (c?.process?.awaiting) runProcess(rt, c, answer);
}
