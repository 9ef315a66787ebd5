/**
 * The python images' `python3`. Pod Lab runs no Python: it answers `--version`, prints
 * literals (`-c 'print("hi", 42)'`, the same in a script or on stdin) and serves files with
 * `-m http.server`; any other code says it is not simulated rather than pretend.
 *
 * stdout is a pipe in a container, so Python buffers it: http.server's "Serving HTTP on …"
 * line stays in the buffer and never reaches `kubectl logs` unless the process runs with
 * `-u` or PYTHONUNBUFFERED, or has a terminal. Its request log goes to stderr, line by line.
 */
import { evalArith } from '../shell/arith';
import { forever, listen, nowOf, readFile, type Gen } from '../effects';
import { resolvePath, type CommandIO } from '../shell/registry';
import { servePython } from './pythonHttp';

const USAGE = 'usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h\' for more information.\n';

/** Split at `sep` outside quotes and brackets (a `;` between statements, a `,` between arguments). */
function splitTop(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && seps.includes(ch)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** The value of one literal expression as `print` writes it: str(x). Undefined: not simulated. */
export function pythonValue(expr: string): string | undefined {
  const e = expr.trim();
  const str = /^(['"])((?:\\.|(?!\1).)*)\1$/s.exec(e);
  if (str) return str[2]!.replace(/\\(.)/gs, (whole, c: string) => ESCAPES[c] ?? whole);
  if (/^(True|False|None)$/.test(e)) return e;
  if (/^-?\d+\.\d*(e[-+]?\d+)?$/i.test(e)) {
    const n = Number(e);
    return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
  }
  if (/^[\d\s+\-*%()]+$/.test(e) && /\d/.test(e)) return String(evalArith(e, () => '0'));
  return undefined;
}

/** Run statements that are all `print(...)` of literals; the first other one makes the whole not simulated. */
export function runPrints(code: string): string | undefined {
  let out = '';
  for (const raw of splitTop(code, ';\n')) {
    const stmt = raw.replace(/^\s*#.*$/, '').trim();
    if (!stmt) continue;
    const call = /^print\((.*)\)$/s.exec(stmt);
    if (!call) return undefined;
    let sep = ' ';
    let end = '\n';
    const values: string[] = [];
    for (const arg of call[1]!.trim() ? splitTop(call[1]!, ',') : []) {
      const kw = /^\s*(sep|end)\s*=(.*)$/s.exec(arg);
      const v = pythonValue(kw ? kw[2]! : arg);
      if (v === undefined) return undefined;
      if (kw?.[1] === 'sep') sep = v;
      else if (kw) end = v;
      else values.push(v);
    }
    out += values.join(sep) + end;
  }
  return out;
}

function runCode(io: CommandIO, code: string): number {
  const out = runPrints(code);
  if (out !== undefined) {
    io.out(out);
    return 0;
  }
  const first = code.trim().split('\n')[0];
  io.err(`python3: this Python code is not simulated in Pod Lab (only print() of text and numbers is): ${first}\n`);
  return 126;
}

/** argparse's usage line for http.server (3.14 added TLS options). */
function serverUsage(version: string): string {
  const tls = Number(version.split('.')[1]) >= 14 ? ' [--tls-cert PATH] [--tls-key PATH] [--tls-password-file PATH]' : '';
  return `usage: server.py [-h] [--cgi] [-b ADDRESS] [-d DIRECTORY] [-p VERSION]${tls} [port]\n`;
}

/** `-m http.server [-b ADDRESS] [-d DIRECTORY] [port]`: bind, say so (to a buffer), serve for ever. */
function* httpServer(io: CommandIO, args: string[], unbuffered: boolean, version: string): Gen<number> {
  let port = '8000';
  let bind: string | undefined;
  let dir = '.';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-b' || a === '--bind') bind = args[++i];
    else if (a === '-d' || a === '--directory') dir = args[++i] ?? '.';
    else if (a === '--cgi') continue;
    else port = a;
  }
  if (!/^\d+$/.test(port) || Number(port) > 65535) {
    io.err(`${serverUsage(version)}server.py: error: argument port: invalid int value: '${port}'\n`);
    return 2;
  }
  const s = { root: resolvePath(io.cwd, dir), version, files: io.ctx.files ?? { read: () => undefined, isDir: () => false } };
  const bound = yield* listen(Number(port), { handle: (req, ctx) => servePython(s, req, nowOf(ctx)) });
  if (!bound.ok) {
    io.err('OSError: [Errno 98] Address already in use\n');
    return 1;
  }
  const host = bind ?? '0.0.0.0';
  if (unbuffered || io.ctx.tty) io.out(`Serving HTTP on ${host} port ${port} (http://${host}:${port}/) ...\n`);
  return yield* forever();
}

export function* pythonCommand(io: CommandIO): Gen<number> {
  const version = io.ctx.image.versions.python ?? '3.12.12';
  const args = io.argv.slice(1);
  let unbuffered = Boolean(io.env.PYTHONUNBUFFERED);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-V' || a === '--version') {
      io.out(`Python ${version}\n`);
      return 0;
    }
    if (a === '-u') unbuffered = true;
    else if (/^-[BEIOqsSv]+$/.test(a)) continue;
    else if (a === '-c' || a === '-m') {
      const value = args[i + 1];
      if (value === undefined) {
        io.err(`Argument expected for the ${a} option\n${USAGE}`);
        return 2;
      }
      if (a === '-c') return runCode(io, value);
      if (value === 'http.server') return yield* httpServer(io, args.slice(i + 2), unbuffered, version);
      io.err(`python3: this Python module is not simulated in Pod Lab (only http.server is): ${value}\n`);
      return 126;
    } else if (a.startsWith('-') && a !== '-') {
      io.err(`${a.startsWith('--') ? `unknown option ${a}` : `Unknown option: ${a.slice(0, 2)}`}\n${USAGE}`);
      return 2;
    } else if (a !== '-') {
      const path = resolvePath(io.cwd, a);
      const file = yield* readFile(path);
      if (!file.ok) {
        io.err(`python3: can't open file '${path}': [Errno 2] No such file or directory\n`);
        return 2;
      }
      return runCode(io, file.text);
    } else break;
  }
  // No program: Python reads one from stdin; a terminal would get the interactive prompt.
  if (io.ctx.stdinOpen && io.ctx.stdinText === undefined) {
    io.err('python3: the interactive interpreter is not simulated in Pod Lab; try python3 -c \'print("hello")\'\n');
    return 126;
  }
  return io.stdin.trim() ? runCode(io, io.stdin) : 0;
}
