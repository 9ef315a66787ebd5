// A laptop tool's file operand: `-` for stdin, a path in the working directory (`./` or
// not), a directory refused as coreutils refuses it, a missing file in the tool's words.
import type { BuiltinEnv, Output } from './builtins';

const fail = (stderr: string, code = 1): Output => ({ stdout: '', stderr, code });

/** A file operand's text, or the tool's error: `cat: x: No such file or directory` unless `missing` words it (head, tail). */
export function readArg(name: string, path: string, env: BuiltinEnv, missing = `${name}: ${path}: No such file or directory`): string | Output {
  if (path === '-') return env.stdin ?? '';
  const text = env.files.get(stripDot(path));
  if (text !== undefined) return text;
  if (isDir(env.files, path)) return fail(`${name}: ${path}: Is a directory\n`);
  return fail(`${missing}\n`);
}

export function stripDot(path: string): string {
  return path.replace(/^\.\//, '');
}

export function isDir(files: ReadonlyMap<string, string>, path: string): boolean {
  const p = stripDot(path).replace(/\/$/, '');
  if (p === '' || p === '.') return true;
  for (const k of files.keys()) if (k.startsWith(p + '/')) return true;
  return false;
}

