/**
 * Apache httpd (the `httpd` image) and the Debian apache2 + PHP image behind the HPA
 * walkthrough's `registry.k8s.io/hpa-example` (its index.php burns CPU, then says `OK!`).
 * httpd logs to stderr, access lines in common format to stdout; the httpd image's
 * STOPSIGNAL is SIGWINCH, Apache's graceful stop.
 */
import { accessLogTime, apacheErrorTime } from '../clock';
import { forever, listen, nowOf, type Behaviour, type Gen, type HttpRequest, type ProcessContext, type SigtermAction } from '../effects';
import { program } from './generic';

export const HTTPD_IT_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

interface ApacheFlavour {
  /** `httpd` (the httpd image) or `apache2` (Debian). */
  binary: 'httpd' | 'apache2';
  mpm: string;
  pid: string;
  banner: string;
  body: string;
  combined: boolean;
}

function flavour(ctx: ProcessContext, php: boolean): ApacheFlavour {
  if (php) {
    return { binary: 'apache2', mpm: 'mpm_prefork', pid: '[pid 1]', banner: 'Apache/2.4.10 (Debian) PHP/5.6.14', body: 'OK!', combined: true };
  }
  const v = ctx.image.versions.httpd ?? '2.4.65';
  return { binary: 'httpd', mpm: 'mpm_event', pid: '[pid 1:tid 1]', banner: `Apache/${v} (Unix)`, body: HTTPD_IT_WORKS, combined: false };
}

function accessLine(f: ApacheFlavour, req: HttpRequest, status: number, bytes: number, t: number): string {
  const remote = req.remoteAddr.replace(/:\d+$/, '');
  const base = `${remote} - - [${accessLogTime(t)}] "${req.method} ${req.path} HTTP/1.1" ${status} ${bytes}`;
  if (!f.combined) return base;
  return `${base} "${req.headers.referer ?? '-'}" "${req.headers['user-agent'] ?? '-'}"`;
}

function* apacheMain(ctx: ProcessContext, php: boolean): Gen<number> {
  const f = flavour(ctx, php);
  const ip = ctx.podIP ?? '127.0.0.1';
  const bound = yield* listen(80, {
    handle(req, c) {
      const t = req.time ?? nowOf(c);
      const found = req.path === '/' || (php && req.path.startsWith('/index.php'));
      const body = found ? f.body : '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
      const status = found ? 200 : 404;
      return { status, body, log: [accessLine(f, req, status, body.length, t)] };
    },
  });
  const t = apacheErrorTime(nowOf(ctx));
  if (!bound.ok) {
    yield { op: 'log', stream: 'stderr', text: '(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80' };
    yield { op: 'log', stream: 'stderr', text: '(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80' };
    yield { op: 'log', stream: 'stderr', text: 'no listening sockets available, shutting down' };
    yield { op: 'log', stream: 'stderr', text: 'AH00015: Unable to open logs' };
    return 1;
  }
  const fqdn = `AH00558: ${f.binary}: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  yield { op: 'log', stream: 'stderr', text: fqdn };
  yield { op: 'log', stream: 'stderr', text: fqdn };
  const ready = php ? 'AH00163' : 'AH00489';
  yield { op: 'log', stream: 'stderr', text: `[${t}] [${f.mpm}:notice] ${f.pid} ${ready}: ${f.banner} configured -- resuming normal operations` };
  yield { op: 'log', stream: 'stderr', text: `[${t}] [core:notice] ${f.pid} AH00094: Command line: '${f.binary} -D FOREGROUND'` };
  return yield* forever();
}

function apacheStop(ctx: ProcessContext, signal: string, php: boolean): SigtermAction {
  const f = flavour(ctx, php);
  const t = apacheErrorTime(nowOf(ctx));
  const messages: Record<string, string> = {
    SIGWINCH: php ? 'AH00170: caught SIGWINCH, shutting down gracefully' : 'AH00492: caught SIGWINCH, shutting down gracefully',
    SIGTERM: php ? 'AH00169: caught SIGTERM, shutting down' : 'AH00491: caught SIGTERM, shutting down',
  };
  const msg = messages[signal];
  if (!msg) return { action: 'ignore' };
  return { action: 'exit', afterMs: 50, code: 0, stream: 'stderr', log: [`[${t}] [${f.mpm}:notice] ${f.pid} ${msg}`] };
}

export function apacheBehaviour(php: boolean): Behaviour {
  return { start: program((ctx) => apacheMain(ctx, php)), onSigterm: (ctx, signal = 'SIGTERM') => apacheStop(ctx, signal, php) };
}
