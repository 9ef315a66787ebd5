/**
 * A container (or `kubectl exec`) whose process is a shell or one of the simulated
 * commands: `sh -c '…'`, `sleep 3600`, `wget -O /work-dir/index.html …`, `printenv HOSTNAME`.
 * Such a process is PID 1 with no signal handler, so SIGTERM is ignored — unless it is a
 * server with its own (nginx started from a script).
 */
import type { Behaviour, Program, ProcessContext, SigtermAction } from '../effects';
import type { ImageManifest } from '../types';
import { getCommand, imageHas, baseName, type CommandImpl, type CommandIO } from '../shell/registry';
import { shellBehaviour, SHELL_NAMES } from '../shell/sh';
import { LogSink } from '../shell/sinks';

/** Run one registered command as a whole process: output to the log, then the exit effect. */
export function commandProgram(impl: CommandImpl, argv: string[], ctx: ProcessContext, onStop?: (h: (signal: string) => SigtermAction) => void): Program {
  return (function* (): Program {
    const out = new LogSink('stdout');
    const err = new LogSink('stderr');
    const io: CommandIO = {
      argv,
      env: { ...ctx.env },
      stdin: ctx.stdinText ?? '',
      cwd: ctx.image.config.workingDir || '/',
      ctx,
      flavour: ctx.image.shell,
      busybox: ctx.image.shell === 'ash',
      stdoutTty: ctx.tty === true,
      out: (t) => out.write(t),
      err: (t) => err.write(t),
    };
    if (onStop) io.onStop = onStop;
    const gen = impl(io);
    let step = gen.next();
    while (!step.done) {
      yield* out.flush();
      yield* err.flush();
      step = gen.next(yield step.value);
    }
    yield* out.flush(true);
    yield* err.flush(true);
    yield { op: 'exit', code: step.value };
    return step.value;
  })();
}

/** A behaviour for argv when the image has that shell or command; undefined otherwise. */
export function commandBehaviour(image: ImageManifest, argv: string[]): Behaviour | undefined {
  const name = baseName(argv[0] ?? '');
  if (SHELL_NAMES.has(name) && imageHas(image, argv[0] ?? '')) return shellBehaviour(argv);
  const impl = getCommand(name);
  if (!impl || !imageHas(image, argv[0] ?? '')) return undefined;
  let stop: ((signal: string) => SigtermAction) | undefined;
  return {
    start: (ctx) =>
      commandProgram(impl, argv, ctx, (h) => {
        stop = h;
      }),
    onSigterm: (_ctx, signal = 'SIGTERM') => (stop ? stop(signal) : { action: 'ignore' }),
  };
}
