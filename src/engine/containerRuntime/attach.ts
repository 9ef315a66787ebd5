// CRI Attach (`kubectl run -it`): the stream to a running container's main process. A line
// written to it goes to the process's stdin; the answer is what the process printed until
// it next waits on stdin (with the prompt its terminal shows then) or exits. A process
// that never reads stdin (nginx) gets the line queued, and the answer comes at once.
import type { CriRequest } from './cri';
import { appendLog, runProcess } from './process';
import { criReply } from './reply';
import type { ContainerRecord, RuntimeContext } from './types';

type AttachReq = Extract<CriRequest, { type: 'cri.Attach' }>;

export function attach(rt: RuntimeContext, req: AttachReq): void {
  const c = rt.containers.get(req.containerId);
  if (!c || c.state !== 'CONTAINER_RUNNING') return criReply(rt, req, { ok: false, error: 'cannot attach to a stopped container' });
  if (req.stdin === undefined) return criReply(rt, req, { ok: true, stdout: '', ...(c.readingStdin !== undefined ? { prompt: c.readingStdin } : {}) });
  (c.stdin ??= []).push(req.stdin);
  if (c.readingStdin === undefined) return criReply(rt, req, { ok: true, stdout: '' });
  // A terminal echoes what is typed at the prompt, and the container's log keeps it: what
  // kubectl warns about when it attaches.
  if (c.config.tty) appendLog(rt, c, 'stdout', c.readingStdin + req.stdin);
  c.attach = { request: req, logFrom: c.logs.length };
  c.readingStdin = undefined;
  c.process?.dnsCache.clear();
  runProcess(rt, c, c.stdin.shift());
}

/** The process waits on stdin again, or has exited: answer the attach call waiting for that. */
export function settleAttach(rt: RuntimeContext, c: ContainerRecord): void {
  const pending = c.attach;
  if (!pending) return;
  c.attach = undefined;
  let stdout = '';
  for (const entry of c.logs.slice(pending.logFrom)) stdout += ('text' in entry ? [entry.text] : entry.lines).map((line) => line + '\n').join('');
  if (c.state === 'CONTAINER_EXITED') return criReply(rt, pending.request, { ok: true, stdout, exited: true, exitCode: c.exitCode ?? 0 });
  criReply(rt, pending.request, { ok: true, stdout, ...(c.readingStdin !== undefined ? { prompt: c.readingStdin } : {}) });
}
