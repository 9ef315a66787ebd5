// The kubelet's exec endpoint (the API server proxies `pods/NAME/exec` to it): find the
// running instance of the container and ask the runtime to run the command in it (CRI
// ExecSync); hand stdout, stderr and the exit code back. With stdin (`-i`) the process
// stays (CRI Exec): later calls name its session and carry a line for its stdin, or its
// end. A container that is not running cannot be exec'd into — the kubelet says which
// container it could not find.
import type { CriResponse } from '../containerRuntime/cri';
import { criCall, runningId, statusOf } from './podActions';
import type { PodWorkerContext } from './podTypes';

export interface ExecRequest {
  /** exec runs a command; attach writes a line to the main process's stdin (CRI Attach). */
  type: 'kubelet.exec' | 'kubelet.attach';
  requestId: string;
  replyTo: string;
  container: string;
  query: Record<string, string>;
  body?: unknown;
  /** A line (or the end) written on a session an earlier call opened. */
  frame?: 'stdin';
}

function reply(ctx: PodWorkerContext, req: ExecRequest, code: number, body?: string, message?: string): void {
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: { type: 'kubelet.result', requestId: req.requestId, code, ...(body !== undefined ? { body } : {}), ...(message ? { message } : {}) },
    kind: (req.type === 'kubelet.attach' ? 'attach' : 'exec') + (req.frame ? '.stdin.response' : '.response'),
    detail: { code },
  });
}

/** What kubectl sends: the command to start, or a session's next line of stdin (none: its end). */
export interface ExecBody {
  command?: string[];
  session?: string;
  stdin?: string;
}

export function execInContainer(ctx: PodWorkerContext, req: ExecRequest): void {
  const id = runningId(statusOf(ctx, req.container));
  if (!id) return reply(ctx, req, 500, undefined, `unable to upgrade connection: container not found ("${req.container}")`);
  const body = (req.body ?? {}) as ExecBody;
  const tty = req.query.tty === 'true';
  const cmd = body.command ?? [];
  let requestId: string;
  // A typed line travels on the stream the runtime's streaming server keeps open.
  const frame = req.frame ? { frame: 'stdin' as const } : {};
  if (req.type === 'kubelet.attach') requestId = criCall(ctx, Object.assign({ type: 'cri.Attach' as const, containerId: id }, body.stdin !== undefined ? { stdin: body.stdin } : {}, frame), false);
  else if (body.session !== undefined) requestId = criCall(ctx, Object.assign({ type: 'cri.Exec' as const, containerId: id, cmd, execId: body.session }, body.stdin !== undefined ? { stdin: body.stdin } : { eof: true }, frame), false);
  else if (req.query.stdin === 'true' && body.stdin === undefined) requestId = criCall(ctx, { type: 'cri.Exec', containerId: id, cmd, tty }, false);
  else requestId = criCall(ctx, Object.assign({ type: 'cri.ExecSync' as const, containerId: id, cmd, timeoutSeconds: 0, tty }, body.stdin !== undefined ? { stdin: body.stdin } : {}), false);
  (ctx.execs ??= new Map()).set(requestId, req);
}

export function onExecResult(ctx: PodWorkerContext, res: CriResponse): void {
  const req = ctx.execs?.get(res.requestId);
  if (!req) return;
  ctx.execs!.delete(res.requestId);
  if (!res.ok) return reply(ctx, req, 500, undefined, `Internal error occurred: error ${req.type === 'kubelet.attach' ? 'attaching to' : 'executing command in'} container: ${res.error ?? ''}`);
  if (req.type === 'kubelet.attach') {
    const stream = Object.assign({ stdout: res.stdout ?? '' }, res.prompt !== undefined ? { prompt: res.prompt } : {}, res.exited ? { exited: true, exitCode: res.exitCode ?? 0 } : {});
    return reply(ctx, req, 200, JSON.stringify(stream));
  }
  if (res.method === 'Exec') {
    const end = res.exited ? { exited: true, exitCode: res.exitCode ?? 0 } : { prompt: res.prompt ?? '' };
    return reply(ctx, req, 200, JSON.stringify({ session: res.execId ?? '', stdout: res.stdout ?? '', stderr: res.stderr ?? '', ...end }));
  }
  reply(ctx, req, 200, JSON.stringify({ stdout: res.stdout ?? '', stderr: res.stderr ?? '', exitCode: res.exitCode ?? 0 }));
}
