import { enqueueActions, setup } from 'xstate';
import type { CniResult } from '../cni/machine';
import type { RegistryResponse } from '../registry/types';
import { actorBase } from '../runtime/actor';
import { createContainer, onTimer, readLogs, removeContainer, startContainer, stopContainer } from './containers';
import type { CriRequest } from './cri';
import { imageStatus, onRegistryResponse, onUnpacked, pullImage } from './pull';
import { criReply } from './reply';
import { onCniResult, removePodSandbox, runPodSandbox, stopPodSandbox } from './sandboxes';
import type { RuntimeContext, RuntimeInput, RuntimeTimerEvent } from './types';

type RuntimeEvent = CriRequest | RegistryResponse | CniResult | RuntimeTimerEvent;

/**
 * containerd on one node, behind the CRI: an image store fed by the registry, Pod
 * sandboxes (pause + network namespace, wired by CNI), and containers whose processes run
 * on virtual time.
 */
export const containerRuntimeMachine = setup({
  types: {} as { context: RuntimeContext; events: RuntimeEvent; input: RuntimeInput },
}).createMachine({
  id: 'containerRuntime',
  context: ({ input }) => ({
    ...actorBase(input),
    node: input.node,
    nodeIP: input.nodeIP,
    cpus: input.cpus,
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
  }),
  on: {
    '*': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        handle(context, event);
        for (const id of context.cancels) enqueue.cancel(id);
        for (const t of context.timers) enqueue.raise(t.event, { delay: t.ms, id: t.id });
        context.timers = [];
        context.cancels = [];
      }),
    },
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
      return criReply(rt, e, { ok: false, error: 'ExecSync is not available yet' });
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
