// node-shell: a command run on a node as root in the host namespaces (what `ssh node` or
// `kubectl debug node/… --profile=sysadmin` give you). The command is the same simulated
// program a container would run; its network effects start walks from the host netns.
import type { Effect, Program } from '../../images/effects';
import { execCommand } from '../../images/process';
import { registerNetworkTools } from '../tools/commands';
import { CONNECT_TIMEOUT_MS, httpAnswer, httpConnect, httpTarget, needsResolving, pingAnswer } from '../tools/client';
import { asPing, type NetProcessContext } from '../tools/view';
import type { ConnectRequest, NetResult, NodeNetEvent, NodeShellEmitted } from '../events';
import { nodeView } from '../show/view';
import { connect, type NodeNetContext } from '../stack';
import { nodeFiles, NODE_OS } from './nodeFiles';

interface NodeShell {
  job: string;
  program: Program;
  token: number;
  waiting?: { requestId: string; kind: 'http' | 'ping' };
}

export type ShellContext = NodeNetContext & { shells: Map<string, unknown>; emits?: NodeShellEmitted[] };

registerNetworkTools();

function emit(ctx: ShellContext, e: NodeShellEmitted): void {
  (ctx.emits ??= []).push(e);
}

export function startShell(ctx: ShellContext, job: string, argv: string[]): void {
  const files = nodeFiles(ctx.s);
  const pctx: NetProcessContext = {
    hostname: ctx.s.node,
    env: { HOME: '/root', PATH: NODE_OS.config.env[0]!.slice(5), HOSTNAME: ctx.s.node },
    argv,
    image: NODE_OS,
    podIP: ctx.s.nodeIP,
    now: () => ctx.epoch + ctx.net.now(),
    cpus: 2,
    tty: true,
    files: { read: (p) => files.get(p), isDir: (p) => [...files.keys()].some((k) => k.startsWith(p.replace(/\/$/, '') + '/')) },
  };
  const view = nodeView(ctx.s, () => ctx.net.now(), ctx.epoch);
  pctx.netView = () => view;
  const shell: NodeShell = { job, program: execCommand(NODE_OS, argv, pctx), token: 0 };
  ctx.shells.set(job, shell);
  step(ctx, shell, undefined);
}

export function onShellEvent(ctx: ShellContext, e: Extract<NodeNetEvent, { type: 'node.wake' }> | NetResult): void {
  if (e.type === 'node.wake') {
    const shell = ctx.shells.get(e.job) as NodeShell | undefined;
    if (shell && shell.token === e.token) step(ctx, shell, undefined);
    return;
  }
  for (const shell of ctx.shells.values() as Iterable<NodeShell>) {
    if (shell.waiting?.requestId !== e.requestId) continue;
    const kind = shell.waiting.kind;
    shell.waiting = undefined;
    step(ctx, shell, kind === 'http' ? httpAnswer(e) : pingAnswer(e));
    return;
  }
}

function step(ctx: ShellContext, shell: NodeShell, answer: unknown): void {
  let input = answer;
  for (let i = 0; i < 2000; i++) {
    const r = shell.program.next(input);
    if (r.done) return done(ctx, shell, r.value ?? 0);
    const effect = r.value;
    if (effect.op === 'exit') return done(ctx, shell, effect.code);
    if (effect.op === 'sleep') {
      shell.token += 1;
      ctx.timers.push({ id: `shell:${shell.job}:${shell.token}`, ms: effect.ms, event: { type: 'node.wake', job: shell.job, token: shell.token } });
      return;
    }
    const out = answerEffect(ctx, shell, effect);
    if (out === WAIT) return;
    input = out;
  }
  // A long output: let virtual time move on, then carry on where it stopped.
  shell.token += 1;
  ctx.timers.push({ id: `shell:${shell.job}:${shell.token}`, ms: 1, event: { type: 'node.wake', job: shell.job, token: shell.token } });
}

const WAIT = Symbol('wait');

function answerEffect(ctx: ShellContext, shell: NodeShell, effect: Effect): unknown {
  const ping = asPing(effect);
  if (ping) return startConn(ctx, shell, 'ping', { kind: 'ping', dst: ping.host, id: ping.id, seq: ping.seq }, ping.timeoutMs);
  switch (effect.op) {
    case 'log':
      emit(ctx, { type: 'node.output', job: shell.job, stream: effect.stream, text: effect.text + '\n' });
      return undefined;
    case 'logLines':
      for (const text of effect.lines) emit(ctx, { type: 'node.output', job: shell.job, stream: effect.stream, text: text + '\n' });
      return undefined;
    case 'resolve':
      return resolveOnNode(ctx, effect.name);
    case 'http': {
      const t = httpTarget(effect.url);
      if (!t) return { ok: false, error: 'EINVAL' };
      const ip = needsResolving(t.host) ? resolveOnNode(ctx, t.host).ips[0] : t.host === 'localhost' ? '127.0.0.1' : t.host;
      if (!ip) return { ok: false, error: 'ENOTFOUND' };
      return startConn(ctx, shell, 'http', httpConnect(t, ip, effect.method, effect.headers ?? {}), effect.timeoutMs ?? CONNECT_TIMEOUT_MS);
    }
    case 'readFile': {
      const text = nodeFiles(ctx.s).get(effect.path);
      return text === undefined ? { ok: false, error: 'ENOENT' } : { ok: true, text };
    }
    case 'stat':
      return nodeFiles(ctx.s).has(effect.path) ? { ok: true, type: 'file', size: 0 } : { ok: false, error: 'ENOENT' };
    default:
      return { ok: false, error: 'EACCES' };
  }
}

function startConn(ctx: ShellContext, shell: NodeShell, kind: 'http' | 'ping', req: ConnectRequest, timeoutMs: number): typeof WAIT {
  const requestId = `${ctx.self}#${shell.job}:${shell.token++}`;
  shell.waiting = { requestId, kind };
  connect(ctx, { type: 'net.connect', requestId, replyTo: ctx.self, netns: 'host', timeoutMs, ...req });
  return WAIT;
}

/** The node's own resolver (systemd-resolved) knows the nodes from /etc/hosts, not the cluster's names. */
function resolveOnNode(ctx: ShellContext, name: string): { ok: boolean; ips: string[]; name: string; server: string; error?: string } {
  if (name === 'localhost') return { ok: true, ips: ['127.0.0.1'], name, server: '127.0.0.53' };
  const host = ctx.s.hosts.find((h) => h.name === name);
  if (host) return { ok: true, ips: [host.ip], name, server: '127.0.0.53' };
  return { ok: false, ips: [], name, server: '127.0.0.53', error: 'NXDOMAIN' };
}

function done(ctx: ShellContext, shell: NodeShell, code: number): void {
  ctx.shells.delete(shell.job);
  emit(ctx, { type: 'node.exit', job: shell.job, code });
}
