import type { KubeObject } from '../api/objects';
import type { ApiResponse, LogStreamChunk, WatchNotification } from '../api/protocol';
import { apiRequest, openWatch } from '../api/client';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import { component } from '../runtime/component';
import type { Diagnostic, EditorCommand, EditorResult, KubectlEffect, KubectlEnv, KubectlProgram } from './program';
import { kubectlProgram } from './run';
import { answer, closeForward, listen, onForwardMessage, openStream as openForwardStream, takeEvent, type ForwardMessage, type ForwardState } from './forward';

export interface KubectlContext extends ActorBase {
  nextRequest: number;
  job?: string;
  program?: KubectlProgram;
  pending?: string;
  waiting?: { effect: Extract<KubectlEffect, { op: 'waitFor' }>; watch: string; token: number; last?: KubeObject };
  /** `kubectl get -w`: the watch the command takes its changes from (each resumes it). */
  stream?: { watch: string; token: number };
  /** The command waits for a line the learner types (an interactive shell in a container). */
  reading?: boolean;
  /** `kubectl edit` waits for its editor to be closed. */
  editing?: boolean;
  /** Sent if the command is interrupted: the end of an exec session's stdin. */
  onInterrupt?: Extract<KubectlEffect, { op: 'onInterrupt' }>;
  /** `kubectl logs -f`: the followed logs still open (request IDs), chunks not yet taken, and whether the command waits for one. */
  follows?: { open: Set<string>; queued: LogStreamChunk[]; waiting: boolean };
  /** `kubectl port-forward`: its sockets, stream and waiting connections. */
  forward?: ForwardState;
  /** Set while the process is stopped (SIGTSTP): what reached it meanwhile, handled in order once it is continued. */
  held?: KubectlEvent[];
  token: number;
  outbox: KubectlEmitted[];
  timers: { ms: number; token: number }[];
}

export type KubectlEmitted =
  | { type: 'kubectl.output'; job: string; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'kubectl.diagnostic'; job: string; diagnostic: Diagnostic }
  | { type: 'kubectl.read'; job: string; prompt: string }
  | { type: 'kubectl.kubeconfig'; job: string; namespace: string }
  | { type: 'kubectl.writeFile'; job: string; path: string; text: string }
  | { type: 'kubectl.removeFile'; job: string; path: string }
  | { type: 'kubectl.editor'; job: string; editor: EditorCommand; path: string }
  | { type: 'kubectl.exit'; job: string; code: number };

type KubectlEvent =
  | { type: 'kubectl.exec'; job: string; env: KubectlEnv }
  | { type: 'kubectl.timer'; token: number }
  | { type: 'kubectl.interrupt' }
  | { type: 'kubectl.stop' }
  | { type: 'kubectl.cont' }
  | { type: 'kubectl.line'; line?: string }
  | { type: 'kubectl.edited'; result: EditorResult }
  | ApiResponse
  | LogStreamChunk
  | WatchNotification
  | ForwardMessage;

/**
 * kubectl on the learner's laptop: parses a command line, turns it into REST calls to the
 * API server, and prints what comes back the way kubectl prints it. One command at a
 * time, as in a shell.
 */
export const kubectlMachine = component<KubectlContext, KubectlEvent, ActorInput>({
  id: 'kubectl',
  context: (input) => ({ ...actorBase(input), nextRequest: 1, token: 0, outbox: [], timers: [] }),
  on: (ctx, event, { emit, raise }) => {
    signal(ctx, event);
    for (const e of ctx.outbox) emit(e);
    for (const t of ctx.timers) raise({ type: 'kubectl.timer', token: t.token }, t.ms);
    ctx.outbox = [];
    ctx.timers = [];
  },
});

/**
 * Ctrl-Z stops the process (SIGTSTP) and fg or bg continues it (SIGCONT). Stopped, it does
 * nothing: what the network delivers meanwhile (a watch's events, a port-forward's
 * connections) waits in its sockets, and its timers fire late, all handled in order once it
 * runs again. SIGTERM (kill, or Ctrl-C after fg) ends it stopped or not.
 */
function signal(ctx: KubectlContext, e: KubectlEvent): void {
  if (e.type === 'kubectl.stop') {
    ctx.held ??= [];
    return;
  }
  if (e.type === 'kubectl.interrupt') ctx.held = undefined;
  if (e.type !== 'kubectl.cont') {
    if (ctx.held) ctx.held.push(e);
    else handle(ctx, e);
    return;
  }
  const held = ctx.held ?? [];
  ctx.held = undefined;
  for (const h of held) handle(ctx, h);
}

function handle(ctx: KubectlContext, e: KubectlEvent): void {
  switch (e.type) {
    case 'kubectl.exec':
      ctx.job = e.job;
      ctx.program = kubectlProgram(e.env);
      return step(ctx, undefined);
    case 'api.response':
      if (e.id !== ctx.pending) return;
      ctx.pending = undefined;
      if (e.following) (ctx.follows ??= { open: new Set(), queued: [], waiting: false }).open.add(e.id);
      return step(ctx, e);
    case 'api.logChunk':
      return onLogChunk(ctx, e);
    case 'api.watch':
      return onWatch(ctx, e);
    case 'kubectl.timer':
      return onTimer(ctx, e.token);
    case 'kubectl.interrupt':
      return interrupt(ctx);
    case 'kubectl.edited':
      if (!ctx.editing) return;
      ctx.editing = false;
      return step(ctx, e.result);
    case 'kubectl.line':
      if (!ctx.reading) return;
      ctx.reading = false;
      return step(ctx, e.line);
    case 'net.listening':
    case 'net.deliver':
    case 'api.stream.end': {
      const r = onForwardMessage(ctx, e);
      return r ? step(ctx, r.resume) : undefined;
    }
  }
}

/** Run the command until it needs an answer from elsewhere, or ends. */
function step(ctx: KubectlContext, input: unknown): void {
  const program = ctx.program;
  if (!program) return;
  let value = input;
  for (;;) {
    const r = program.next(value);
    if (r.done) return finish(ctx, r.value);
    value = undefined;
    const effect = r.value;
    switch (effect.op) {
      case 'out':
      case 'err':
        ctx.outbox.push({ type: 'kubectl.output', job: ctx.job!, stream: effect.op === 'out' ? 'stdout' : 'stderr', text: effect.text });
        continue;
      case 'diagnostic':
        ctx.outbox.push({ type: 'kubectl.diagnostic', job: ctx.job!, diagnostic: effect.diagnostic });
        continue;
      case 'note':
        ctx.net.note(ctx.self, effect.kind, { step: effect.step, ref: effect.ref, detail: effect.detail });
        continue;
      case 'random':
        value = ctx.rng.suffix(effect.length);
        continue;
      case 'kubeconfig':
        ctx.outbox.push({ type: 'kubectl.kubeconfig', job: ctx.job!, namespace: effect.namespace });
        continue;
      case 'writeLocal':
        ctx.outbox.push({ type: 'kubectl.writeFile', job: ctx.job!, path: effect.path, text: effect.text });
        continue;
      case 'removeLocal':
        ctx.outbox.push({ type: 'kubectl.removeFile', job: ctx.job!, path: effect.path });
        continue;
      case 'randomUint32':
        value = Math.floor(ctx.rng.next() * 4294967296);
        continue;
      case 'editor':
        ctx.editing = true;
        ctx.outbox.push({ type: 'kubectl.editor', job: ctx.job!, editor: effect.editor, path: effect.path });
        return;
      case 'onInterrupt':
        ctx.onInterrupt = effect.spec ? effect : undefined;
        continue;
      case 'request':
        ctx.pending = apiRequest(ctx, effect.spec, effect.ref, effect.detail);
        return;
      case 'sleep':
        ctx.token += 1;
        ctx.timers.push({ ms: effect.ms, token: ctx.token });
        ctx.waiting = undefined;
        return;
      case 'waitFor':
        return startWait(ctx, effect);
      case 'logChunk': {
        const next = ctx.follows?.queued.shift();
        if (next) {
          value = next;
          continue;
        }
        if (!ctx.follows) continue;
        ctx.follows.waiting = true;
        ctx.token += 1;
        if (effect.timeoutMs > 0) ctx.timers.push({ ms: effect.timeoutMs, token: ctx.token });
        return;
      }
      case 'read':
        ctx.reading = true;
        ctx.outbox.push({ type: 'kubectl.read', job: ctx.job!, prompt: effect.prompt });
        return;
      case 'watch':
        if (!ctx.stream) openStream(ctx, effect);
        return;
      case 'listen':
        return listen(ctx, effect.port);
      case 'stream':
        openForwardStream(ctx, effect.id);
        continue;
      case 'accept': {
        const next = takeEvent(ctx);
        if (!next) return;
        value = next;
        continue;
      }
      case 'answer':
        answer(ctx, effect.deliveryId, effect.payload);
        continue;
    }
  }
}

function startWait(ctx: KubectlContext, effect: Extract<KubectlEffect, { op: 'waitFor' }>): void {
  ctx.token += 1;
  const watch = `${ctx.self}/wait/${ctx.token}`;
  ctx.waiting = { effect, watch, token: ctx.token };
  openWatch(ctx, {
    watch,
    resource: effect.watch.resource,
    ...(effect.watch.namespace !== undefined ? { namespace: effect.watch.namespace } : {}),
    fieldSelector: `metadata.name=${effect.watch.name}`,
    initialEvents: true,
  });
  ctx.timers.push({ ms: effect.timeoutMs, token: ctx.token });
}

function openStream(ctx: KubectlContext, effect: Extract<KubectlEffect, { op: 'watch' }>): void {
  ctx.token += 1;
  ctx.stream = { watch: `${ctx.self}/watch/${ctx.token}`, token: ctx.token };
  openWatch(ctx, { watch: ctx.stream.watch, ...effect.stream });
  if (effect.timeoutMs > 0) ctx.timers.push({ ms: effect.timeoutMs, token: ctx.token });
}

/** Tell the API server to stop sending on a watch. */
function closeWatch(ctx: KubectlContext, watch: string): void {
  ctx.net.post(ctx.self, { to: 'apiServer', event: { type: 'api.watch.close', watch }, kind: 'watch.close' });
}

/** Stop `kubectl get -w`'s watch; its timer, if any, no longer counts. */
function closeStream(ctx: KubectlContext): void {
  if (!ctx.stream) return;
  closeWatch(ctx, ctx.stream.watch);
  ctx.stream = undefined;
  ctx.token += 1;
}

function onWatch(ctx: KubectlContext, e: WatchNotification): void {
  if (ctx.stream && e.watch === ctx.stream.watch) return e.event === 'BOOKMARK' ? undefined : step(ctx, e);
  const w = ctx.waiting;
  if (!w || e.watch !== w.watch) return;
  const obj = e.event === 'DELETED' || e.event === 'BOOKMARK' ? undefined : e.object;
  if (e.event === 'BOOKMARK') {
    if (w.last === undefined && w.effect.until(undefined, 'BOOKMARK')) endWait(ctx, { ok: true, object: undefined });
    return;
  }
  w.last = obj ?? e.object;
  if (!w.effect.until(obj, e.event)) return;
  endWait(ctx, { ok: true, object: obj });
}

function onLogChunk(ctx: KubectlContext, chunk: LogStreamChunk): void {
  const f = ctx.follows;
  if (!f?.open.has(chunk.id)) return;
  if (chunk.end) f.open.delete(chunk.id);
  if (!f.waiting) return void f.queued.push(chunk);
  f.waiting = false;
  ctx.token += 1;
  step(ctx, chunk);
}

/** Close the logs still followed: the API server tells their kubelets to stop sending. */
function closeFollows(ctx: KubectlContext): void {
  for (const id of ctx.follows?.open ?? []) {
    ctx.net.post(ctx.self, { to: 'apiServer', event: { type: 'api.logs.close', id, replyTo: ctx.self }, kind: 'pod.log.close' });
  }
  ctx.follows = undefined;
}

function onTimer(ctx: KubectlContext, token: number): void {
  if (ctx.stream && token === ctx.stream.token) {
    closeStream(ctx);
    return step(ctx, undefined);
  }
  if (token !== ctx.token) return;
  const w = ctx.waiting;
  if (w) return endWait(ctx, { ok: false, timedOut: true, object: w.last });
  step(ctx, undefined);
}

function endWait(ctx: KubectlContext, result: unknown): void {
  const w = ctx.waiting!;
  ctx.waiting = undefined;
  ctx.token += 1;
  closeWatch(ctx, w.watch);
  step(ctx, result);
}

/** Ctrl-C: drop the command; close its watch so the API server stops sending, and what else it opened. */
function interrupt(ctx: KubectlContext): void {
  const w = ctx.waiting;
  if (w) closeWatch(ctx, w.watch);
  const close = ctx.onInterrupt;
  ctx.onInterrupt = undefined;
  if (close?.spec) apiRequest(ctx, close.spec, close.ref);
  closeStream(ctx);
  closeFollows(ctx);
  closeForward(ctx);
  ctx.waiting = undefined;
  ctx.pending = undefined;
  ctx.reading = false;
  ctx.editing = false;
  ctx.token += 1;
  ctx.program = undefined;
  ctx.job = undefined;
}

function finish(ctx: KubectlContext, code: number): void {
  closeStream(ctx);
  closeFollows(ctx);
  closeForward(ctx);
  ctx.onInterrupt = undefined;
  ctx.outbox.push({ type: 'kubectl.exit', job: ctx.job!, code });
  ctx.program = undefined;
  ctx.job = undefined;
}
