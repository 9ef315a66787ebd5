import { flat } from '../runtime/strings';
import type { CriRequest, LogChunk } from './cri';
import { criReply } from './reply';
import type { ContainerRecord, LogFollower, LogLine, RuntimeContext } from './types';

/** How many distinct lines the node remembers for sharing before it starts afresh. */
const SHARED_LINES = 1024;

/**
 * One line the process wrote, stamped with the node's virtual time (what `kubectl logs` reads).
 * Containers of one image write the same lines (nginx's start-up notices, stamped to the
 * second), and the node keeps every container's log for the whole run: a line written
 * again is stored as the string already kept, not as a copy per container.
 */
export function appendLog(rt: RuntimeContext, c: ContainerRecord, stream: 'stdout' | 'stderr', text: string): void {
  let kept = rt.logTexts.get(text);
  if (kept === undefined) {
    if (rt.logTexts.size >= SHARED_LINES) rt.logTexts.clear();
    kept = flat(text);
    rt.logTexts.set(kept, kept);
  }
  c.logs.push({ t: rt.net.now(), stream, text: kept });
  if (c.followers) tellFollowers(rt, c, [kept]);
}

/**
 * Several lines written at once, kept as one entry holding the process's own list: the
 * lines an image writes as it starts are the same list in every container of the image,
 * which a thousand nginx Pods would otherwise keep as ~47 entries each.
 */
export function appendLogLines(rt: RuntimeContext, c: ContainerRecord, stream: 'stdout' | 'stderr', lines: readonly string[]): void {
  if (lines.length === 0) return;
  c.logs.push({ t: rt.net.now(), stream, lines });
  if (c.followers) tellFollowers(rt, c, lines);
}

/** A log line as ReadLogs gives it: with `timestamps`, the RFC 3339 time it was written first. */
export function logText(rt: RuntimeContext, t: number, text: string, timestamps: boolean | undefined): string {
  return (timestamps ? `${rfc3339Nano(rt.epoch + t)} ` : '') + text + '\n';
}

/** `kubectl logs -f`: the lines just written go to every reader following the container. */
function tellFollowers(rt: RuntimeContext, c: ContainerRecord, lines: readonly string[]): void {
  const t = rt.net.now();
  for (const f of c.followers!) send(rt, f, { text: lines.map((l) => logText(rt, t, l, f.timestamps)).join('') });
}

/** The container exited or went: its followed logs end. */
export function endFollowers(rt: RuntimeContext, c: ContainerRecord): void {
  const followers = c.followers;
  if (!followers) return;
  c.followers = undefined;
  for (const f of followers) send(rt, f, { text: '', end: true });
}

/** Stop sending to a reader that went away. */
function unfollow(c: ContainerRecord, requestId: string): void {
  c.followers = c.followers?.filter((f) => f.requestId !== requestId);
  if (c.followers?.length === 0) c.followers = undefined;
}

function send(rt: RuntimeContext, f: LogFollower, chunk: { text: string; end?: boolean }): void {
  const event: LogChunk = Object.assign({ type: 'cri.logChunk' as const, requestId: f.requestId }, chunk);
  rt.net.post(rt.self, { to: f.replyTo, event, kind: 'ReadLogs.chunk', detail: chunk.end ? { end: true } : { bytes: chunk.text.length } });
}

/** The container's log, one line per entry, in the order written. */
export function logLines(c: ContainerRecord): LogLine[] {
  const out: LogLine[] = [];
  for (const l of c.logs) {
    if ('text' in l) out.push(l);
    else for (const text of l.lines) out.push({ t: l.t, stream: l.stream, text });
  }
  return out;
}

/** `2026-01-05T09:10:01.123456789Z`: the timestamp the kubelet's log files carry (RFC 3339 with nanoseconds). */
function rfc3339Nano(epochMs: number): string {
  const whole = Math.floor(epochMs);
  const nanos = Math.round((epochMs - whole) * 1e6) + (whole % 1000) * 1e6;
  return new Date(whole - (whole % 1000)).toISOString().replace('.000Z', `.${String(nanos).padStart(9, '0')}Z`);
}

/** The container's log as `kubectl logs` prints it: each line the process wrote, in order. */
export function readLogs(rt: RuntimeContext, req: Extract<CriRequest, { type: 'cri.ReadLogs' }>): void {
  const c = rt.containers.get(req.containerId);
  // Closing a followed log needs no answer: the reader has gone.
  if (req.unfollow !== undefined) return void (c && unfollow(c, req.unfollow));
  if (!c) return criReply(rt, req, { ok: false, error: `failed to try resolving symlinks in path "/var/log/pods/${req.containerId}.log": no such file or directory` });
  const all = logLines(c);
  const recent = req.since !== undefined ? all.filter((l) => l.t >= req.since!) : all;
  const lines = req.tailLines !== undefined ? recent.slice(-req.tailLines) : recent;
  const logs = lines.map((l) => logText(rt, l.t, l.text, req.timestamps)).join('');
  // Following a running container: what it writes from now on goes to the reader too.
  const following = req.follow === true && c.state === 'CONTAINER_RUNNING';
  if (following) (c.followers ??= []).push({ requestId: req.requestId, replyTo: req.replyTo, timestamps: req.timestamps === true });
  criReply(rt, req, following ? { ok: true, logs, following } : { ok: true, logs });
}
