/**
 * GNU sed's `s` command, the one a learner uses as `$KUBE_EDITOR` (`sed -i 's/1.27/1.28/'`):
 * `sed [-i] [-e] 's/REGEX/REPLACEMENT/[g]' [FILE…]`, the regex a POSIX basic one, `&` and
 * `\1`…`\9` in the replacement. With -i each file is rewritten; else the result goes to stdout.
 */
import type { BuiltinEnv, Output } from './builtins';

interface Substitution {
  re: RegExp;
  replacement: string;
}

const usage = (stderr: string): Output => ({ stdout: '', stderr, code: 1 });

export function sed(argv: string[], env: BuiltinEnv): Output {
  let inPlace = false;
  let script: string | undefined;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-i') inPlace = true;
    else if (a === '-e') script = argv[++i];
    else if (script === undefined && !a.startsWith('-')) script = a;
    else if (!a.startsWith('-')) files.push(a);
  }
  if (script === undefined) return usage('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
  const s = substitution(script);
  if (typeof s === 'string') return usage(`sed: -e expression #1, char ${script.length}: ${s}\n`);
  if (files.length === 0) {
    if (inPlace) return usage('sed: no input files\n');
    return { stdout: apply(env.stdin ?? '', s), stderr: '', code: 0 };
  }
  let stdout = '';
  let stderr = '';
  const writes: { path: string; text: string }[] = [];
  for (const f of files) {
    const text = env.files.get(f.replace(/^\.\//, ''));
    if (text === undefined) {
      stderr += `sed: can't read ${f}: No such file or directory\n`;
      continue;
    }
    if (inPlace) writes.push({ path: f.replace(/^\.\//, ''), text: apply(text, s) });
    else stdout += apply(text, s);
  }
  return { stdout, stderr, code: stderr ? 2 : 0, ...(writes.length ? { writes } : {}) };
}

/** `s/REGEX/REPLACEMENT/FLAGS`, any character after the `s` being the delimiter. */
function substitution(script: string): Substitution | string {
  if (script[0] !== 's' || script.length < 2) return 'unknown command: `' + (script[0] ?? '') + "'";
  const d = script[1]!;
  const parts: string[] = [''];
  for (let i = 2; i < script.length; i++) {
    const ch = script[i]!;
    if (ch === '\\' && script[i + 1] === d) {
      parts[parts.length - 1] += d;
      i++;
    } else if (ch === '\\') {
      parts[parts.length - 1] += ch + (script[++i] ?? '');
    } else if (ch === d) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  if (parts.length < 3) return "unterminated `s' command";
  const [pattern, replacement, flags] = parts as [string, string, string];
  if (!/^g?$/.test(flags)) return "unknown option to `s'";
  try {
    return { re: new RegExp(basicRegex(pattern), flags.includes('g') ? 'g' : ''), replacement: jsReplacement(replacement) };
  } catch {
    return 'Invalid preceding regular expression';
  }
}

/** A POSIX basic regex as a JavaScript one: `\( \) \{ \} \| \+ \?` are the operators, their bare forms literal. */
function basicRegex(bre: string): string {
  let out = '';
  for (let i = 0; i < bre.length; i++) {
    const ch = bre[i]!;
    if (ch === '\\' && i + 1 < bre.length) {
      const next = bre[++i]!;
      out += '(){}|+?'.includes(next) ? next : '\\' + next;
    } else out += '(){}|+?'.includes(ch) ? '\\' + ch : ch;
  }
  return out;
}

/** sed's `&` and `\N` as String.replace's `$&` and `$N`; a literal `$` kept literal. */
function jsReplacement(r: string): string {
  let out = '';
  for (let i = 0; i < r.length; i++) {
    const ch = r[i]!;
    if (ch === '\\' && i + 1 < r.length) {
      const next = r[++i]!;
      out += /\d/.test(next) ? '$' + next : next === 'n' ? '\n' : next === '&' ? '&' : next;
    } else if (ch === '&') out += '$&';
    else if (ch === '$') out += '$$';
    else out += ch;
  }
  return out;
}

/** Each line on its own, as sed reads its input. */
function apply(text: string, s: Substitution): string {
  const lines = text.split('\n');
  return lines.map((l, i) => (i === lines.length - 1 && l === '' ? l : l.replace(s.re, s.replacement))).join('\n');
}
