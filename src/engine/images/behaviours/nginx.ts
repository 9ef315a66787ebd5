/**
 * The official nginx image. `/docker-entrypoint.sh` runs the scripts in
 * /docker-entrypoint.d (nginx ≥ 1.19), then execs `nginx -g 'daemon off;'`, which logs its
 * notices to stderr (nginx ≥ 1.21 ships `error_log … notice`), binds port 80 and forks one
 * worker per CPU. The image sets STOPSIGNAL SIGQUIT (≥ 1.19): a graceful shutdown.
 */
import { nginxErrorTime } from '../clock';
import { forever, killProcess, listen, logLines, nowOf, readFile, sleep, writeFile, type Behaviour, type Gen, type ProcessContext, type Program, type SigtermAction } from '../effects';
import { KERNEL_RELEASE } from '../shell/commands/basic';
import type { CommandIO } from '../shell/registry';
import { NGINX_DEFAULT_CONF, NGINX_DEFAULT_CONF_IPV6 } from '../rootfs/nginx';
import { serveNginx, versionBefore, type NginxState } from './nginxHttp';

const ENTRYPOINT_LINES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

function versionOf(ctx: ProcessContext): string {
  return ctx.image.versions.nginx ?? '1.29.3';
}

/** Whether this nginx logs notices (start, signals) to stderr. */
function logsNotices(version: string): boolean {
  return !versionBefore(version, 1, 21);
}

function workerPids(ctx: ProcessContext): number[] {
  const first = 'alpine' in ctx.image.versions ? 21 : 29;
  const pids: number[] = [];
  for (let i = 0; i < Math.max(1, ctx.cpus ?? 2); i++) pids.push(first + i);
  return pids;
}

/**
 * The notices nginx logs as it starts, stamped `t`. Every nginx started in the same second
 * with the same build and worker count writes the same lines, so they are made once.
 */
const startNotices = new Map<string, readonly string[]>();

function startedNotices(t: string, version: string, gcc: string, workers: number[]): readonly string[] {
  const key = `${t}|${version}|${gcc}|${workers[0] ?? 0}|${workers.length}`;
  let lines = startNotices.get(key);
  if (!lines) {
    if (startNotices.size >= 64) startNotices.clear();
    lines = [
      '1#1: using the "epoll" event method',
      `1#1: nginx/${version}`,
      `1#1: built by gcc ${gcc}`,
      `1#1: OS: Linux ${KERNEL_RELEASE}`,
      '1#1: getrlimit(RLIMIT_NOFILE): 1024:524288',
      '1#1: start worker processes',
      ...workers.map((p) => `1#1: start worker process ${p}`),
    ].map((l) => `${t} [notice] ${l}`);
    startNotices.set(key, lines);
  }
  return lines;
}

/** Both listen sockets fail five times, half a second apart, then nginx gives up (exit 1). */
function* bindFailure(ctx: ProcessContext): Gen<number> {
  const errno = 'alpine' in ctx.image.versions ? '98: Address in use' : '98: Address already in use';
  const addrs = versionBefore(versionOf(ctx), 1, 19) ? ['0.0.0.0:80'] : ['0.0.0.0:80', '[::]:80'];
  for (let attempt = 0; attempt < 5; attempt++) {
    const t = nginxErrorTime(nowOf(ctx));
    for (const a of addrs) {
      yield { op: 'log', stream: 'stderr', text: `${t} [emerg] 1#1: bind() to ${a} failed (${errno})` };
      yield { op: 'log', stream: 'stderr', text: `nginx: [emerg] bind() to ${a} failed (${errno})` };
    }
    yield* sleep(500);
  }
  yield { op: 'log', stream: 'stderr', text: `${nginxErrorTime(nowOf(ctx))} [emerg] 1#1: still could not bind()` };
  yield { op: 'log', stream: 'stderr', text: 'nginx: [emerg] still could not bind()' };
  return 1;
}

/** `nginx -g 'daemon off;'` in the foreground: notices, bind :80, serve for ever. */
export function* nginxServer(ctx: ProcessContext, argv: readonly string[]): Gen<number> {
  const version = versionOf(ctx);
  const daemonOff = argv.some((a) => /daemon\s+off/.test(a));
  const workers = workerPids(ctx);
  const state: NginxState = { version, workerPid: workers[0] ?? 29, connections: 0 };
  const bound = yield* listen(80, {
    handle(req, c) {
      return serveNginx(state, req, c);
    },
  });
  if (!bound.ok) return yield* bindFailure(ctx);
  if (logsNotices(version)) {
    const gcc = ctx.image.versions.gcc ?? '14.2.0 (Debian 14.2.0-19)';
    yield* logLines('stderr', startedNotices(nginxErrorTime(nowOf(ctx)), version, gcc, workers));
  }
  // Without `daemon off;` nginx forks into the background and PID 1 exits at once.
  if (!daemonOff) return 0;
  return yield* forever();
}

/** The stop signal: SIGQUIT drains gracefully, SIGTERM/SIGINT stop fast; both exit 0. */
export function nginxStop(ctx: ProcessContext, signal: string): SigtermAction {
  const version = versionOf(ctx);
  if (!['SIGQUIT', 'SIGTERM', 'SIGINT'].includes(signal)) return { action: 'ignore' };
  if (!logsNotices(version)) return { action: 'exit', afterMs: 100, code: 0 };
  const t = nginxErrorTime(nowOf(ctx) + 100);
  const graceful = signal === 'SIGQUIT';
  const num = signal === 'SIGQUIT' ? 3 : signal === 'SIGINT' ? 2 : 15;
  const workers = workerPids(ctx);
  const lines = [`1#1: signal ${num} (${signal}) received, ${graceful ? 'shutting down' : 'exiting'}`];
  if (graceful) for (const w of workers) lines.push(`${w}#${w}: gracefully shutting down`);
  for (const w of workers) lines.push(`${w}#${w}: exiting`, `${w}#${w}: exit`);
  for (const w of workers) lines.push(`1#1: signal 17 (SIGCHLD) received from ${w}`, `1#1: worker process ${w} exited with code 0`);
  lines.push('1#1: exit');
  return { action: 'exit', afterMs: 100, code: 0, stream: 'stderr', log: lines.map((l) => `${t} [notice] ${l}`) };
}

const DEFAULT_CONF = '/etc/nginx/conf.d/default.conf';

/**
 * 10-listen-on-ipv6-by-default.sh: the package's default.conf, unchanged (its checksum
 * checked), gets a `listen [::]:80;` line, written into the container's own layer.
 */
function* listenOnIpv6(): Gen<void> {
  const conf = yield* readFile(DEFAULT_CONF);
  if (conf.ok && conf.text === NGINX_DEFAULT_CONF) yield* writeFile(DEFAULT_CONF, NGINX_DEFAULT_CONF_IPV6);
}

/** `/docker-entrypoint.sh nginx …`: the configuration lines, then nginx itself. */
export function nginxBehaviour(argv: readonly string[]): Behaviour {
  return {
    start(ctx: ProcessContext): Program {
      return (function* (): Program {
        const viaEntrypoint = argv[0] === '/docker-entrypoint.sh';
        const nginxArgv = viaEntrypoint ? argv.slice(1) : argv;
        if (viaEntrypoint && !versionBefore(versionOf(ctx), 1, 19)) {
          if (!ctx.env.NGINX_ENTRYPOINT_QUIET_LOGS) yield* logLines('stdout', ENTRYPOINT_LINES);
          yield* listenOnIpv6();
        }
        const code = yield* nginxServer(ctx, nginxArgv);
        yield { op: 'exit', code };
        return code;
      })();
    },
    // Methods rather than arrows written as properties: `tsx` names those at run time (keepNames).
    onSigterm(ctx, signal = 'SIGTERM') {
      return nginxStop(ctx, signal);
    },
  };
}

/**
 * `nginx` as a command inside the container: `-v`, `-t`, `-s quit|stop|reload` (what a
 * preStop hook runs), or a foreground server when a shell script starts it.
 */
export function* nginxCommand(io: CommandIO): Gen<number> {
  const args = io.argv.slice(1);
  const version = versionOf(io.ctx);
  if (args[0] === '-v' || args[0] === '-V') {
    io.err(`nginx version: nginx/${version}\n`);
    return 0;
  }
  if (args[0] === '-t') {
    io.err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n');
    io.err('nginx: configuration file /etc/nginx/nginx.conf test is successful\n');
    return 0;
  }
  if (args[0] === '-s') {
    const signals: Record<string, string> = { quit: 'SIGQUIT', stop: 'SIGTERM', reload: 'SIGHUP', reopen: 'SIGUSR1' };
    const signal = signals[args[1] ?? ''] ?? 'SIGTERM';
    // The signalling nginx is a short-lived process of its own, not PID 1.
    const t = nginxErrorTime(nowOf(io.ctx));
    if (!(yield* killProcess('nginx', signal))) {
      const pidFile = '/run/nginx.pid';
      io.err(`${t} [error] 47#47: open() "${pidFile}" failed (2: No such file or directory)\n`);
      io.err(`nginx: [error] open() "${pidFile}" failed (2: No such file or directory)\n`);
      return 1;
    }
    if (logsNotices(version)) io.err(`${t} [notice] 47#47: signal process started\n`);
    return 0;
  }
  io.onStop?.((signal) => nginxStop(io.ctx, signal));
  return yield* nginxServer(io.ctx, io.argv);
}
