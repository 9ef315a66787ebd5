/**
 * busybox `wget`: `-qO- URL` prints the body, `-O file URL` saves it (the init-container
 * example writes /work-dir/index.html this way). Progress and errors go to stderr in
 * busybox's words: `Connecting to web (10.96.0.12:80)`, `wget: bad address 'web'`,
 * `wget: can't connect to remote host (10.96.0.12): Connection refused`.
 */
import { httpGet, resolve, writeFile, type Gen } from '../../effects';
import { resolvePath, type CommandIO } from '../registry';
import { connectErrorText, isIpLiteral, parseUrl, reasonPhrase } from './url';

interface WgetArgs {
  quiet: boolean;
  output?: string;
  spider: boolean;
  /** -T SEC: busybox arms an alarm and dies with `download timed out`. */
  timeoutMs?: number;
  url?: string;
}

function parseArgs(argv: string[]): WgetArgs {
  const out: WgetArgs = { quiet: false, spider: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--spider') out.spider = true;
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--output-document' || a === '--timeout') {
      const v = argv[++i];
      if (a === '--output-document') out.output = v;
      else out.timeoutMs = seconds(v);
    } else if (a.startsWith('--timeout=')) out.timeoutMs = seconds(a.slice('--timeout='.length)); else if (a.startsWith('-') && !a.startsWith('--') && a.length > 1) {
      // Bundled short options: `-qO-`, `-O /path`, `-T 5`.
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === 'q') out.quiet = true;
        else if (f === 'O' || f === 'T') {
          const v = a.slice(j + 1) || argv[++i];
          if (f === 'O') out.output = v;
          else out.timeoutMs = seconds(v);
          break;
        }
      }
    } else out.url = a;
  }
  return out;
}

function seconds(v: string | undefined): number | undefined {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n * 1000 : undefined;
}

function progressLine(name: string, size: number): string {
  const shown = size < 100000 ? String(size) : `${Math.round(size / 1024)}k`;
  return `${name.padEnd(20).slice(0, 20)} 100% |${'*'.repeat(32)}| ${shown.padStart(5)}  0:00:00 ETA`;
}

function* connectTo(io: CommandIO, args: WgetArgs, host: string, port: number): Gen<string | undefined> {
  if (host === 'localhost') return '127.0.0.1';
  if (isIpLiteral(host)) return host;
  const r = yield* resolve(host);
  if (!r.ok || !r.ips.length) {
    io.err(`wget: bad address '${host}'\n`);
    return undefined;
  }
  const ip = r.ips[0] ?? '';
  if (!args.quiet) io.err(`Connecting to ${host} (${ip}:${port})\n`);
  return ip;
}

export function* wget(io: CommandIO): Gen<number> {
  const args = parseArgs(io.argv);
  const url = args.url ? parseUrl(args.url) : undefined;
  if (!url) {
    io.err(args.url ? `wget: not an http or ftp url: ${args.url}\n` : 'wget: missing URL\n');
    return 1;
  }
  const ip = yield* connectTo(io, args, url.host, url.port);
  if (ip === undefined) return 1;
  if (!args.quiet && isIpLiteral(url.host)) io.err(`Connecting to ${url.host} (${ip}:${url.port})\n`);
  const r = yield* httpGet(url.href, { 'user-agent': 'Wget', host: url.host }, 'GET', args.timeoutMs);
  if (!r.ok) {
    if (args.timeoutMs !== undefined && r.error === 'ETIMEDOUT') io.err('wget: download timed out\n');
    else if (r.error === 'ENOTFOUND') io.err(`wget: bad address '${url.host}'\n`);
    else io.err(`wget: can't connect to remote host (${r.ip ?? ip}): ${connectErrorText(r.error)}\n`);
    return 1;
  }
  if (r.status >= 400) {
    io.err(`wget: server returned error: ${r.statusLine ?? `HTTP/1.1 ${r.status} ${reasonPhrase(r.status)}`}\n`);
    return 1;
  }
  if (args.spider) {
    if (!args.quiet) io.err('remote file exists\n');
    return 0;
  }
  const toStdout = args.output === '-';
  const fileName = args.output ?? (url.path.split('/').pop() || 'index.html');
  if (!args.quiet) io.err(toStdout ? 'writing to stdout\n' : `saving to '${fileName}'\n`);
  if (toStdout) io.out(r.body);
  else {
    const w = yield* writeFile(resolvePath(io.cwd, fileName), r.body);
    if (!w.ok) {
      io.err(`wget: can't open '${fileName}': No such file or directory\n`);
      return 1;
    }
  }
  if (!args.quiet) {
    io.err(`${progressLine(toStdout ? '-' : (fileName.split('/').pop() ?? fileName), r.body.length)}\n`);
    io.err(toStdout ? 'written to stdout\n' : `'${fileName}' saved\n`);
  }
  return 0;
}
