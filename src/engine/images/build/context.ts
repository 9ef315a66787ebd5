/**
 * ADD and COPY: matching sources in the build context (exact paths, directories, `.`,
 * `*` globs), placing them at the destination, and the error BuildKit gives for a source
 * that is not there: `failed to compute cache key: failed to calculate checksum of ref
 * …::…: "/app.jss": not found`.
 */
import { base36Id } from '../digest';
import { resolvePath } from '../shell/registry';

export interface CopiedFile {
  /** Path in the image. */
  dest: string;
  content: string;
}

const clean = (p: string): string => p.replace(/^\.\/+/, '').replace(/^\/+/, '').replace(/\/+$/, '');

function globToRegExp(glob: string): RegExp {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${re}$`);
}

/** Context files a source names, each with its path relative to what the source denotes. */
function matchSource(src: string, files: Record<string, string>): { rel: string; path: string }[] {
  const s = clean(src);
  const names = Object.keys(files).map(clean).sort();
  if (s === '' || s === '.') return names.map((p) => ({ rel: p, path: p }));
  if (s.includes('*') || s.includes('?')) {
    const re = globToRegExp(s);
    return names.filter((p) => re.test(p)).map((p) => ({ rel: p.slice(p.lastIndexOf('/') + 1), path: p }));
  }
  if (names.includes(s)) return [{ rel: s.slice(s.lastIndexOf('/') + 1), path: s }];
  return names.filter((p) => p.startsWith(`${s}/`)).map((p) => ({ rel: p.slice(s.length + 1), path: p }));
}

function contextFile(files: Record<string, string>, path: string): string {
  return files[path] ?? files[`./${path}`] ?? files[`/${path}`] ?? '';
}

export class MissingSourceError extends Error {}

/** Resolve `ADD|COPY src… dest` against the context and the working directory. */
export function copyFiles(sources: string[], dest: string, workdir: string, files: Record<string, string>, seed: string): CopiedFile[] {
  const out: CopiedFile[] = [];
  const destPath = resolvePath(workdir, dest);
  const many = sources.length > 1;
  for (const src of sources) {
    if (/^https?:\/\//.test(src)) {
      const name = src.slice(src.lastIndexOf('/') + 1) || 'index.html';
      out.push({ dest: dest.endsWith('/') ? `${destPath}/${name}` : destPath, content: `downloaded from ${src}` });
      continue;
    }
    const matches = matchSource(src, files);
    if (!matches.length) {
      const ref = `${base36Id(`${seed}/session`)}::${base36Id(`${seed}/${src}`)}`;
      throw new MissingSourceError(`failed to calculate checksum of ref ${ref}: "/${clean(src)}": not found`);
    }
    const single = matches.length === 1 && !many && clean(src) === matches[0]?.path;
    for (const m of matches) {
      const target = single && !dest.endsWith('/') ? destPath : resolvePath(destPath, m.rel);
      out.push({ dest: target, content: contextFile(files, m.path) });
    }
  }
  return out;
}

/** A compressed tar of these files: headers plus roughly half the bytes. */
export function copyLayerSize(copied: readonly CopiedFile[]): number {
  const bytes = copied.reduce((n, f) => n + f.content.length, 0);
  return 110 + Math.ceil(bytes * 0.55) + 60 * copied.length;
}
