/**
 * The read-only lower layers of a container's root filesystem: the files the image's
 * recipe names (`ImageManifest.files`: nginx's index.html, an app's code) over the family's
 * base files (images/rootfs), with `/`'s usual directories. Built once per image and shared
 * by all its containers, as containerd's snapshotter shares an image's unpacked layers;
 * the container's own writes live above it (fs.ts).
 */
import { rootfsOf, type RootEntry, type RootFs } from '../images/rootfs';
import type { ImageManifest } from '../images/types';
import { baseDirs, baseLinks } from './fileMeta';

/** A path resolved through symbolic links, and the links on the way. */
export interface Resolved {
  path: string;
  via: readonly string[];
}

/** Links a path may go through before the lookup gives up (the kernel's ELOOP limit). */
export const MAX_LINKS = 40;
const MAX_RESOLVED = 4096;

/**
 * Resolve the links in a path, every name or every name but the last, `linkAt` telling
 * what is a link where; the links it followed come back with the path.
 */
export function followLinks(clean: string, last: boolean, linkAt: (key: string) => string | undefined): Resolved {
  let parts = clean.split('/').filter(Boolean);
  let cur = '';
  const via: string[] = [];
  for (let i = 0, hops = 0; i < parts.length; i++) {
    const next = `${cur}/${parts[i]}`;
    const target = i < parts.length - 1 || last ? linkAt(next) : undefined;
    if (target === undefined || hops++ >= MAX_LINKS) {
      cur = next;
      continue;
    }
    via.push(next);
    const resolved = normalizePath(target.startsWith('/') ? target : `${cur}/${target}`);
    parts = [...resolved.split('/').filter(Boolean), ...parts.slice(i + 1)];
    cur = '';
    i = -1;
  }
  return { path: cur || '/', via };
}

/** A path with `.`, `..` and repeated slashes taken out. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

export class ImageLayers {
  private readonly tree: RootFs | undefined;
  /** Directory → the names in it, every directory the layers imply included. */
  private readonly children = new Map<string, Set<string>>();
  private readonly links: ReadonlyMap<string, string> | undefined;
  private readonly dirModes: ReadonlyMap<string, number> | undefined;
  private readonly inodeLinks = new Map<string, number>();
  private readonly resolved = new Map<string, Resolved>();

  constructor(private readonly image: ImageManifest) {
    this.tree = rootfsOf(image);
    this.dirModes = baseDirs(image);
    // An image Pod Lab has no tree for keeps the merged-/usr links every shell image had.
    this.links = this.tree ? undefined : baseLinks(image);
    for (const d of this.dirModes?.keys() ?? []) this.addPath(d);
    for (const d of this.links?.keys() ?? []) this.addPath(d);
    for (const [path, e] of this.tree ?? []) {
      this.addPath(path);
      if (e.kind === 'opaque' && e.inode) this.inodeLinks.set(e.inode, (this.inodeLinks.get(e.inode) ?? 0) + 1);
    }
    for (const path of Object.keys(image.files)) this.addPath(path);
  }

  private addPath(path: string): void {
    let child = path;
    for (let at = path.lastIndexOf('/'); at >= 0 && child !== '/'; at = child.lastIndexOf('/')) {
      const dir = child.slice(0, at) || '/';
      const names = this.children.get(dir);
      if (names) names.add(child.slice(at + 1));
      else this.children.set(dir, new Set([child.slice(at + 1)]));
      child = dir;
    }
  }

  /** What the layers hold at a path (its own recipe's files first), links not followed. */
  entry(key: string): RootEntry | undefined {
    const text = this.image.files[key];
    if (text !== undefined) return { kind: 'file', text, mode: 0o644 };
    return this.tree?.get(key);
  }

  /** A text file's bytes, without making an entry: what servers read on every request. */
  text(key: string): string | undefined {
    const text = this.image.files[key];
    if (text !== undefined) return text;
    const e = this.tree?.get(key);
    return e?.kind === 'file' ? e.text : undefined;
  }

  link(key: string): string | undefined {
    const e = this.tree?.get(key);
    return e?.kind === 'link' ? e.target : this.links?.get(key);
  }

  /**
   * A path with the layers' links followed (every name, or all but the last) and the links
   * it went through: worked out once per image and path, as every container of the image
   * resolves the same few paths (nginx's default.conf through /etc, a shell through /bin).
   */
  resolve(clean: string, last: boolean): Resolved {
    const memoKey = (last ? '1' : '0') + clean;
    let r = this.resolved.get(memoKey);
    if (!r) {
      if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
      this.resolved.set(memoKey, (r = followLinks(clean, last, (k) => this.link(k))));
    }
    return r;
  }

  isDir(key: string): boolean {
    return this.children.has(key) || this.dirModes?.has(key) === true || this.tree?.get(key)?.kind === 'dir';
  }

  names(dir: string): Iterable<string> {
    return this.children.get(dir) ?? [];
  }

  dirMode(key: string): number {
    const e = this.tree?.get(key);
    return e?.kind === 'dir' ? e.mode : (this.dirModes?.get(key) ?? 0o755);
  }

  /** How many names a hard-linked file has (busybox's applets: all of them). */
  nlink(inode: string | undefined): number {
    return inode ? (this.inodeLinks.get(inode) ?? 1) : 1;
  }
}

const layers = new WeakMap<ImageManifest, ImageLayers>();

export function imageLayers(image: ImageManifest): ImageLayers {
  let l = layers.get(image);
  if (!l) layers.set(image, (l = new ImageLayers(image)));
  return l;
}
