// `base64` on the laptop, as GNU coreutils 9 has it: encode a file or stdin in lines of
// 76 (`-w N`, `-w 0` for one line and no newline), or `-d` decode — what a learner pipes a
// Secret's value through: `kubectl get secret s -o jsonpath='{.data.password}' | base64 -d`.
import { decodeBase64, encodeBase64 } from '../api/base64';
import type { BuiltinEnv, Output } from './builtins';

/** A character outside the alphabet, or padding with data after it. */
const INVALID = /[^A-Za-z0-9+/=]|=(?=[^=])/;
const USAGE = "Try 'base64 --help' for more information.\n";

function wrapped(encoded: string, width: number): string {
  if (encoded === '') return '';
  if (width === 0) return encoded;
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += width) lines.push(encoded.slice(i, i + width));
  return lines.join('\n') + '\n';
}

/** Decoding stops at the first character outside the alphabet, or a last group short of four: what came before is written, then the error. */
function decoded(text: string): Output {
  const data = text.replace(/\n/g, '');
  const bad = INVALID.exec(data)?.index ?? -1;
  const good = bad < 0 ? data : data.slice(0, bad);
  const stdout = decodeBase64(good);
  if (bad >= 0 || data.length % 4 !== 0) return { stdout, stderr: 'base64: invalid input\n', code: 1 };
  return { stdout, stderr: '', code: 0 };
}

export function base64(argv: string[], env: BuiltinEnv): Output {
  let decode = false;
  let wrap = '76';
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-d' || a === '--decode') decode = true;
    else if (a === '-w' || a === '--wrap') wrap = argv[++i] ?? '';
    else if (a.startsWith('-w') || a.startsWith('--wrap=')) wrap = a.replace(/^(-w|--wrap=)/, '');
    else if (a.startsWith('--')) return { stdout: '', stderr: `base64: unrecognized option '${a}'\n${USAGE}`, code: 1 };
    else if (a.startsWith('-') && a !== '-') return { stdout: '', stderr: `base64: invalid option -- '${a[1]}'\n${USAGE}`, code: 1 };
    else operands.push(a);
  }
  const width = /^\d+$/.test(wrap) ? Number(wrap) : -1;
  if (width < 0) return { stdout: '', stderr: `base64: invalid wrap size: ‘${wrap}’\n`, code: 1 };
  if (operands.length > 1) return { stdout: '', stderr: `base64: extra operand ‘${operands[1]}’\n${USAGE}`, code: 1 };
  const path = operands[0] ?? '-';
  const text = path === '-' ? (env.stdin ?? '') : env.files.get(path.replace(/^\.\//, ''));
  if (text === undefined) return { stdout: '', stderr: `base64: ${path}: No such file or directory\n`, code: 1 };
  return decode ? decoded(text) : { stdout: wrapped(encodeBase64(text), width), stderr: '', code: 0 };
}
