// `kubectl exec -it POD -- sh`: a shell in the container, one typed line at a time. Each
// line runs there as the shell would run it (`sh -c LINE`, in the directory `cd` moved
// to), through the API server and the node's kubelet as any exec does; `exit [N]` (or the
// end of input) ends the session, with the shell's exit code. The prompt is the one the
// image's shell prints for root: `/ # ` for busybox's and alpine's ash, `# ` for dash,
// `root@POD:/# ` for bash.
import { err, out, readLine, type KubectlEffect, type KubectlProgram } from '../program';
import { execIn, type ExecResult } from './podTarget';

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
  /** The shell named after `--` (`sh`, `/bin/bash`). */
  shell: string;
  image: string;
}


function prompt(target: ShellTarget, cwd: string): string {
  const shell = target.shell.split('/').pop() ?? 'sh';
  if (shell === 'bash') return `root@${target.pod}:${cwd}# `;
  if (/busybox|alpine/.test(target.image)) return `${cwd} # `;
  return '# ';
}

/** Single quotes for a path in the command line the shell runs. */
function quoted(path: string): string {
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

/** One line, run by the container's shell as `kubectl exec` runs a command. */
function* runLine(target: ShellTarget, script: string): Step<ExecResult | { error: string }> {
  const r = yield* execIn(target.ns, target.pod, target.container, [target.shell, '-c', script], { tty: true, stdin: true });
  return 'refused' in r ? { error: `error: ${r.refused.status?.message ?? 'unable to upgrade connection'}` } : r;
}

/**
 * The session: prompt, read a line, run it, print what it wrote; `cd` changes the
 * directory later lines run in. Ends with `exit [N]` or the end of input; a non-zero
 * status is reported as kubectl reports it.
 */
export function* shellSession(target: ShellTarget): KubectlProgram {
  let cwd = '/';
  let status = 0;
  for (;;) {
    const line = yield* readLine(prompt(target, cwd));
    if (line === undefined) break;
    const text = line.trim();
    if (text === '') continue;
    const exit = /^exit(?:\s+(\d+))?$/.exec(text);
    if (exit) {
      status = exit[1] === undefined ? status : Number(exit[1]) % 256;
      break;
    }
    const cd = /^cd(?:\s+(\S+))?$/.exec(text);
    const script = cd ? `cd ${quoted(cwd)} && cd ${cd[1] ?? '/root'} && pwd` : cwd === '/' ? text : `cd ${quoted(cwd)} && ${text}`;
    const r = yield* runLine(target, script);
    if ('error' in r) {
      yield* err(r.error + '\n');
      return 1;
    }
    status = r.code;
    if (cd && r.code === 0) cwd = r.stdout.trim() || cwd;
    else if (r.stdout) yield* out(r.stdout);
    if (r.stderr) yield* err(r.stderr);
  }
  if (status !== 0) yield* err(`command terminated with exit code ${status}\n`);
  return status;
}
