import { behaviourFor, effectiveArgv, startFailure } from '../images';
import type { FileStat, FileView, ProcessContext } from '../images/effects';
import type { ImageConfig } from '../images/types';
import type { ContainerConfig, CriRequest } from './cri';
import { appendLog, exitContainer, runProcess } from './process';
import { criReply } from './reply';
import { endFollowers } from './logs';
import type { ContainerRecord, RuntimeContext, Sandbox } from './types';
import { parseImageRef } from '../images/reference';
import { ContainerFs, readFailed } from './fs';
import { runsAsRoot } from './fileMeta';
import { CLUSTER_CA_PEM } from '../api/clusterCa';
import type { NetProcessContext, NetView } from '../nodeNet/tools/view';
import { processTable, sandboxView } from './namespaces';

type Req<T extends CriRequest['type']> = Extract<CriRequest, { type: T }>;

const SA_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** CreateContainer: a container in the sandbox, from an image already in the store. */
export function createContainer(rt: RuntimeContext, req: Req<'cri.CreateContainer'>): void {
  const sandbox = rt.sandboxes.get(req.sandboxId);
  if (!sandbox || sandbox.state !== 'SANDBOX_READY') {
    return criReply(rt, req, { ok: false, error: `rpc error: code = NotFound desc = failed to get sandbox "${req.sandboxId}": not found` });
  }
  const parsed = parseImageRef(req.config.image);
  const image = parsed.ok ? rt.images.get(parsed.ref.normalized) : undefined;
  if (!image) {
    return criReply(rt, req, { ok: false, error: `rpc error: code = NotFound desc = failed to get image "${req.config.image}": not found` });
  }
  const id = rt.rng.hex(64);
  const c: ContainerRecord = {
    id,
    sandboxId: sandbox.id,
    config: req.config,
    image,
    state: 'CONTAINER_CREATED',
    createdAt: rt.net.now(),
    logs: [],
    sink: req.replyTo,
    // The container's own layer: the kubelet's files now, what it writes later. The image's
    // files stay in the image (imageLayers.ts), shared by every container of it.
    files: new Map(podFiles(sandbox, req.config)),
    memoryUsed: 0,
    ...(req.config.memoryLimit !== undefined ? { memoryLimit: req.config.memoryLimit } : {}),
  };
  fillServiceAccount(sandbox, req.config.volumeMounts);
  rt.containers.set(id, c);
  criReply(rt, req, { ok: true, containerId: id });
}

/** The files the kubelet manages in every container: hostname, hosts, resolv.conf. */
function podFiles(sandbox: Sandbox, config: ContainerConfig): [string, string][] {
  return [
    ['/etc/hostname', sandbox.config.hostname + '\n'],
    ...(config.etcHosts !== undefined ? [['/etc/hosts', config.etcHosts] as [string, string]] : []),
    ['/etc/resolv.conf', sandbox.config.resolvConf.join('\n') + '\n'],
  ];
}

function fillServiceAccount(sandbox: Sandbox, mounts: { name: string; mountPath: string }[]): void {
  const mount = mounts.find((m) => m.mountPath === SA_PATH);
  if (!mount || sandbox.volumes.has(mount.name)) return;
  (sandbox.projected ??= new Set()).add(mount.name);
  sandbox.volumes.set(
    mount.name,
    new Map([
      ['/namespace', sandbox.config.namespace],
      ['/token', 'eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9.pod-lab-token.signature'],
      ['/ca.crt', CLUSTER_CA_PEM],
    ]),
  );
}

/** StartContainer: the process starts; its exit later arrives as a container event. */
export function startContainer(rt: RuntimeContext, req: Req<'cri.StartContainer'>): void {
  const c = rt.containers.get(req.containerId);
  if (!c || c.state !== 'CONTAINER_CREATED') {
    return criReply(rt, req, { ok: false, error: `rpc error: code = NotFound desc = an error occurred when try to find container "${req.containerId}": not found` });
  }
  const sandbox = rt.sandboxes.get(c.sandboxId)!;
  // runc cannot exec the process: the task is never made, the container is left exited
  // (128, StartError) and the kubelet gets the error.
  const failure = startFailure(c.image, c.config.command, c.config.args);
  if (failure !== undefined) {
    c.state = 'CONTAINER_EXITED';
    c.exitCode = 128;
    c.reason = 'StartError';
    c.finishedAt = rt.net.now();
    return criReply(rt, req, { ok: false, error: failure });
  }
  c.state = 'CONTAINER_RUNNING';
  c.startedAt = rt.net.now();
  c.pid = rt.nextPid++;
  const behaviour = behaviourFor(c.image, c.config.command, c.config.args);
  const ctx = processContext(rt, c, sandbox);
  c.process = { program: behaviour.start(ctx), behaviour, ctx, token: 0, signalled: false, dnsCache: new Map() };
  criReply(rt, req, { ok: true });
  runProcess(rt, c);
}

/** The PATH of containerd's default OCI spec (oci.defaultUnixEnv). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** What a process in the container sees of itself: env, argv, hostname, files, its namespace. */
export function processContext(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox): ProcessContext {
  // containerd's order: the default spec's PATH, HOSTNAME, the image's ENV (its PATH taking
  // the default's place), then the container's variables; runc adds HOME last.
  const env: Record<string, string> = { PATH: DEFAULT_PATH, HOSTNAME: sandbox.config.hostname };
  Object.assign(env, imageEnv(c.image.config));
  for (const e of c.config.env) env[e.name] = e.value;
  // runc sets HOME from the user's passwd entry when the image and the Pod leave it unset.
  if (env.HOME === undefined) env.HOME = runsAsRoot(c.image.config.user) ? '/root' : '/';
  const pctx: NetProcessContext = Object.assign(
    { hostname: sandbox.config.hostname, env, argv: effectiveArgv(c.image.config, c.config.command, c.config.args), image: c.image },
    sandbox.ip ? { podIP: sandbox.ip } : {},
    { now: clockOf(rt), cpus: rt.cpus, memKb: rt.memKb, files: new ProcessFiles(new ContainerFs(c, sandbox, rt)), processes: processesOf(rt, c, sandbox) },
  );
  if (sandbox.config.hostNetwork) pctx.hostNetns = true;
  else if (sandbox.net) pctx.netView = netViewOf(rt, c, sandbox);
  if (c.config.stdin) pctx.stdinOpen = true;
  if (c.config.tty) pctx.tty = true;
  return pctx;
}

// The process context's functions are made by these rather than written as properties of
// the object: a function written as a property is named at run time under `tsx`
// (keepNames), which every container start would pay for.

function clockOf(rt: RuntimeContext): () => number {
  return () => rt.epoch + rt.net.now();
}

function processesOf(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox): NetProcessContext['processes'] {
  return (child) => processTable(rt, c, sandbox, child);
}

/** The network view is built when a tool first asks for it. */
function netViewOf(rt: RuntimeContext, c: ContainerRecord, sandbox: Sandbox): NonNullable<NetProcessContext['netView']> {
  let view: NetView | undefined;
  return () => (view ??= sandboxView(rt, c, sandbox));
}

/** What a process reads of its container's files: text, or nothing for a missing file or a directory. */
class ProcessFiles implements FileView {
  constructor(private readonly fs: ContainerFs) {}

  read(p: string): string | undefined {
    const t = this.fs.read(p);
    return readFailed(t) ? undefined : t;
  }

  isDir(p: string): boolean {
    return this.fs.isDir(p);
  }

  list(p: string): string[] | undefined {
    const names = this.fs.list(p);
    return Array.isArray(names) ? names : undefined;
  }

  stat(p: string): FileStat | undefined {
    const s = this.fs.stat(p);
    return typeof s === 'string' ? undefined : s;
  }
}

const imageEnvs = new WeakMap<ImageConfig, Record<string, string>>();

/** The image's `ENV` lines as a map, read once per image: every container of it starts from them. */
function imageEnv(config: ImageConfig): Record<string, string> {
  let env = imageEnvs.get(config);
  if (!env) {
    env = {};
    for (const kv of config.env) {
      const eq = kv.indexOf('=');
      env[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    imageEnvs.set(config, env);
  }
  return env;
}

/**
 * StopContainer: send the image's stop signal (SIGTERM unless STOPSIGNAL says otherwise),
 * and SIGKILL when the timeout runs out — a PID 1 without a handler ignores SIGTERM and is
 * killed at the end of the grace period (exit 137).
 */
export function stopContainer(rt: RuntimeContext, req: Req<'cri.StopContainer'>): void {
  const c = rt.containers.get(req.containerId);
  if (!c || c.state !== 'CONTAINER_RUNNING' || !c.process) return criReply(rt, req, { ok: true });
  c.stopping = { requestId: req.requestId, replyTo: req.replyTo };
  const signal = c.image.config.stopSignal ?? 'SIGTERM';
  const run = c.process;
  const action = run.behaviour.onSigterm(run.ctx, signal);
  run.signalled = true;
  for (const line of action.log ?? []) appendLog(rt, c, action.action === 'exit' ? (action.stream ?? 'stdout') : 'stdout', line);
  const timeoutMs = Math.max(0, req.timeoutSeconds) * 1000;
  if (action.action === 'exit' && action.afterMs < timeoutMs) {
    rt.timers.push({ id: `exit:${c.id}`, ms: action.afterMs, event: { type: 'rt.exitAfterSignal', containerId: c.id, code: action.code, token: run.token } });
  }
  rt.timers.push({ id: `kill:${c.id}`, ms: timeoutMs, event: { type: 'rt.kill', containerId: c.id } });
}

export function onTimer(rt: RuntimeContext, e: { type: string; containerId?: string; token?: number; code?: number }): void {
  const c = e.containerId ? rt.containers.get(e.containerId) : undefined;
  if (!c || c.state !== 'CONTAINER_RUNNING') return;
  if (e.type === 'rt.wake' && c.process && e.token === c.process.token) runProcess(rt, c);
  else if (e.type === 'rt.exitAfterSignal') exitContainer(rt, c, e.code ?? 0);
  else if (e.type === 'rt.kill') exitContainer(rt, c, 137);
}

export function removeContainer(rt: RuntimeContext, req: Req<'cri.RemoveContainer'>): void {
  const c = rt.containers.get(req.containerId);
  if (c) endFollowers(rt, c);
  rt.containers.delete(req.containerId);
  criReply(rt, req, { ok: true });
}
