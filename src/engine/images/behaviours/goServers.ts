/**
 * Small Go servers from the Kubernetes docs and samples: the `liveness` test server
 * (/healthz is 200 for ten seconds, then 500), agnhost's `netexec` and `serve-hostname`,
 * and Google's `hello-app`. A Go binary that never calls signal.Notify dies from SIGTERM —
 * as PID 1 the kernel drops the re-raised signal and the Go runtime exits with status 2.
 */
import { goLogTime, klogTime } from '../clock';
import { forever, listen, nowOf, type Behaviour, type Gen, type ProcessContext, type SigtermAction } from '../effects';
import { genericServer, program } from './generic';

/** Go's default SIGTERM handling for PID 1: exit status 2 at once. */
const goDefaultStop = (): SigtermAction => ({ action: 'exit', afterMs: 0, code: 2 });

function* livenessMain(ctx: ProcessContext): Gen<number> {
  const started = nowOf(ctx);
  const bound = yield* listen(8080, {
    handle(req, c) {
      const t = req.time ?? nowOf(c);
      const seconds = (t - started) / 1000;
      const path = req.path.split('?')[0];
      if (path === '/healthz') {
        return seconds > 10 ? { status: 500, body: `error: ${seconds}` } : { status: 200, body: 'ok' };
      }
      if (path === '/started') return { status: 200, body: `${seconds}s` };
      if (path === '/redirect') return { status: 302, headers: { Location: '/' }, body: '' };
      return { status: 404, body: '404 page not found\n' };
    },
  });
  if (!bound.ok) {
    yield { op: 'log', stream: 'stderr', text: `${goLogTime(nowOf(ctx))} listen tcp :8080: bind: address already in use` };
    return 1;
  }
  return yield* forever();
}

export function livenessBehaviour(): Behaviour {
  return { start: program(livenessMain), onSigterm: goDefaultStop };
}

function klog(ctx: ProcessContext, text: string): string {
  return `I${klogTime(nowOf(ctx))}       1 log.go:245] ${text}`;
}

function query(path: string, key: string): string {
  const m = new RegExp(`[?&]${key}=([^&]*)`).exec(path);
  return decodeURIComponent((m?.[1] ?? '').replace(/\+/g, ' '));
}

function* netexec(ctx: ProcessContext, args: readonly string[]): Gen<number> {
  const port = Number(args.find((a) => a.startsWith('--http-port='))?.split('=')[1] ?? 8080);
  const bound = yield* listen(port, {
    handle(req, c) {
      const path = req.path.split('?')[0] ?? '/';
      const log = [klog(c, `${req.method} ${req.path}`)];
      if (path === '/hostname') return { status: 200, body: c.hostname, log };
      if (path === '/echo') return { status: 200, body: query(req.path, 'msg'), log };
      if (path === '/clientip') return { status: 200, body: req.remoteAddr, log };
      if (path === '/healthz') return { status: 200, body: '', log };
      return { status: 200, body: `NOW: ${new Date(req.time ?? nowOf(c)).toISOString()}`, log };
    },
  });
  if (!bound.ok) return 1;
  yield { op: 'log', stream: 'stderr', text: klog(ctx, `Started HTTP server on port ${port}`) };
  yield { op: 'log', stream: 'stderr', text: klog(ctx, 'Started UDP server on port  8081') };
  return yield* forever();
}

function* serveHostname(ctx: ProcessContext): Gen<number> {
  const bound = yield* listen(9376, { handle: (_req, c) => ({ status: 200, body: c.hostname }) });
  if (!bound.ok) return 1;
  yield { op: 'log', stream: 'stderr', text: `${goLogTime(nowOf(ctx))} Serving on port 9376.` };
  return yield* forever();
}

/** `/agnhost <subcommand>`: netexec and serve-hostname are simulated; others just run. */
export function agnhostBehaviour(argv: readonly string[]): Behaviour {
  const sub = argv.slice(1).find((a) => !a.startsWith('-'));
  const main = (ctx: ProcessContext): Gen<number> => {
    if (sub === 'netexec') return netexec(ctx, argv);
    if (sub === 'serve-hostname') return serveHostname(ctx);
    if (sub === 'pause') return forever();
    return genericServer(ctx);
  };
  return { start: program(main), onSigterm: () => ({ action: 'exit', afterMs: 0, code: 0 }) };
}

function* helloApp(ctx: ProcessContext): Gen<number> {
  const version = ctx.image.versions['hello-app'] ?? '2.0.0';
  const port = Number(ctx.env.PORT ?? 8080);
  const bound = yield* listen(port, {
    handle: (req, c) => ({
      status: 200,
      body: `Hello, world!\nVersion: ${version}\nHostname: ${c.hostname}\n`,
      errorLog: [`${goLogTime(req.time ?? nowOf(c))} Serving request: ${req.path}`],
    }),
  });
  if (!bound.ok) return 1;
  yield { op: 'log', stream: 'stderr', text: `${goLogTime(nowOf(ctx))} Server listening on port ${port}` };
  return yield* forever();
}

export function helloAppBehaviour(): Behaviour {
  return { start: program(helloApp), onSigterm: goDefaultStop };
}
