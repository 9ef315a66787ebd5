/**
 * What `docker build PATH` sends to BuildKit: the files under PATH, of which the
 * Dockerfile frontend asks only for those its ADD and COPY instructions name (so
 * `transferring context` counts just those bytes).
 */
import { execForm, parseDockerfile, splitArgs } from '../../images/build/parse';
import { utf8Length } from './format';

export type ContextResult = { ok: true; files: Record<string, string> } | { ok: false; error: string };

const clean = (p: string): string => p.replace(/^\.\/+/, '').replace(/^\/+/, '').replace(/\/+$/, '');

/** The build context: every file under PATH, with paths relative to it. */
export function buildContext(files: ReadonlyMap<string, string>, path: string): ContextResult {
  const dir = clean(path);
  const out: Record<string, string> = {};
  for (const [name, content] of files) {
    const rel = clean(name);
    if (dir === '' || dir === '.') out[rel] = content;
    else if (rel.startsWith(`${dir}/`)) out[rel.slice(dir.length + 1)] = content;
  }
  if (dir !== '' && dir !== '.' && Object.keys(out).length === 0) return { ok: false, error: `unable to prepare context: path ${JSON.stringify(path)} not found` };
  return { ok: true, files: out };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
}

function matchesSource(src: string, file: string): boolean {
  const s = clean(src);
  if (s === '' || s === '.') return true;
  if (/[*?]/.test(s)) return globToRegExp(s).test(file);
  return file === s || file.startsWith(`${s}/`);
}

/** Bytes of the context files the Dockerfile's ADD and COPY sources name. */
export function contextBytes(dockerfile: string | undefined, context: Record<string, string>): number {
  let instructions;
  try {
    instructions = parseDockerfile(dockerfile ?? '');
  } catch {
    return 0;
  }
  const sources: string[] = [];
  for (const ins of instructions) {
    if ((ins.keyword !== 'ADD' && ins.keyword !== 'COPY') || /--from=/.test(ins.args)) continue;
    const words = (execForm(ins.args) ?? splitArgs(ins.args)).filter((w) => !w.startsWith('--'));
    sources.push(...words.slice(0, -1).filter((w) => !/^https?:\/\//.test(w)));
  }
  let bytes = 0;
  for (const [file, content] of Object.entries(context)) if (sources.some((s) => matchesSource(s, file))) bytes += utf8Length(content);
  return bytes;
}
