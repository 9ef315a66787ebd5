/**
 * Containers are processes with behaviour. This is the face the container runtime uses:
 * Kubernetes' command/args rules (`effectiveArgv`), the behaviour of an image's process
 * (`behaviourFor`), one-off commands for `kubectl exec` (`execCommand`), the failures
 * containerd reports when the executable is missing, and the command registry other
 * work extends (`registerCommand`).
 */
import { effectiveArgv } from './argv';
import { resolveBehaviour } from './behaviours/dispatch';
import { commandProgram } from './behaviours/command';
import type { Behaviour, ProcessContext, Program } from './effects';
import { registerBuiltinCommands } from './shell/commands/index';
import { baseName, getCommand, imageHas } from './shell/registry';
import { shellBehaviour, SHELL_NAMES } from './shell/sh';
import type { ImageManifest } from './types';

export { effectiveArgv };

export type {
  Behaviour,
  Effect,
  FileView,
  Gen,
  HttpRequest,
  HttpResponse,
  ProcessContext,
  Program,
  Server,
  SigtermAction,
} from './effects';
export { registerCommand, type CommandImpl, type CommandIO } from './shell/registry';

registerBuiltinCommands();

/** The behaviour of a container's main process. Call it once per container start. */
export function behaviourFor(image: ImageManifest, command: string[] | undefined, args: string[] | undefined): Behaviour {
  return resolveBehaviour(image, effectiveArgv(image.config, command, args));
}

function executableFound(image: ImageManifest, argv0: string): boolean {
  return imageHas(image, argv0) || (argv0.startsWith('/') && image.files[argv0] !== undefined);
}

function notFoundDetail(argv0: string): string {
  return argv0.includes('/') ? `exec: "${argv0}": stat ${argv0}: no such file or directory` : `exec: "${argv0}": executable file not found in $PATH`;
}

/**
 * containerd's error when the container's executable does not exist (reason StartError,
 * exit code 128), or undefined when it can start.
 */
export function startFailure(image: ImageManifest, command?: string[], args?: string[]): string | undefined {
  const argv = effectiveArgv(image.config, command, args);
  const argv0 = argv[0];
  if (argv0 === undefined) return 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: no command specified: unknown';
  if (executableFound(image, argv0)) return undefined;
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${notFoundDetail(argv0)}: unknown`;
}

/** The runtime's error for `kubectl exec` of a missing executable, or undefined. */
export function execFailure(image: ImageManifest, argv: string[]): string | undefined {
  const argv0 = argv[0];
  if (argv0 === undefined || executableFound(image, argv0)) return undefined;
  return `OCI runtime exec failed: exec failed: unable to start container process: ${notFoundDetail(argv0)}: unknown`;
}

/**
 * A one-off command in a running container (`kubectl exec web -- cat /etc/hostname`,
 * `-- sh -c 'echo $HOSTNAME'`). Its output is `log` effects (the exec stream), its end the
 * exit effect. Check `execFailure` first: a missing executable never starts.
 */
export function execCommand(image: ImageManifest, argv: string[], ctx: ProcessContext): Program {
  const name = baseName(argv[0] ?? '');
  if (SHELL_NAMES.has(name)) return shellBehaviour(argv).start(ctx);
  const impl = getCommand(name);
  if (impl) return commandProgram(impl, argv, ctx);
  return (function* (): Program {
    const detail = execFailure(image, argv) ?? `${name}: this command is not simulated in Pod Lab`;
    yield { op: 'log', stream: 'stderr', text: detail };
    yield { op: 'exit', code: 126 };
    return 126;
  })();
}
