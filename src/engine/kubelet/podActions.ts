import type { Container, ContainerStatus, PodStatus } from '../api/objects';
import { apiRequest } from '../api/client';
import { createMergePatch } from '../api/mergePatch';
import { recordEvent } from '../api/eventRecorder';
import { criMethod, type CriRequest } from '../containerRuntime/cri';
import { timestamp } from '../runtime/time';
import { kindName, type Detail } from '../runtime/trace';
import type { ContainerKind, ContainerWorkerInput, RestartPolicy } from './containerTypes';
import type { PodWorkerContext } from './podTypes';
import { resolvConf } from './dns';
import { containerEnv, serviceEnvFor } from './env';
import { sourceOf, volumeFiles } from './podConfig';
import { podStatus } from './status';
import { podHostsFile, sandboxHostname } from './hostsFile';

type WithoutCall<T> = T extends unknown ? Omit<T, 'requestId' | 'replyTo'> : never;

export function podRef(ctx: PodWorkerContext) {
  const m = ctx.pod.metadata ?? {};
  return { kind: 'Pod', namespace: m.namespace ?? 'default', name: m.name ?? '', uid: ctx.uid };
}

export function criCall(ctx: PodWorkerContext, call: WithoutCall<CriRequest>, track = true, trace?: { kind?: string; detail?: Detail }): string {
  const requestId = `${ctx.self}:${ctx.nextRequest++}`;
  if (track) ctx.pendingCri = requestId;
  ctx.net.post(ctx.self, {
    to: ctx.host.runtime,
    event: Object.assign({}, call, { requestId, replyTo: ctx.self }) as CriRequest,
    kind: trace?.kind ?? ('frame' in call && call.frame ? kindName(criMethod(call.type), 'stdin') : criMethod(call.type)),
    step: call.step,
    ref: podRef(ctx),
    detail: trace?.detail,
  });
  return requestId;
}

export function runPodSandbox(ctx: PodWorkerContext): void {
  const spec = ctx.pod.spec!;
  const m = ctx.pod.metadata ?? {};
  criCall(ctx, {
    type: 'cri.RunPodSandbox',
    step: 7,
    config: {
      uid: ctx.uid,
      name: m.name ?? '',
      namespace: m.namespace ?? 'default',
      hostname: sandboxHostname(ctx.pod, ctx.host.node),
      sharePid: spec.shareProcessNamespace === true,
      hostNetwork: spec.hostNetwork === true,
      resolvConf: resolvConf(ctx.pod),
      ...(ctx.sources ? { volumeFiles: volumeFiles(ctx) } : {}),
    },
  });
}

/** The kubelet's status manager: PATCH the Pod's status whenever the generated one changes. */
export function reportStatus(ctx: PodWorkerContext): void {
  const status = podStatus({
    pod: ctx.pod,
    hostIP: ctx.host.ip,
    podIP: ctx.podIP,
    startTime: ctx.startTime,
    now: timestamp(ctx.epoch, ctx.net.now()),
    sandboxReady: ctx.sandboxReady,
    init: ctx.init,
    app: ctx.app,
    ephemeral: ctx.ephemeral,
    terminalPhase: ctx.terminalPhase,
    failure: ctx.failure,
    previous: ctx.lastStatus,
  });
  const before = ctx.lastStatus ?? ctx.pod.status ?? {};
  const patch = createMergePatch(before, status) as Partial<PodStatus>;
  if (Object.keys(patch).length === 0) return;
  ctx.lastStatus = status;
  const ref = podRef(ctx);
  apiRequest(
    ctx,
    { verb: 'patch', patchType: 'merge', resource: 'pods', subresource: 'status', groupVersion: 'v1', namespace: ref.namespace, name: ref.name, body: { status: patch } },
    ref,
  );
}

export function podEvent(ctx: PodWorkerContext, type: 'Normal' | 'Warning', reason: string, message: string): void {
  recordEvent(ctx, ctx.recorder, { involvedObject: { ...podRef(ctx), apiVersion: 'v1' }, type, reason, message });
}

/** What a new container worker needs to know about its container. */
export function workerInput(ctx: PodWorkerContext, container: Container, kind: ContainerKind): ContainerWorkerInput {
  const spec = ctx.pod.spec!;
  const podPolicy = (spec.restartPolicy ?? 'Always') as RestartPolicy;
  let restartPolicy: RestartPolicy = podPolicy;
  if (kind === 'sidecar') restartPolicy = 'Always';
  else if (kind === 'init') restartPolicy = podPolicy === 'Never' ? 'Never' : 'OnFailure';
  // Ephemeral containers are never restarted.
  else if (kind === 'ephemeral') restartPolicy = 'Never';
  const ref = podRef(ctx);
  return {
    self: `${ctx.self}/${container.name}`,
    net: ctx.net,
    seed: `${ctx.uid}/${container.name}`,
    epoch: ctx.epoch,
    runtime: ctx.host.runtime,
    node: ctx.host.node,
    pod: { uid: ctx.uid, name: ref.name, namespace: ref.namespace },
    ...containerInput(ctx, container),
    kind,
    sandboxId: ctx.sandboxId ?? '',
    restartPolicy,
    podHasInitContainers: (spec.initContainers ?? []).length > 0,
    ...(ctx.podIP ? { podIP: ctx.podIP } : {}),
    etcHosts: podHostsFile(ctx.pod, ctx.podIP, ctx.host.etcHosts),
    ...(spec.terminationGracePeriodSeconds !== undefined ? { terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds } : {}),
    ...pidTargetOf(ctx, container),
  };
}

/** The status the kubelet last had for a container of the Pod, of whichever kind. */
export function statusOf(ctx: PodWorkerContext, name: string): ContainerStatus | undefined {
  return ctx.app.get(name) ?? ctx.init.get(name) ?? ctx.ephemeral?.get(name);
}

/** The runtime ID of a running container, from its status (`containerd://ID`). */
export function runningId(status: ContainerStatus | undefined): string | undefined {
  return status?.state?.running ? status.containerID?.replace(/^containerd:\/\//, '') : undefined;
}

/** An ephemeral container with a target joins the PID namespace of that container as it runs now. */
function pidTargetOf(ctx: PodWorkerContext, container: Container): { pidTarget?: string } {
  const target = (container as { targetContainerName?: string }).targetContainerName;
  const id = target ? runningId(statusOf(ctx, target)) : undefined;
  return id ? { pidTarget: id } : {};
}

/**
 * The container as the runtime gets it: its environment worked out (variables, downward
 * API, ConfigMaps and Secrets, Services); or, with `error`, why it cannot be made yet.
 */
export function withEnv(ctx: PodWorkerContext, c: Container): { container: Container; error?: string } {
  const env = containerEnv(ctx.pod, c, { ip: ctx.host.ip, allocatable: ctx.host.allocatable }, ctx.podIP ?? '', serviceEnv(ctx), (kind, name) => sourceOf(ctx, kind, name));
  const { envFrom: _from, ...rest } = c;
  if ('error' in env) return { container: c, error: env.error };
  return { container: { ...rest, env } };
}

/** The Service variables for the Pod's namespace, worked out once per namespace until a Service changes. */
function serviceEnv(ctx: PodWorkerContext): ReadonlyMap<string, string> {
  const ns = ctx.pod.metadata?.namespace ?? 'default';
  const links = ctx.pod.spec?.enableServiceLinks !== false;
  const key = links ? ns : `${ns}/nolinks`;
  let vars = ctx.host.serviceEnv.get(key);
  if (!vars) {
    vars = serviceEnvFor(ctx.host.services.values(), ns, links);
    ctx.host.serviceEnv.set(key, vars);
  }
  return vars;
}

/** A worker's container, and the configuration error it starts with, if any (remembered to retry). */
function containerInput(ctx: PodWorkerContext, c: Container): { container: Container; configError?: string } {
  const { container, error } = withEnv(ctx, c);
  if (!error) return { container };
  (ctx.configErrors ??= new Set()).add(c.name);
  return { container, configError: error };
}

/** Finally remove the Pod from the API: DELETE with grace 0 and a UID precondition, as the status manager does. */
export function deleteFromApi(ctx: PodWorkerContext): void {
  const ref = podRef(ctx);
  apiRequest(
    ctx,
    { verb: 'delete', resource: 'pods', groupVersion: 'v1', namespace: ref.namespace, name: ref.name, query: { gracePeriodSeconds: '0', 'preconditions.uid': ctx.uid } },
    ref,
  );
}
