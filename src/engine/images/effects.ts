/**
 * A container's main process is a generator of effects that the container runtime
 * interprets on virtual time: it logs, sleeps, binds ports, resolves names, makes HTTP
 * requests, reads and writes files, and finally exits. The runtime answers each effect
 * (the value passed back into the generator); the helpers below yield one effect and
 * narrow the answer, so behaviours read as ordinary code: `const r = yield* readFile(p)`.
 */
import type { ImageManifest } from './types';

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  remoteAddr: string;
  /** Virtual time of the request, epoch ms (nginx stamps its access log with it). */
  time?: number;
  /** The local port the request arrived on. */
  port?: number;
}

export interface HttpResponse {
  status: number;
  /** The status line when it is not `HTTP/1.1 <status> <standard reason>`: Python's `HTTP/1.0 404 File not found`. */
  statusLine?: string;
  headers?: Record<string, string>;
  body: string;
  /** Lines the server writes to stdout while answering (an access log, kubia's line). */
  log?: string[];
  /** Lines it writes to stderr (nginx's error log). */
  errorLog?: string[];
}

export interface Server {
  handle(req: HttpRequest, ctx: ProcessContext): HttpResponse;
}

/** A synchronous view of the container's files (image + volumes), for servers. */
export interface FileView {
  read(path: string): string | undefined;
  isDir(path: string): boolean;
  /** A directory's entry names (hidden ones too), undefined when it is none. */
  list?(path: string): string[] | undefined;
  /** What `stat` answers, undefined for a missing path. */
  stat?(path: string): FileStat | undefined;
}

export interface ProcessContext {
  hostname: string;
  env: Record<string, string>;
  argv: string[];
  image: ImageManifest;
  podIP?: string;
  /** Epoch ms on the sandbox's virtual clock; absent means time 0 (1970-01-01). */
  now?: () => number;
  /** CPUs of the node: nginx starts one worker per CPU. Default 2. */
  cpus?: number;
  /** The node's memory in KiB (ps's %MEM). */
  memKb?: number;
  /** The container's files, when the runtime offers a synchronous view. */
  files?: FileView;
  /** `stdin: true` (kubectl run -it): a bare shell waits for input instead of exiting. */
  stdinOpen?: boolean;
  /**
   * What the process's stdin holds when it is a pipe already written and closed
   * (`cat f | kubectl exec -i web -- sh -c 'cat > /tmp/f'`); absent: empty.
   */
  stdinText?: string;
  /** A terminal is attached (`tty: true`, `kubectl exec -t`): curl then draws no progress meter. */
  tty?: boolean;
  /** The process's ID in its PID namespace (`$$`); a container's own process is 1. */
  pid?: number;
}

/** ENOTSIM: a file of the image whose bytes Pod Lab does not hold (a program, a script it does not reproduce). */
export type FsError = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EACCES' | 'EROFS' | 'EEXIST' | 'ENOTEMPTY' | 'ENOTSIM';

export type Effect =
  | { op: 'log'; stream: 'stdout' | 'stderr'; text: string }
  /** Several lines at once on one stream, as `log` one after another would write them. */
  | { op: 'logLines'; stream: 'stdout' | 'stderr'; lines: readonly string[] }
  | { op: 'sleep'; ms: number }
  | { op: 'listen'; port: number; protocol: 'TCP' | 'UDP'; serve: Server }
  | { op: 'resolve'; name: string }
  | { op: 'http'; method: 'GET' | 'HEAD'; url: string; headers?: Record<string, string>; timeoutMs?: number }
  | { op: 'readFile'; path: string }
  | { op: 'writeFile'; path: string; text: string; append?: boolean }
  /** Pod Lab extensions for `ls`, `test -f`, `rm`, `mkdir`, `kill`/`nginx -s quit`, memory use. */
  | { op: 'stat'; path: string }
  | { op: 'readDir'; path: string }
  | { op: 'remove'; path: string }
  | { op: 'mkdir'; path: string; parents: boolean }
  | { op: 'kill'; process: string; signal: string }
  | { op: 'allocate'; bytes: number }
  /** The next line on stdin, once one is written to it (`kubectl run -it`); `prompt` is what a terminal shows meanwhile. */
  | { op: 'stdin'; prompt: string }
  | { op: 'exit'; code: number };

export type Program = Generator<Effect, number, unknown>;
/** A piece of a program: yields effects, returns a value. */
export type Gen<T> = Generator<Effect, T, unknown>;

export type SigtermAction =
  | { action: 'exit'; afterMs: number; code: number; log?: string[]; stream?: 'stdout' | 'stderr' }
  | { action: 'ignore'; log?: string[] };

export interface Behaviour {
  start(ctx: ProcessContext): Program;
  /**
   * What the stop signal does. `signal` is the image's STOPSIGNAL when it has one
   * (nginx: SIGQUIT), else SIGTERM. 'ignore' models PID 1 without a handler: the kubelet
   * then waits out the grace period and the runtime sends SIGKILL (exit 137).
   */
  onSigterm(ctx: ProcessContext, signal?: string): SigtermAction;
}

export type ListenAnswer = { ok: true } | { ok: false; error: string };
export type ResolveAnswer =
  | { ok: true; ips: string[]; name?: string; server?: string }
  | { ok: false; error?: string; name?: string; server?: string };
export type HttpAnswer =
  | { ok: true; status: number; body: string; headers?: Record<string, string>; statusLine?: string; ip?: string; elapsedMs?: number }
  | { ok: false; error: string; ip?: string; elapsedMs?: number };
export type ReadAnswer = { ok: true; text: string } | { ok: false; error: FsError };
export type DoneAnswer = { ok: true } | { ok: false; error: FsError };
/** What `stat(2)` says of a path, as `ls -l` and `stat` print it. */
export interface FileStat {
  /** What the path is, a symbolic link followed. */
  type: 'file' | 'dir';
  /** Bytes (UTF-8 for text); a directory's 4096. */
  size: number;
  /** Permission bits: `0o644`, `0o755`, `0o1777` with the sticky bit (/tmp). */
  mode: number;
  nlink: number;
  owner: string;
  group: string;
  /** Last modification, epoch ms on the virtual clock. */
  mtime: number;
  /** The path itself is a symbolic link to this (`lstat`): a configMap volume's `key -> ..data/key`. */
  link?: string;
  /** A file of the image whose size Pod Lab could not check (`size` is then 0): `ls -l` shows `?`. */
  sizeUnknown?: boolean;
}
export type StatAnswer = ({ ok: true } & FileStat) | { ok: false; error: FsError };
export type DirAnswer = { ok: true; entries: string[] } | { ok: false; error: FsError };

/** Bytes of a text in UTF-8: what `ls -l` and `Content-Length` count. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2;
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

function hasOk(a: unknown): a is { ok: boolean } {
  return typeof a === 'object' && a !== null && typeof (a as { ok?: unknown }).ok === 'boolean';
}

/** Trust the runtime's answer when it has the right shape; otherwise assume failure. */
function answer<T extends { ok: boolean }>(a: unknown, failure: T): T {
  return hasOk(a) ? (a as T) : failure;
}

export function* log(stream: 'stdout' | 'stderr', text: string): Gen<void> {
  yield { op: 'log', stream, text };
}

export function* sleep(ms: number): Gen<void> {
  yield { op: 'sleep', ms };
}

export function* listen(port: number, serve: Server, protocol: 'TCP' | 'UDP' = 'TCP'): Gen<ListenAnswer> {
  return answer<ListenAnswer>(yield { op: 'listen', port, protocol, serve }, { ok: true });
}

export function* resolve(name: string): Gen<ResolveAnswer> {
  return answer<ResolveAnswer>(yield { op: 'resolve', name }, { ok: false, error: 'NXDOMAIN' });
}

/** An HTTP request; `timeoutMs` ends a connection nobody answers (curl -m, wget -T) instead of the kernel's 127 s. */
export function* httpGet(url: string, headers?: Record<string, string>, method: 'GET' | 'HEAD' = 'GET', timeoutMs?: number): Gen<HttpAnswer> {
  const effect: Effect = { op: 'http', method, url };
  if (headers) effect.headers = headers;
  if (timeoutMs !== undefined) effect.timeoutMs = timeoutMs;
  return answer<HttpAnswer>(yield effect, { ok: false, error: 'ECONNREFUSED' });
}

export function* readFile(path: string): Gen<ReadAnswer> {
  return answer<ReadAnswer>(yield { op: 'readFile', path }, { ok: false, error: 'ENOENT' });
}

export function* writeFile(path: string, text: string, append = false): Gen<DoneAnswer> {
  const effect: Effect = { op: 'writeFile', path, text };
  if (append) effect.append = true;
  return answer<DoneAnswer>(yield effect, { ok: true });
}

export function* stat(path: string): Gen<StatAnswer> {
  return answer<StatAnswer>(yield { op: 'stat', path }, { ok: false, error: 'ENOENT' });
}

export function* readDir(path: string): Gen<DirAnswer> {
  return answer<DirAnswer>(yield { op: 'readDir', path }, { ok: false, error: 'ENOENT' });
}

export function* remove(path: string): Gen<DoneAnswer> {
  return answer<DoneAnswer>(yield { op: 'remove', path }, { ok: false, error: 'ENOENT' });
}

export function* mkdir(path: string, parents: boolean): Gen<DoneAnswer> {
  return answer<DoneAnswer>(yield { op: 'mkdir', path, parents }, { ok: true });
}

/** Signal processes by name (`killall`, `nginx -s quit`); false when none matched. */
export function* killProcess(process: string, signal: string): Gen<boolean> {
  const a = yield { op: 'kill', process, signal };
  return hasOk(a) ? a.ok : false;
}

export function* allocate(bytes: number): Gen<void> {
  yield { op: 'allocate', bytes };
}

/** End a program: yield the exit effect, then return the code. */
export function* exit(code: number): Gen<number> {
  yield { op: 'exit', code };
  return code;
}

/** The virtual time of the process, epoch ms. */
export function nowOf(ctx: ProcessContext): number {
  return ctx.now ? ctx.now() : 0;
}

/**
 * Emit several lines on one stream: one effect for the lot (a server's start-up banner is
 * dozens of lines, and every container of its image writes it).
 */
export function* logLines(stream: 'stdout' | 'stderr', lines: readonly string[]): Gen<void> {
  if (lines.length > 0) yield { op: 'logLines', stream, lines };
}

/** Sleep for ever (a server's main loop after it has bound its port). */
export function* forever(): Gen<number> {
  for (;;) yield { op: 'sleep', ms: 86_400_000 };
}
