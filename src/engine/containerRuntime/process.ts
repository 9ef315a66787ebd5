import type { Effect } from '../images/effects';
import { ContainerFs, readFailed } from './fs';
import { settleAttach } from './attach';
import { appendLog, appendLogLines, endFollowers } from './logs';
import { announceSocket, ASYNC, isNetworkEffect, networkEffect } from './network';
import type { ContainerRecord, RuntimeContext } from './types';

export { appendLog };

/** A process that runs this many effects without sleeping is given a tick, so virtual time moves on. */
const STEPS_BEFORE_TICK = 2000;

/**
 * Run a container's process until it sleeps, waits or exits, answering each effect it
 * yields: logs go to the container log, binds to the Pod's shared port space (a second
 * bind to a port gets EADDRINUSE — the containers of a Pod share one network namespace),
 * files to the container's filesystem and volumes.
 */
export function runProcess(rt: RuntimeContext, c: ContainerRecord, answer?: unknown): void {
  const run = c.process;
  if (!run || c.state !== 'CONTAINER_RUNNING') return;
  run.awaiting = undefined;
  let input = answer;
  for (let steps = 0; steps < STEPS_BEFORE_TICK; steps++) {
    let r: IteratorResult<Effect, number>;
    try {
      r = run.program.next(input);
    } catch (err) {
      appendLog(rt, c, 'stderr', String(err instanceof Error ? err.message : err));
      return exitContainer(rt, c, 1);
    }
    if (r.done) return exitContainer(rt, c, r.value ?? 0);
    const effect = r.value;
    if (effect.op === 'sleep') return wakeLater(rt, c, effect.ms);
    if (effect.op === 'exit') return exitContainer(rt, c, effect.code);
    if (effect.op === 'stdin') {
      // A line already written is read at once; otherwise the process waits for one. The
      // commands of each line are new processes: no name lookups of the last line's remain.
      const line = c.stdin?.shift();
      if (line !== undefined) {
        run.dnsCache.clear();
        input = line;
        continue;
      }
      c.readingStdin = effect.prompt;
      return settleAttach(rt, c);
    }
    if (effect.op === 'allocate' && overLimit(c, effect.bytes)) return exitContainer(rt, c, 137, 'OOMKilled');
    if (isNetworkEffect(effect)) {
      const out = networkEffect(rt, { kind: 'container', containerId: c.id }, c, effect, run.dnsCache);
      // The process blocks until the node's network answers.
      if (out === ASYNC) {
        run.awaiting = 'net';
        return;
      }
      input = out;
      continue;
    }
    input = answerEffect(rt, c, effect);
  }
  wakeLater(rt, c, 1);
}

/** Effects a process (or an exec session) gets answered at once: logs, ports, files, memory. */
export function answerEffect(rt: RuntimeContext, c: ContainerRecord, e: Effect): unknown {
  if (e.op === 'log') {
    appendLog(rt, c, e.stream, e.text);
    return undefined;
  }
  if (e.op === 'logLines') {
    appendLogLines(rt, c, e.stream, e.lines);
    return undefined;
  }
  const sandbox = rt.sandboxes.get(c.sandboxId)!;
  const fs = new ContainerFs(c, sandbox, rt);
  switch (e.op) {
    case 'listen': {
      const key = `${e.protocol}/${e.port}`;
      const holder = sandbox.ports.get(key);
      if (holder && holder.containerId !== c.id) return { ok: false, error: 'EADDRINUSE' };
      sandbox.ports.set(key, { containerId: c.id, serve: e.serve });
      announceSocket(rt, c, sandbox, e.protocol, e.port, true);
      return { ok: true };
    }
    case 'readFile': {
      const text = fs.read(e.path);
      return readFailed(text) ? { ok: false, error: text } : { ok: true, text };
    }
    case 'writeFile': {
      const error = fs.write(e.path, e.text, e.append === true);
      return error ? { ok: false, error } : { ok: true };
    }
    case 'stat': {
      const s = fs.stat(e.path);
      return typeof s === 'string' ? { ok: false, error: s } : { ok: true, ...s };
    }
    case 'readDir': {
      const entries = fs.list(e.path);
      return Array.isArray(entries) ? { ok: true, entries } : { ok: false, error: entries };
    }
    case 'remove': {
      const error = fs.remove(e.path);
      return error ? { ok: false, error } : { ok: true };
    }
    case 'mkdir': {
      const error = fs.mkdir(e.path);
      return error ? { ok: false, error } : { ok: true };
    }
    case 'allocate':
      c.memoryUsed += e.bytes;
      return undefined;
    case 'kill':
      return { ok: false };
    default:
      return undefined;
  }
}

function overLimit(c: ContainerRecord, bytes: number): boolean {
  return c.memoryLimit !== undefined && c.memoryUsed + bytes > c.memoryLimit;
}

function wakeLater(rt: RuntimeContext, c: ContainerRecord, ms: number): void {
  const run = c.process!;
  run.token += 1;
  rt.timers.push({ id: `wake:${c.id}:${run.token}`, ms, event: { type: 'rt.wake', containerId: c.id, token: run.token } });
  c.wakeTimer = `wake:${c.id}:${run.token}`;
}

/**
 * The process is gone: free its ports, record the exit, tell the kubelet (containerd's
 * event stream) and answer a StopContainer that was waiting for it.
 */
export function exitContainer(rt: RuntimeContext, c: ContainerRecord, code: number, reason?: string): void {
  if (c.state !== 'CONTAINER_RUNNING') return;
  c.state = 'CONTAINER_EXITED';
  c.exitCode = code;
  endFollowers(rt, c);
  c.finishedAt = rt.net.now();
  c.reason = reason ?? (code === 0 ? 'Completed' : 'Error');
  if (c.wakeTimer) rt.cancels.push(c.wakeTimer);
  c.wakeTimer = undefined;
  c.process = undefined;
  c.readingStdin = undefined;
  const sandbox = rt.sandboxes.get(c.sandboxId);
  if (sandbox) {
    for (const [key, holder] of sandbox.ports) {
      if (holder.containerId !== c.id) continue;
      sandbox.ports.delete(key);
      const [protocol = 'TCP', port = '0'] = key.split('/');
      announceSocket(rt, c, sandbox, protocol, Number(port), false);
    }
  }
  rt.net.post(rt.self, {
    to: c.sink,
    event: { type: 'cri.containerEvent', containerId: c.id, podUid: sandbox?.config.uid ?? '', name: c.config.name, event: 'exited', exitCode: code, reason: c.reason, at: c.finishedAt },
    kind: 'CONTAINER_STOPPED_EVENT',
    ref: { kind: 'Pod', namespace: sandbox?.config.namespace ?? '', name: sandbox?.config.name ?? '', uid: sandbox?.config.uid ?? '' },
    detail: { container: c.config.name, exitCode: code, reason: c.reason },
  });
  settleAttach(rt, c);
  if (c.stopping) {
    const { requestId, replyTo } = c.stopping;
    c.stopping = undefined;
    rt.net.post(rt.self, {
      to: replyTo,
      event: { type: 'cri.response', requestId, method: 'StopContainer', ok: true },
      kind: 'StopContainer.response',
      detail: { container: c.config.name, exitCode: code },
    });
  }
}
