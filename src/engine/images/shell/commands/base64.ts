// `base64` as GNU coreutils 9 and busybox have it: encode a file or stdin in lines of 76
// (`-w N`, `-w 0` for one line and no newline), or `-d` decode — what a learner pipes a
// Secret's value through. The laptop's shell and containers share it; each reads the file
// its own way.
import { decodeBase64, encodeBase64 } from '../../../api/base64';
import { readFile, type Gen } from '../../effects';
import { errnoText, resolvePath, type CommandIO } from '../registry';

export interface Base64Run {
  decode: boolean;
  width: number;
  /** The file operand, `-` for stdin. */
  path: string;
}

/** What base64 writes for one run. */
export interface Base64Output {
  stdout: string;
  stderr: string;
  code: number;
}

/** A character outside the alphabet, or padding with data after it. */
const INVALID = /[^A-Za-z0-9+/=]|=(?=[^=])/;
const USAGE = "Try 'base64 --help' for more information.\n";
const failed = (stderr: string): Base64Output => ({ stdout: '', stderr, code: 1 });

/** The options and operand, or base64's complaint about them. */
export function base64Args(argv: readonly string[]): Base64Run | Base64Output {
  let decode = false;
  let wrap = '76';
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-d' || a === '--decode') decode = true;
    else if (a === '-w' || a === '--wrap') wrap = argv[++i] ?? '';
    else if (a.startsWith('-w') || a.startsWith('--wrap=')) wrap = a.replace(/^(-w|--wrap=)/, '');
    else if (a.startsWith('--')) return failed(`base64: unrecognized option '${a}'\n${USAGE}`);
    else if (a.startsWith('-') && a !== '-') return failed(`base64: invalid option -- '${a[1]}'\n${USAGE}`);
    else operands.push(a);
  }
  const width = /^\d+$/.test(wrap) ? Number(wrap) : -1;
  if (width < 0) return failed(`base64: invalid wrap size: ‘${wrap}’\n`);
  if (operands.length > 1) return failed(`base64: extra operand ‘${operands[1]}’\n${USAGE}`);
  return { decode, width, path: operands[0] ?? '-' };
}

function wrapped(encoded: string, width: number): string {
  if (encoded === '') return '';
  if (width === 0) return encoded;
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += width) lines.push(encoded.slice(i, i + width));
  return lines.join('\n') + '\n';
}

/** Decoding stops at the first character outside the alphabet, or a last group short of four: what came before is written, then the error. */
function decoded(text: string): Base64Output {
  const data = text.replace(/\n/g, '');
  const bad = INVALID.exec(data)?.index ?? -1;
  const stdout = decodeBase64(bad < 0 ? data : data.slice(0, bad));
  if (bad >= 0 || data.length % 4 !== 0) return { stdout, stderr: 'base64: invalid input\n', code: 1 };
  return { stdout, stderr: '', code: 0 };
}

export function base64Of(run: Base64Run, text: string): Base64Output {
  return run.decode ? decoded(text) : { stdout: wrapped(encodeBase64(text), run.width), stderr: '', code: 0 };
}

/** base64 in a container: the file from the container's filesystem, errors worded as busybox or coreutils word them. */
export function* base64(io: CommandIO): Gen<number> {
  const run = base64Args(io.argv);
  let result: Base64Output;
  if ('code' in run) result = run;
  else if (run.path === '-') result = base64Of(run, io.stdin);
  else {
    const r = yield* readFile(resolvePath(io.cwd, run.path));
    result = r.ok ? base64Of(run, r.text) : failed(io.busybox ? `base64: can't open '${run.path}': ${errnoText(r.error)}\n` : `base64: ${run.path}: ${errnoText(r.error)}\n`);
  }
  if (result.stdout) io.out(result.stdout);
  if (result.stderr) io.err(result.stderr);
  return result.code;
}
