/**
 * Fallbacks. An image Pod Lab has no particular behaviour for still runs: its process
 * listens on the image's exposed TCP ports and answers 200, logs nothing, and ignores
 * SIGTERM as a PID 1 without a handler would. `pause` (the sandbox container) does nothing
 * at all until it is stopped, and does handle SIGTERM.
 */
import { forever, listen, type Behaviour, type Gen, type ProcessContext, type Program, type SigtermAction } from '../effects';

export function* genericServer(ctx: ProcessContext): Gen<number> {
  for (const p of ctx.image.config.exposedPorts) {
    const [port, proto] = p.split('/');
    if ((proto ?? 'tcp').toLowerCase() !== 'tcp') continue;
    const bound = yield* listen(Number(port), { handle: () => ({ status: 200, body: '' }) });
    if (!bound.ok) {
      yield { op: 'log', stream: 'stderr', text: `listen tcp :${port}: bind: address already in use` };
      return 1;
    }
  }
  return yield* forever();
}

/** Wrap a main generator as a Program that ends with the exit effect. */
export function program(main: (ctx: ProcessContext) => Gen<number>): (ctx: ProcessContext) => Program {
  return (ctx) =>
    (function* (): Program {
      const code = yield* main(ctx);
      yield { op: 'exit', code };
      return code;
    })();
}

/** `stop` defaults to a PID 1 with no handler; a Go binary (goproxy) dies with status 2. */
export function genericBehaviour(stop: SigtermAction = { action: 'ignore' }): Behaviour {
  return { start: program(genericServer), onSigterm: () => stop };
}

/** The pause container: sleeps until signalled; its handler exits at once with 0. */
export function pauseBehaviour(): Behaviour {
  return { start: program(() => forever()), onSigterm: () => ({ action: 'exit', afterMs: 0, code: 0 }) };
}

/** An executable that runs and exits with a code at once (node's REPL on an empty stdin). */
export function exitBehaviour(code: number, stderr: readonly string[] = []): Behaviour {
  return {
    start: program(function* () {
      for (const text of stderr) yield { op: 'log', stream: 'stderr', text };
      return code;
    }),
    onSigterm: () => ({ action: 'ignore' }),
  };
}
