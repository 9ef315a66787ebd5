import type { FsError } from '../images/effects';
import type { ContainerRecord, Sandbox } from './types';

/**
 * A container's view of files: its own writable layer over the image's files, with the
 * Pod's volumes mounted on top (an emptyDir is one map shared by every container that
 * mounts it — that is how a sidecar sees what the app writes).
 */
export class ContainerFs {
  constructor(
    private readonly c: ContainerRecord,
    private readonly sandbox: Sandbox,
  ) {}

  private locate(path: string): { map: Map<string, string>; key: string; readOnly: boolean } {
    const clean = normalize(path);
    let best: { mountPath: string; name: string; readOnly?: boolean } | undefined;
    for (const m of this.c.config.volumeMounts) {
      const mp = normalize(m.mountPath);
      if ((clean === mp || clean.startsWith(mp + '/')) && (!best || mp.length > best.mountPath.length)) best = { ...m, mountPath: mp };
    }
    if (best) {
      let vol = this.sandbox.volumes.get(best.name);
      if (!vol) {
        vol = new Map();
        this.sandbox.volumes.set(best.name, vol);
      }
      return { map: vol, key: clean.slice(best.mountPath.length) || '/', readOnly: best.readOnly === true };
    }
    return { map: this.c.files, key: clean, readOnly: false };
  }

  read(path: string): string | FsError {
    const { map, key } = this.locate(path);
    const text = map.get(key);
    if (text !== undefined) return text;
    return this.isDir(path) ? 'EISDIR' : 'ENOENT';
  }

  write(path: string, text: string, append: boolean): FsError | undefined {
    const { map, key, readOnly } = this.locate(path);
    if (readOnly) return 'EROFS';
    if (this.isDir(path)) return 'EISDIR';
    map.set(key, append ? (map.get(key) ?? '') + text : text);
    return undefined;
  }

  remove(path: string): FsError | undefined {
    const { map, key, readOnly } = this.locate(path);
    if (readOnly) return 'EROFS';
    return map.delete(key) ? undefined : 'ENOENT';
  }

  isDir(path: string): boolean {
    const { map, key } = this.locate(path);
    if (key === '/') return true;
    const prefix = key + '/';
    for (const k of map.keys()) if (k.startsWith(prefix)) return true;
    return this.c.config.volumeMounts.some((m) => normalize(m.mountPath) === normalize(path)) || map.has(prefix + '.dir');
  }

  mkdir(path: string): void {
    const { map, key } = this.locate(path);
    map.set(`${key}/.dir`, '');
  }

  list(path: string): string[] | FsError {
    if (!this.isDir(path)) return this.read(path) === 'ENOENT' ? 'ENOENT' : 'ENOTDIR';
    const { map, key } = this.locate(path);
    const prefix = key === '/' ? '/' : key + '/';
    const names = new Set<string>();
    for (const k of map.keys()) {
      if (!k.startsWith(prefix)) continue;
      const name = k.slice(prefix.length).split('/')[0]!;
      if (name && name !== '.dir') names.add(name);
    }
    return [...names].sort();
  }
}

export function normalize(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}
