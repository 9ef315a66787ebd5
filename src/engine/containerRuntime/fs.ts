import type { FileStat, FsError } from '../images/effects';
import { atomicDir, baseDirs, baseLinks, imageCreated, ownerParts, utf8Length, writerOf, type FileMeta } from './fileMeta';
import type { ContainerRecord, Sandbox } from './types';

/** The runtime's clock: the cluster's epoch and the virtual time since. */
export interface FsClock {
  epoch: number;
  net: { now(): number };
}

/** Where a path lives: the container's layer or a volume, and its key there. */
interface Place {
  map: Map<string, string>;
  key: string;
  readOnly: boolean;
  /** The volume's name, when mounted from one. */
  volume?: string;
  /** The key as the path names it, before a link is followed: `..data/` in a kubelet-written volume, `/bin` in the layer. */
  raw?: string;
}

/** The files the kubelet writes into every container when it is made. */
const POD_FILES = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);

/**
 * A container's view of files: its own writable layer over the image's files, with the
 * Pod's volumes mounted on top (an emptyDir is one map shared by every container that
 * mounts it — that is how a sidecar sees what the app writes). A configMap, secret or
 * projected volume is laid out as the kubelet's atomic writer lays it out: each key a
 * symbolic link into `..data`, itself a link to a timestamped directory.
 */
export class ContainerFs {
  constructor(
    private readonly c: ContainerRecord,
    private readonly sandbox: Sandbox,
    private readonly clock: FsClock,
  ) {}

  private locate(path: string): Place {
    const clean = normalize(path);
    let best: { mountPath: string; name: string; readOnly?: boolean } | undefined;
    for (const m of this.c.config.volumeMounts) {
      const mp = normalize(m.mountPath);
      if ((clean === mp || clean.startsWith(mp + '/')) && (!best || mp.length > best.mountPath.length)) best = { ...m, mountPath: mp };
    }
    if (!best) return this.inLayer(clean);
    let vol = this.sandbox.volumes.get(best.name);
    if (!vol) {
      vol = new Map();
      this.sandbox.volumes.set(best.name, vol);
    }
    const key = clean.slice(best.mountPath.length) || '/';
    const place: Place = { map: vol, key, readOnly: best.readOnly === true, volume: best.name };
    if (this.sandbox.projected?.has(best.name)) {
      const head = key.split('/')[1] ?? '';
      place.raw = key;
      if (head === '..data' || head === this.atomicDir()) place.key = key.slice(head.length + 1) || '/';
    }
    return place;
  }

  /** A path in the container's own layer, through `/bin -> usr/bin` when the image has such links. */
  private inLayer(clean: string): Place {
    const links = baseLinks(this.c.image);
    const head = clean.indexOf('/', 1) < 0 ? clean : clean.slice(0, clean.indexOf('/', 1));
    const target = links?.get(head);
    if (!target) return { map: this.c.files, key: clean, readOnly: false };
    return { map: this.c.files, key: `/${target}${clean.slice(head.length)}`, readOnly: false, raw: clean };
  }

  private atomicDir(): string {
    return atomicDir(this.sandbox, this.clock.epoch);
  }

  private metaMap(place: Place, create: true): Map<string, FileMeta>;
  private metaMap(place: Place, create: false): Map<string, FileMeta> | undefined;
  private metaMap(place: Place, create: boolean): Map<string, FileMeta> | undefined {
    if (!place.volume) return create ? (this.c.fileMeta ??= new Map()) : this.c.fileMeta;
    const all = create ? (this.sandbox.volumeMeta ??= new Map()) : this.sandbox.volumeMeta;
    let meta = all?.get(place.volume);
    if (!meta && all && create) all.set(place.volume, (meta = new Map()));
    return meta;
  }

  /**
   * A write or mkdir: the file's time, its owner when it is new (writing over a file keeps
   * its owner, as the inode stays), and its directory's time.
   */
  private touched(place: Place, existed: boolean): void {
    const meta = this.metaMap(place, true);
    const mtime = this.clock.epoch + this.clock.net.now();
    const owner = existed ? meta.get(place.key)?.owner : writerOf(this.c.image.config);
    meta.set(place.key, owner ? { mtime, owner } : { mtime });
    const parent = place.key.slice(0, place.key.lastIndexOf('/')) || '/';
    meta.set(parent, { ...meta.get(parent), mtime });
  }

  read(path: string): string | FsError {
    const { map, key } = this.locate(path);
    const text = map.get(key);
    if (text !== undefined) return text;
    return this.isDir(path) ? 'EISDIR' : 'ENOENT';
  }

  write(path: string, text: string, append: boolean): FsError | undefined {
    const place = this.locate(path);
    if (place.readOnly) return 'EROFS';
    if (this.isDir(path)) return 'EISDIR';
    if (this.denied(path, place)) return 'EACCES';
    const existed = place.map.has(place.key);
    place.map.set(place.key, append ? (place.map.get(place.key) ?? '') + text : text);
    this.touched(place, existed);
    return undefined;
  }

  remove(path: string): FsError | undefined {
    const place = this.locate(path);
    if (place.readOnly) return 'EROFS';
    if (!place.map.delete(place.key)) return 'ENOENT';
    this.metaMap(place, false)?.delete(place.key);
    return undefined;
  }

  isDir(path: string): boolean {
    const { map, key, volume } = this.locate(path);
    if (key === '/' || (!volume && baseDirs(this.c.image)?.has(key))) return true;
    const prefix = key + '/';
    for (const k of map.keys()) if (k.startsWith(prefix)) return true;
    if (map.has(prefix + '.dir')) return true;
    const clean = normalize(path);
    return this.c.config.volumeMounts.some((m) => normalize(m.mountPath) === clean || normalize(m.mountPath).startsWith(clean + '/'));
  }

  mkdir(path: string): FsError | undefined {
    const place = this.locate(path);
    if (place.readOnly) return 'EROFS';
    if (this.denied(path, place)) return 'EACCES';
    const existed = this.isDir(path);
    place.map.set(`${place.key}/.dir`, '');
    this.touched(place, existed);
    return undefined;
  }

  /**
   * A process that is not root writes only where it may: in a directory it owns or anyone
   * may write to (/tmp, an emptyDir), and over a file it owns. Root may write anywhere.
   */
  private denied(path: string, place: Place): boolean {
    const writer = writerOf(this.c.image.config);
    if (!writer) return false;
    const owns = (p: string): boolean => {
      const s = this.stat(p);
      return typeof s !== 'string' && (`${s.owner}:${s.group}` === writer || (s.mode & 0o002) !== 0);
    };
    if (place.map.has(place.key)) return !owns(path);
    return !owns(normalize(path + '/..'));
  }

  list(path: string): string[] | FsError {
    if (!this.isDir(path)) return this.read(path) === 'ENOENT' ? 'ENOENT' : 'ENOTDIR';
    const place = this.locate(path);
    const prefix = place.key === '/' ? '/' : place.key + '/';
    const names = new Set<string>();
    for (const k of place.map.keys()) {
      if (!k.startsWith(prefix)) continue;
      const name = k.slice(prefix.length).split('/')[0]!;
      if (name && name !== '.dir') names.add(name);
    }
    if (place.raw === '/') names.add('..data').add(this.atomicDir());
    if (!place.volume) {
      for (const dir of [...(baseDirs(this.c.image)?.keys() ?? []), ...(baseLinks(this.c.image)?.keys() ?? [])]) {
        if (dir.startsWith(prefix) && dir.indexOf('/', prefix.length) < 0) names.add(dir.slice(prefix.length));
      }
    }
    // Mount points show in the directory that holds them, whatever the layer below has.
    const clean = normalize(path);
    const under = clean === '/' ? '/' : clean + '/';
    for (const m of this.c.config.volumeMounts) {
      const mp = normalize(m.mountPath);
      if (mp.startsWith(under) && mp !== clean) names.add(mp.slice(under.length).split('/')[0]!);
    }
    return [...names].sort();
  }

  /** `lstat` and `stat` at once: what the path is, and the link it is if it is one. */
  stat(path: string): FileStat | FsError {
    const place = this.locate(path);
    const dir = this.isDir(path);
    const text = place.map.get(place.key);
    if (!dir && text === undefined) return 'ENOENT';
    const meta = this.metaMap(place, false)?.get(place.key);
    const [owner, group] = ownerParts(meta);
    const s: FileStat = {
      type: dir ? 'dir' : 'file',
      size: dir ? 4096 : utf8Length(text ?? ''),
      mode: this.modeOf(place, path, dir),
      nlink: dir ? 2 + this.subdirs(path) : 1,
      owner,
      group,
      mtime: meta?.mtime ?? this.defaultTime(place),
    };
    const link = this.linkOf(place);
    if (link) s.link = link;
    return s;
  }

  private modeOf(place: Place, path: string, dir: boolean): number {
    if (!dir) return 0o644;
    if (!place.volume) return baseDirs(this.c.image)?.get(place.key) ?? 0o755;
    return (place.raw ?? place.key) === '/' && this.c.config.volumeMounts.some((m) => normalize(m.mountPath) === normalize(path)) ? 0o777 : 0o755;
  }

  private subdirs(path: string): number {
    // A kubelet-written volume holds links and one real directory, the timestamped one.
    if (this.locate(path).raw === '/') return 1;
    const names = this.list(path);
    if (!Array.isArray(names)) return 0;
    const base = normalize(path);
    return names.filter((n) => this.isDir(`${base}/${n}`)).length;
  }

  /** The kubelet's links: `..data -> ..2026_…`, and each top-level key `-> ..data/key`. */
  private linkOf(place: Place): string | undefined {
    const raw = place.raw;
    if (!place.volume) return raw ? baseLinks(this.c.image)?.get(raw) : undefined;
    if (!raw || raw === '/' || raw.indexOf('/', 1) >= 0) return undefined;
    if (raw === '/..data') return this.atomicDir();
    return raw.startsWith('/..') ? undefined : `..data${raw}`;
  }

  /** Files nobody wrote since: the image's build time; what the kubelet wrote, the Pod's start. */
  private defaultTime(place: Place): number {
    if (place.volume) return this.clock.epoch + this.sandbox.createdAt;
    if (POD_FILES.has(place.key)) return this.clock.epoch + this.c.createdAt;
    return imageCreated(this.c.image);
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
