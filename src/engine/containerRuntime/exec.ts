// CRI ExecSync (`kubectl exec`): a second process started in a running container's
// namespaces — its network, IPC, UTS and mount namespaces, and its PID namespace — that
// runs to completion; its stdout, stderr and exit code go back to the kubelet. Its network
// calls wait on the node's stack exactly as the container's main process would.
// CRI Exec with stdin open (`kubectl exec -it POD -- sh`): the same process, kept between
// the lines written to its stdin; each answer is what it wrote until it waits for the next.
import { execCommand, execFailure } from '../images';
import type { CriRequest } from './cri';
import { processContext } from './containers';
import { answerEffect } from './process';
import { ASYNC, isNetworkEffect, networkEffect } from './network';
import { criReply } from './reply';
import type { ExecRun, RuntimeContext } from './types';
import { registerNetworkTools } from '../nodeNet/tools/commands';

registerNetworkTools();

type ExecReq = Extract<CriRequest, { type: 'cri.ExecSync' | 'cri.Exec' }>;

/** Start `cmd` (ExecSync, or Exec without an `execId`), or write a line to an Exec's stdin. */
export function execSync(rt: RuntimeContext, req: ExecReq): void {
  if (req.type === 'cri.Exec' && req.execId !== undefined) return writeStdin(rt, req);
  const c = rt.containers.get(req.containerId);
  if (!c || c.state !== 'CONTAINER_RUNNING') {
    return criReply(rt, req, { ok: false, error: `failed to exec in container: container is in CONTAINER_EXITED state` });
  }
  const failure = execFailure(c.image, req.cmd);
  if (failure) {
    const execId = rt.rng.hex(64);
    return criReply(rt, req, { ok: false, error: `failed to exec in container: failed to start exec "${execId}": ${failure}` });
  }
  const sandbox = rt.sandboxes.get(c.sandboxId)!;
  const ctx = processContext(rt, c, sandbox);
  ctx.argv = req.cmd;
  ctx.tty = req.tty === true;
  if (req.type === 'cri.ExecSync' && req.stdin !== undefined) ctx.stdinText = req.stdin;
  const open = req.type === 'cri.Exec';
  if (open) ctx.stdinOpen = true;
  const id = rt.rng.hex(64);
  // runc's exec passes through its init's stages in the namespace first: the first exec is 7.
  const pid = (c.lastPid ?? 1) + 6;
  c.lastPid = pid;
  ctx.pid = pid;
  const run: ExecRun = { id, containerId: c.id, request: req, program: execCommand(c.image, req.cmd, ctx), ctx, stdout: '', stderr: '', token: 0, pid, dnsCache: new Map() };
  if (open) run.stdin = { lines: [], closed: false };
  rt.execs.set(id, run);
  runExec(rt, run, undefined);
}

/** A line for an Exec's stdin (or its end): read at once if the process waits for one. */
function writeStdin(rt: RuntimeContext, req: Extract<ExecReq, { type: 'cri.Exec' }>): void {
  const run = rt.execs.get(req.execId ?? '');
  if (!run?.stdin) return criReply(rt, req, { ok: false, error: `failed to write to exec "${req.execId ?? ''}": no such exec session` });
  run.request = req;
  if (req.stdin !== undefined) run.stdin.lines.push(req.stdin);
  if (req.eof) run.stdin.closed = true;
  if (run.stdin.waiting === undefined) return;
  run.stdin.waiting = undefined;
  runExec(rt, run, readStdin(run));
}

/** The next line of an Exec's stdin; `undefined` once it is closed and read to the end. */
function readStdin(run: ExecRun): string | undefined {
  const line = run.stdin!.lines.shift();
  if (line !== undefined) run.dnsCache.clear();
  return line;
}

/** Run the exec'd program until it waits (sleep, network) or exits. */
export function runExec(rt: RuntimeContext, run: ExecRun, answer: unknown): void {
  const c = rt.containers.get(run.containerId);
  if (!c || c.state !== 'CONTAINER_RUNNING') return finish(rt, run, 137);
  run.awaiting = undefined;
  let input = answer;
  for (let steps = 0; steps < 2000; steps++) {
    const r = run.program.next(input);
    if (r.done) return finish(rt, run, r.value ?? 0);
    const e = r.value;
    if (e.op === 'exit') return finish(rt, run, e.code);
    if (e.op === 'log' || e.op === 'logLines') {
      const text = e.op === 'log' ? e.text + '\n' : e.lines.map((l) => l + '\n').join('');
      if (e.stream === 'stdout') run.stdout += text;
      else run.stderr += text;
      input = undefined;
      continue;
    }
    if (e.op === 'sleep') return wake(rt, run, e.ms);
    if (e.op === 'stdin' && run.stdin) {
      // A line already written is read at once; otherwise the process waits for one, and
      // what it wrote since the last line goes back with its prompt.
      if (run.stdin.lines.length > 0 || run.stdin.closed) {
        input = readStdin(run);
        continue;
      }
      run.stdin.waiting = e.prompt;
      return answerSoFar(rt, run);
    }
    if (isNetworkEffect(e)) {
      const out = networkEffect(rt, { kind: 'exec', execId: run.id }, c, e, run.dnsCache);
      if (out === ASYNC) {
        run.awaiting = 'net';
        return;
      }
      input = out;
      continue;
    }
    input = answerEffect(rt, c, e);
  }
  wake(rt, run, 1);
}

function wake(rt: RuntimeContext, run: ExecRun, ms: number): void {
  run.token += 1;
  rt.timers.push({ id: `exec:${run.id}:${run.token}`, ms, event: { type: 'rt.execWake', execId: run.id, token: run.token } });
}

export function onExecWake(rt: RuntimeContext, e: { execId: string; token: number }): void {
  const run = rt.execs.get(e.execId);
  if (run && run.token === e.token) runExec(rt, run, undefined);
}

function answerSoFar(rt: RuntimeContext, run: ExecRun): void {
  criReply(rt, run.request, { ok: true, execId: run.id, stdout: run.stdout, stderr: run.stderr, prompt: run.stdin?.waiting ?? '' });
  run.stdout = '';
  run.stderr = '';
}

function finish(rt: RuntimeContext, run: ExecRun, code: number): void {
  if (!rt.execs.delete(run.id)) return;
  const exited = run.stdin ? { execId: run.id, exited: true } : {};
  criReply(rt, run.request, { ok: true, stdout: run.stdout, stderr: run.stderr, exitCode: code, ...exited });
}
