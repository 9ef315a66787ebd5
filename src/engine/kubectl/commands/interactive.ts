// `kubectl exec -it POD -- sh`: a shell in the container, one typed line at a time. The
// shell is one process, started through the API server and the node's kubelet as any exec
// is, with its stdin kept open (CRI Exec); each line is written to it on that session.
// `exit [N]` (or the end of input) ends the session, with the shell's exit code. The prompt
// is the one the image's shell prints for root: `/ # ` for busybox's and alpine's ash, `# `
// for dash, `root@POD:/# ` for bash.
import { err, out, readLine, request, type KubectlEffect, type KubectlProgram } from '../program';

type Step<T> = Generator<KubectlEffect, T, unknown>;

/** Shells a terminal would talk to. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'zsh', 'dash']);

/**
 * A shell with no script (`sh`, `bash -il`; or no command at all: the image's own, a shell
 * for busybox or alpine) reads its commands from the terminal.
 */
export function interactiveShell(command: readonly string[]): boolean {
  if (command.length === 0) return true;
  const [shell, ...options] = command;
  return SHELLS.has(shell!.split('/').pop() ?? '') && options.every((o) => /^-[il]+$|^--login$/.test(o));
}

export interface ShellTarget {
  ns: string;
  pod: string;
  container: string;
  /** The shell and its options, as named after `--` (`sh`, `/bin/bash`, `bash -il`). */
  command: string[];
  /** `-t`: a terminal, on which the shell shows its prompt. */
  tty: boolean;
}

/** The session's answer to a line: what the shell wrote, and its prompt or its exit. */
interface SessionAnswer {
  session: string;
  stdout: string;
  stderr: string;
  prompt?: string;
  exited?: boolean;
  exitCode?: number;
}

/** The exec's query: the container, stdin, stdout and stderr, and a terminal with -t. */
function streams(target: ShellTarget): Record<string, string> {
  const query: Record<string, string> = { container: target.container, stdin: 'true', stdout: 'true', stderr: 'true' };
  if (target.tty) query.tty = 'true';
  return query;
}

/** A call on the session: start the shell (no `session`), or write a line to its stdin (none: its end). */
function execCall(target: ShellTarget, body: { command: string[] } | { session: string; stdin?: string }) {
  return {
    spec: { verb: 'create', resource: 'pods', subresource: 'exec', groupVersion: 'v1', namespace: target.ns, name: target.pod, query: streams(target), body, ...('session' in body ? { frame: 'stdin' as const } : {}) } as const,
    ref: { kind: 'Pod', namespace: target.ns, name: target.pod },
  };
}

function* call(target: ShellTarget, body: { command: string[] } | { session: string; stdin?: string }): Step<SessionAnswer | { error: string }> {
  const { spec, ref } = execCall(target, body);
  const res = yield* request(spec, ref);
  if (res.code >= 300) return { error: `error: ${res.status?.message ?? 'unable to upgrade connection'}` };
  return JSON.parse(String(res.body ?? '{}')) as SessionAnswer;
}

/**
 * The session: the shell starts once, with its stdin open, and keeps its state (directory,
 * variables) from line to line; each typed line goes to its stdin, and what it wrote comes
 * back with its next prompt. `exit [N]` (the shell's own) or the end of input ends it; a
 * non-zero status is reported as kubectl reports it.
 */
export function* shellSession(target: ShellTarget): KubectlProgram {
  let answer = yield* call(target, { command: target.command });
  // Ctrl-C drops the connection: the shell then reads the end of its input and exits.
  if (!('error' in answer)) yield { op: 'onInterrupt', ...execCall(target, { session: answer.session }) };
  for (;;) {
    if ('error' in answer) {
      yield* err(answer.error + '\n');
      return 1;
    }
    if (answer.stdout) yield* out(answer.stdout);
    if (answer.stderr) yield* err(answer.stderr);
    if (answer.exited) break;
    const line = yield* readLine(answer.prompt ?? '');
    answer = yield* call(target, line === undefined ? { session: answer.session } : { session: answer.session, stdin: line });
  }
  const status = answer.exitCode ?? 0;
  if (status !== 0) yield* err(`command terminated with exit code ${status}\n`);
  return status;
}
