/**
 * `curl`: prints the body; without `-s` and with no terminal it also draws its progress
 * meter on stderr (what `kubectl exec pod -- curl …` shows). Errors use the installed
 * curl's wording: curl 8 says `Failed to connect to web port 80 after 1 ms: Couldn't
 * connect to server`, curl 7 said `…: Connection refused`, older ones `Couldn't resolve host`.
 */
import { httpGet, resolve, writeFile, type Gen, type HttpAnswer } from '../../effects';
import { resolvePath, type CommandIO } from '../registry';
import { connectErrorText, isIpLiteral, parseUrl, reasonPhrase } from './url';

interface CurlArgs {
  silent: boolean;
  showError: boolean;
  fail: boolean;
  include: boolean;
  head: boolean;
  output?: string;
  writeOut?: string;
  maxTimeMs?: number;
  url?: string;
}

function parseArgs(argv: string[]): CurlArgs {
  const out: CurlArgs = { silent: false, showError: false, fail: false, include: false, head: false };
  const withValue = new Set(['-o', '--output', '-w', '--write-out', '-m', '--max-time', '--connect-timeout', '-H', '--header', '-X', '-d', '--data', '-A', '--user-agent']);
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const glued = /^(-m|--max-time=|--connect-timeout=)(.+)$/.exec(a);
    if (glued) out.maxTimeMs = seconds(glued[2] ?? '');
    else if (withValue.has(a)) {
      const v = argv[++i] ?? '';
      if (a === '-o' || a === '--output') out.output = v;
      if (a === '-w' || a === '--write-out') out.writeOut = v;
      if (a === '-m' || a === '--max-time' || a === '--connect-timeout') out.maxTimeMs = seconds(v);
    } else if (a === '--silent') out.silent = true;
    else if (a === '--fail') out.fail = true;
    else if (a === '--include') out.include = true;
    else if (a === '--head') out.head = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('s')) out.silent = true;
      if (a.includes('S')) out.showError = true;
      if (a.includes('f')) out.fail = true;
      if (a.includes('i')) out.include = true;
      if (a.includes('I')) out.head = true;
    } else if (!a.startsWith('-')) out.url = a;
  }
  return out;
}

/** curl takes fractions of a second for -m and --connect-timeout (`-m 0.5`). */
function seconds(v: string): number | undefined {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 1000) : undefined;
}

function major(io: CommandIO): [number, number] {
  const [maj = 8, min = 0] = (io.ctx.image.versions.curl ?? '8.17.0').split('.').map(Number);
  return [maj, min];
}

function connectError(io: CommandIO, host: string, port: number, error: string, ms: number): string {
  const [maj, min] = major(io);
  if (maj >= 8) return `Failed to connect to ${host} port ${port} after ${ms} ms: Couldn't connect to server`;
  if (maj === 7 && min >= 70) return `Failed to connect to ${host} port ${port} after ${ms} ms: ${connectErrorText(error)}`;
  return `Failed to connect to ${host} port ${port}: ${connectErrorText(error)}`;
}

function resolveError(io: CommandIO, host: string): string {
  const [maj, min] = major(io);
  return maj > 7 || (maj === 7 && min >= 50) ? `Could not resolve host: ${host}` : `Couldn't resolve host '${host}'`;
}

const size5 = (n: number): string => (n < 100000 ? String(n) : `${Math.round(n / 1024)}k`).padStart(5);

/** curl's time2str: ` 0:00:03`, or `--:--:--` before the first second. */
function clock(ms: number): string {
  const t = Math.floor(ms / 1000);
  if (t <= 0) return '--:--:--';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(Math.floor(t / 3600)).padStart(2)}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}

function progressMeter(io: CommandIO, bytes: number, ms: number): void {
  const speed = bytes === 0 ? 0 : Math.round((bytes * 1000) / Math.max(ms, 1));
  const pct = bytes ? '100' : '  0';
  io.err('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n');
  io.err('                                 Dload  Upload   Total   Spent    Left  Speed\n');
  io.err(`${pct} ${size5(bytes)}  ${pct} ${size5(bytes)}    0     0  ${size5(speed)}      0 --:--:-- ${clock(ms)} --:--:-- ${size5(speed)}\n`);
}

type HttpOk = Extract<HttpAnswer, { ok: true }>;

function* fetch(io: CommandIO, args: CurlArgs, url: NonNullable<ReturnType<typeof parseUrl>>): Gen<HttpOk | { code: number; message: string; ms?: number }> {
  if (url.host !== 'localhost' && !isIpLiteral(url.host)) {
    const r = yield* resolve(url.host);
    if (!r.ok || !r.ips.length) return { code: 6, message: resolveError(io, url.host) };
  }
  const agent = `curl/${io.ctx.image.versions.curl ?? '8.17.0'}`;
  const r = yield* httpGet(url.href, { 'user-agent': agent, host: url.host, accept: '*/*' }, args.head ? 'HEAD' : 'GET', args.maxTimeMs);
  if (r.ok) return r;
  const ms = r.elapsedMs ?? 0;
  if (r.error === 'ENOTFOUND') return { code: 6, message: resolveError(io, url.host) };
  if (r.error === 'EEMPTY') return { code: 52, message: 'Empty reply from server', ms };
  if (args.maxTimeMs !== undefined && (r.error === 'ETIMEDOUT' || ms >= args.maxTimeMs)) {
    return { code: 28, message: `Connection timed out after ${args.maxTimeMs + 1} milliseconds`, ms };
  }
  const code = r.error === 'ETIMEDOUT' ? 28 : 7;
  return { code, message: connectError(io, url.host, url.port, r.error, ms), ms };
}

function headerBlock(r: HttpOk): string {
  const lines = [r.statusLine ?? `HTTP/1.1 ${r.status} ${reasonPhrase(r.status)}`];
  for (const [k, v] of Object.entries(r.headers ?? {})) lines.push(`${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

export function* curl(io: CommandIO): Gen<number> {
  const args = parseArgs(io.argv);
  if (!args.url) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const url = parseUrl(args.url);
  if (!url) {
    io.err('curl: (3) URL rejected: Malformed input to a URL function\n');
    return 3;
  }
  const r = yield* fetch(io, args, url);
  // With no terminal on stdout curl draws its meter on stderr; `kubectl exec -t` gives it one.
  const meter = !args.silent && !io.ctx.tty;
  if ('code' in r) {
    if (meter) progressMeter(io, 0, r.ms ?? 0);
    if (!args.silent || args.showError) io.err(`curl: (${r.code}) ${r.message}\n`);
    return r.code;
  }
  if (args.fail && r.status >= 400) {
    if (meter) progressMeter(io, 0, r.elapsedMs ?? 1);
    if (!args.silent || args.showError) io.err(`curl: (22) The requested URL returned error: ${r.status}\n`);
    return 22;
  }
  const body = (args.include || args.head ? headerBlock(r) : '') + (args.head ? '' : r.body);
  if (meter) progressMeter(io, r.body.length, r.elapsedMs ?? 1);
  if (args.output && args.output !== '-') yield* writeFile(resolvePath(io.cwd, args.output), body);
  else io.out(body);
  if (args.writeOut) io.out(args.writeOut.replace(/%\{http_code\}/g, String(r.status)).replace(/\\n/g, '\n'));
  return 0;
}
