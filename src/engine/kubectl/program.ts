import type { KubeObject } from '../api/objects';
import type { ApiResponse, LogStreamChunk, WatchNotification } from '../api/protocol';
import type { RequestSpec } from '../api/client';
import type { Detail, ObjectRef, Step } from '../runtime/trace';
import type { Payload } from '../nodeNet/types';

/**
 * What a kubectl command does, one step at a time. A command is a generator that yields
 * these effects; the kubectl actor carries them out (a REST call to the API server, a
 * watch, a pause) and resumes the command with the result. Commands read as plain
 * sequential code and never touch cluster state themselves.
 */
export type KubectlEffect =
  /** `detail` adds to what the trace says of the request (what it is for, when its URL does not say). */
  | { op: 'request'; spec: RequestSpec; ref?: ObjectRef; detail?: Detail }
  | { op: 'waitFor'; watch: WaitSpec; until: (obj: KubeObject | undefined, event: WatchNotification['event'] | 'INITIAL') => boolean; timeoutMs: number }
  | { op: 'watch'; stream: WatchStream; timeoutMs: number }
  | { op: 'sleep'; ms: number }
  | { op: 'read'; prompt: string }
  /** The next chunk of any log this command follows (a response that said `following`); undefined after `timeoutMs` (0: never). */
  | { op: 'logChunk'; timeoutMs: number }
  /** What to send if the command is interrupted (Ctrl-C): close what it opened. Without `spec`, nothing. */
  | { op: 'onInterrupt'; spec?: RequestSpec; ref?: ObjectRef }
  | { op: 'note'; kind: string; step?: Step; ref?: ObjectRef; detail?: Detail }
  /** `length` random characters from the alphabet of generated names (apimachinery util/rand.String), from kubectl's own seeded stream. */
  | { op: 'random'; length: number }
  /** The kubeconfig's context now names this namespace ('' for none): later commands work in it. */
  | { op: 'kubeconfig'; namespace: string }
  /** Write a file in the laptop's working directory (`kubectl cp POD:FILE FILE`). */
  | { op: 'writeLocal'; path: string; text: string }
  /** Remove a file from the laptop (`kubectl edit` cleaning up its temp file). */
  | { op: 'removeLocal'; path: string }
  /** `kubectl edit`: run the editor on a laptop file and wait for it to be closed; answered with an EditorResult. */
  | { op: 'editor'; editor: EditorCommand; path: string }
  /** A uint32 from kubectl's own seeded stream, as Go's os.CreateTemp draws for a temp file's name. */
  | { op: 'randomUint32' }
  /** kubectl port-forward: listen on a laptop port (0: any free one); answered with a Listened. */
  | { op: 'listen'; port: number }
  /** The port-forward stream this API response opened: its end is the forward's end. */
  | { op: 'stream'; id: string }
  /** The next connection to a listened port, or the stream's loss (a ForwardEvent). */
  | { op: 'accept' }
  /** Answer a forwarded connection (no payload: close it without a byte). */
  | { op: 'answer'; deliveryId: string; payload?: Payload }
  | { op: 'out'; text: string }
  | { op: 'err'; text: string }
  | { op: 'diagnostic'; diagnostic: Diagnostic };

export interface WaitSpec {
  resource: string;
  groupVersion: string;
  namespace?: string;
  name: string;
}

/** What `kubectl get -w` keeps watching: a resource in a namespace (or all), by selectors. */
export interface WatchStream {
  resource: string;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

/** Where in a source file an error points, so an editor can underline it. */
export interface Diagnostic {
  source: string;
  line: number;
  column: number;
  message: string;
}

/**
 * The editor kubectl starts (cmd/util/editor): `$KUBE_EDITOR` or `$EDITOR` split on spaces,
 * or, when it has quotes or backslashes, handed to `/bin/bash -c` (`shell`); `vi` without either.
 */
export interface EditorCommand {
  args: string[];
  shell: boolean;
}

/** How the editor ended: the file's text once it was closed, or why it could not run. */
export type EditorResult = { ok: true; text: string } | { ok: false; error: 'not-found' | 'failed' };

export type WaitResult = { ok: true; object: KubeObject | undefined } | { ok: false; timedOut: true; object: KubeObject | undefined };

export type KubectlProgram = Generator<KubectlEffect, number, unknown>;

/** What a command knows about where it runs: the laptop's files, stdin, the current time. */
export interface KubectlEnv {
  argv: string[];
  stdin?: string;
  /** The working directory's files on the laptop (path relative to it → content). */
  files: ReadonlyMap<string, string>;
  /** Wall-clock time as the cluster sees it (epoch ms), for AGE columns. */
  now(): number;
  /** The namespace commands work in: the kubeconfig context's, or `default`. */
  namespace: string;
  /** The namespace the kubeconfig's context names, if it names one (`kubectl config set-context --namespace`). */
  contextNamespace?: string;
  /** The kubeconfig's server: kubeadm writes the control plane's advertise address and port 6443. */
  server: string;
  /** The kubectl process's PID on the laptop (klog prints it in its error lines). */
  pid?: number;
  /** The process's environment: the shell's exported variables and the command's own `NAME=value` prefixes. */
  environ?: Readonly<Record<string, string>>;
}

export function* request(spec: RequestSpec, ref?: ObjectRef, detail?: Detail): Generator<KubectlEffect, ApiResponse, unknown> {
  return (yield { op: 'request', spec, ...(ref ? { ref } : {}), ...(detail ? { detail } : {}) }) as ApiResponse;
}

export function* out(text: string): Generator<KubectlEffect, void, unknown> {
  yield { op: 'out', text };
}

export function* err(text: string): Generator<KubectlEffect, void, unknown> {
  yield { op: 'err', text };
}

export function* note(kind: string, extra: { step?: Step; ref?: ObjectRef; detail?: Detail } = {}): Generator<KubectlEffect, void, unknown> {
  yield { op: 'note', kind, ...extra };
}

export function* waitFor(
  watch: WaitSpec,
  until: (obj: KubeObject | undefined, event: WatchNotification['event'] | 'INITIAL') => boolean,
  timeoutMs: number,
): Generator<KubectlEffect, WaitResult, unknown> {
  return (yield { op: 'waitFor', watch, until, timeoutMs }) as WaitResult;
}

/**
 * The next change to what `stream` selects: the first call opens the watch, later calls
 * take the changes in order. Undefined once `timeoutMs` has passed (0: never).
 */
export function* nextChange(stream: WatchStream, timeoutMs: number): Generator<KubectlEffect, WatchNotification | undefined, unknown> {
  return (yield { op: 'watch', stream, timeoutMs }) as WatchNotification | undefined;
}

/**
 * A line typed at `prompt` (written to the terminal first, as a shell writes its prompt);
 * undefined when input has ended.
 */
export function* readLine(prompt: string): Generator<KubectlEffect, string | undefined, unknown> {
  return (yield { op: 'read', prompt }) as string | undefined;
}

/** A random name suffix, as kubectl makes `debugger-xxxxx`. */
export function* randomSuffix(length: number): Generator<KubectlEffect, string, unknown> {
  return (yield { op: 'random', length }) as string;
}

export function* sleep(ms: number): Generator<KubectlEffect, void, unknown> {
  yield { op: 'sleep', ms };
}

/**
 * The next lines (or the end) of a log followed with `follow=true`, from whichever stream
 * has them first; undefined if none comes within `timeoutMs` (0: wait for ever).
 */
export function* nextLogChunk(timeoutMs: number): Generator<KubectlEffect, LogStreamChunk | undefined, unknown> {
  return (yield { op: 'logChunk', timeoutMs }) as LogStreamChunk | undefined;
}

/** What listen(2) gave: the port, or EADDRINUSE. */
export type Listened = { ok: true; port: number } | { ok: false; error: string; port: number };
