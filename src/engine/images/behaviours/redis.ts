/**
 * The official redis image. `docker-entrypoint.sh` turns `redis.conf` or `--flag`
 * arguments into `redis-server …` (so the docs' redis pod can pass only a config file
 * in `args`). Redis logs to stdout, binds 6379 (or the configured port), and on SIGTERM
 * saves its RDB snapshot and exits 0.
 */
import { redisTime } from '../clock';
import { forever, listen, nowOf, readFile, type Behaviour, type Gen, type ProcessContext, type SigtermAction } from '../effects';
import { program } from './generic';

function version(ctx: ProcessContext): string {
  return ctx.image.versions.redis ?? '8.2.3';
}

const major = (v: string): number => Number(v.split('.')[0]) || 0;

/** `1:M 02 Nov 2025 10:00:00.000 * text` */
function line(ctx: ProcessContext, role: 'C' | 'M', level: '*' | '#', text: string, dt = 0): string {
  return `1:${role} ${redisTime(nowOf(ctx) + dt)} ${level} ${text}`;
}

/** Arguments after the entrypoint's rewrite: `redis-server [config] [--port N]`. */
export function redisServerArgs(argv: readonly string[]): string[] | undefined {
  let args = [...argv];
  if (args[0] === 'docker-entrypoint.sh' || args[0] === '/usr/local/bin/docker-entrypoint.sh') args = args.slice(1);
  const first = args[0] ?? '';
  if (first.startsWith('-') || first.endsWith('.conf')) args = ['redis-server', ...args];
  return args[0] === 'redis-server' || args[0]?.endsWith('/redis-server') ? args : undefined;
}

function* redisMain(ctx: ProcessContext, args: string[]): Gen<number> {
  const v = version(ctx);
  const modern = major(v) >= 7;
  const info = modern ? '*' : '#';
  const config = args.slice(1).find((a) => !a.startsWith('-') && !/^\d+$/.test(a));
  let port = 6379;
  const out = (role: 'C' | 'M', level: '*' | '#', text: string): Gen<void> => log(ctx, role, level, text);
  yield* out('C', info, 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  yield* out('C', info, `Redis version=${v}, bits=64, commit=00000000, modified=${major(v) >= 8 ? 1 : 0}, pid=1, just started`);
  if (config) {
    const r = yield* readFile(config);
    if (!r.ok) {
      yield* out('C', '#', `Fatal error, can't open config file '${config}': No such file or directory`);
      return 1;
    }
    port = Number(/^\s*port\s+(\d+)/m.exec(r.text)?.[1] ?? port);
    yield* out('C', info, 'Configuration loaded');
  } else {
    yield* out('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
  }
  const portFlag = args.indexOf('--port');
  if (portFlag > 0) port = Number(args[portFlag + 1] ?? port);
  yield* out('M', '*', 'Increased maximum number of open files to 10032 (it was originally set to 1024).');
  if (modern) yield* out('M', '*', 'monotonic clock: POSIX clock_gettime');
  const bound = yield* listen(port, { handle: () => ({ status: 400, body: "-ERR unknown command 'GET'\r\n" }) });
  if (!bound.ok) {
    yield* out('M', '#', `${modern ? 'Warning: ' : ''}Could not create server TCP listening socket *:${port}: bind: Address already in use`);
    if (modern) yield* out('M', '#', `Failed listening on port ${port} (tcp), aborting.`);
    return 1;
  }
  yield* out('M', '*', `Running mode=standalone, port=${port}.`);
  yield* out('M', info, 'Server initialized');
  yield* out('M', '*', modern ? 'Ready to accept connections tcp' : 'Ready to accept connections');
  return yield* forever();
}

function* log(ctx: ProcessContext, role: 'C' | 'M', level: '*' | '#', text: string): Gen<void> {
  yield { op: 'log', stream: 'stdout', text: line(ctx, role, level, text) };
}

function redisStop(ctx: ProcessContext, signal: string): SigtermAction {
  if (signal !== 'SIGTERM' && signal !== 'SIGINT') return { action: 'ignore' };
  const modern = major(version(ctx)) >= 7;
  const t = nowOf(ctx);
  return {
    action: 'exit',
    afterMs: 5,
    code: 0,
    log: [
      `1:signal-handler (${Math.floor(t / 1000)}) Received ${signal} scheduling shutdown...`,
      line(ctx, 'M', modern ? '*' : '#', 'User requested shutdown...', 1),
      line(ctx, 'M', '*', 'Saving the final RDB snapshot before exiting.', 1),
      line(ctx, 'M', '*', 'DB saved on disk', 4),
      line(ctx, 'M', '#', 'Redis is now ready to exit, bye bye...', 4),
    ],
  };
}

export function redisBehaviour(args: string[]): Behaviour {
  return { start: program((ctx) => redisMain(ctx, args)), onSigterm: (ctx, signal = 'SIGTERM') => redisStop(ctx, signal) };
}
