import type { FileStat, FsError } from '../images/effects';
import type { RootEntry } from '../images/rootfs';
import { atomicDir, imageCreated, ownerParts, utf8Length, writerOf, type FileMeta } from './fileMeta';
import { followLinks, imageLayers, normalizePath, type ImageLayers } from './imageLayers';
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
 * A container's view of files: its own writable layer (`c.files`, what it wrote and the
 * kubelet's files) over the image's read-only layers, as overlayfs stacks them — a file
 * removed from below is hidden by a whiteout (`c.whiteouts`), nothing of the image is
 * copied — with the Pod's volumes mounted on top (an emptyDir is one map shared by every
 * container that mounts it — that is how a sidecar sees what the app writes). A configMap,
 * secret or projected volume is laid out as the kubelet's atomic writer lays it out: each
 * key a symbolic link into `..data`, itself a link to a timestamped directory.
 */
export class ContainerFs {
  private readonly lower: ImageLayers;
  private normalizedMounts: { mountPath: string; name: string; readOnly?: boolean }[] | undefined;

  constructor(
    private readonly c: ContainerRecord,
    private readonly sandbox: Sandbox,
    private readonly clock: FsClock,
  ) {
    this.lower = imageLayers(c.image);
  }

  /** The container's volume mounts with their paths normalised, worked out once. */
  private get mounts(): { mountPath: string; name: string; readOnly?: boolean }[] {
    return (this.normalizedMounts ??= this.c.config.volumeMounts.map((m) => ({ ...m, mountPath: normalize(m.mountPath) })));
  }

  private locate(path: string): Place {
    const clean = normalize(path);
    let best: { mountPath: string; name: string; readOnly?: boolean } | undefined;
    for (const m of this.mounts) {
      const mp = m.mountPath;
      if ((clean === mp || clean.startsWith(mp + '/')) && (!best || mp.length > best.mountPath.length)) best = m;
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

  /**
   * A path in the container's root filesystem, its symbolic links followed (`/bin/ls` is
   * `/usr/bin/ls` where /bin links to usr/bin); `raw` is the path with only its directories
   * followed, when the last name is itself a link (what `ls -l` shows).
   */
  private inLayer(clean: string): Place {
    const raw = this.follow(clean, false);
    const key = this.follow(raw, true);
    return key === raw ? { map: this.c.files, key, readOnly: false } : { map: this.c.files, key, readOnly: false, raw };
  }

  /**
   * Resolve the links in a path: every name, or every name but the last. The image's own
   * resolution holds unless the container replaced or removed a link it goes through.
   */
  private follow(clean: string, last: boolean): string {
    const r = this.lower.resolve(clean, last);
    if (r.via.every((k) => !this.c.files.has(k) && !this.hidden(k))) return r.path;
    return followLinks(clean, last, (k) => this.linkAt(k)).path;
  }

  /** The image's link at a path, unless the container replaced or removed it. */
  private linkAt(key: string): string | undefined {
    if (this.c.files.has(key) || this.hidden(key)) return undefined;
    return this.lower.link(key);
  }

  /** Removed from the image's layers by the container (a whiteout on it or a directory above). */
  private hidden(key: string): boolean {
    const w = this.c.whiteouts;
    if (!w) return false;
    for (let k = key; k.length > 1; k = k.slice(0, k.lastIndexOf('/')) || '/') if (w.has(k)) return true;
    return false;
  }

  /** The image's entry at a layer key, as the container sees it. */
  private lowerEntry(place: Place): RootEntry | undefined {
    return place.volume || this.hidden(place.key) ? undefined : this.lower.entry(place.key);
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
    const place = this.locate(path);
    const text = place.map.get(place.key);
    if (text !== undefined) return text;
    if (!place.volume && !this.hidden(place.key)) {
      const lower = this.lower.text(place.key);
      if (lower !== undefined) return lower;
      if (this.lower.entry(place.key)?.kind === 'opaque') return 'ENOTSIM';
    }
    return this.isDir(path) ? 'EISDIR' : 'ENOENT';
  }

  /** Whether a file is there, in the container's layer or the image's. */
  private exists(place: Place): boolean {
    if (place.map.has(place.key)) return true;
    const e = this.lowerEntry(place);
    return e !== undefined && e.kind !== 'dir';
  }

  write(path: string, text: string, append: boolean): FsError | undefined {
    const place = this.locate(path);
    if (place.readOnly) return 'EROFS';
    if (this.isDir(path)) return 'EISDIR';
    if (this.denied(path, place)) return 'EACCES';
    const existed = this.exists(place);
    const before = append ? (place.map.get(place.key) ?? this.lowerText(place)) : '';
    place.map.set(place.key, before + text);
    this.c.whiteouts?.delete(place.key);
    this.touched(place, existed);
    return undefined;
  }

  /** What an append adds to: the image's text, copied up on the first write (overlayfs' copy-up). */
  private lowerText(place: Place): string {
    const e = this.lowerEntry(place);
    return e?.kind === 'file' ? e.text : '';
  }

  remove(path: string): FsError | undefined {
    const found = this.locate(path);
    // unlink(2) removes a link itself, not what it points to.
    const place = !found.volume && found.raw ? { ...found, key: found.raw } : found;
    if (place.readOnly) return 'EROFS';
    const inImage = this.lowerEntry(place) !== undefined;
    if (!place.map.delete(place.key) && !inImage) return 'ENOENT';
    if (inImage) (this.c.whiteouts ??= new Set()).add(place.key);
    this.metaMap(place, false)?.delete(place.key);
    return undefined;
  }

  isDir(path: string): boolean {
    const place = this.locate(path);
    const { map, key } = place;
    if (key === '/' || this.lowerIsDir(place)) return true;
    const prefix = key + '/';
    for (const k of map.keys()) if (k.startsWith(prefix)) return true;
    if (map.has(prefix + '.dir')) return true;
    const clean = normalize(path);
    return this.c.config.volumeMounts.some((m) => normalize(m.mountPath) === clean || normalize(m.mountPath).startsWith(clean + '/'));
  }

  private lowerIsDir(place: Place): boolean {
    return !place.volume && !this.hidden(place.key) && this.lower.isDir(place.key);
  }

  mkdir(path: string): FsError | undefined {
    const place = this.locate(path);
    if (place.readOnly) return 'EROFS';
    if (this.denied(path, place)) return 'EACCES';
    const existed = this.isDir(path);
    place.map.set(`${place.key}/.dir`, '');
    this.c.whiteouts?.delete(place.key);
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
    if (this.exists(place)) return !owns(path);
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
    if (this.lowerIsDir(place)) {
      for (const name of this.lower.names(place.key)) if (!this.hidden(prefix + name)) names.add(name);
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
    const link = this.linkOf(place);
    const dir = this.isDir(path);
    const text = place.map.get(place.key);
    const lower = text === undefined ? this.lowerEntry(place) : undefined;
    const file = text !== undefined || (lower !== undefined && lower.kind !== 'dir' && lower.kind !== 'link');
    // A link to nothing there (nginx's access.log -> /dev/stdout) is still a link.
    if (!dir && !file && link === undefined) return 'ENOENT';
    const meta = this.metaMap(place, false)?.get(place.key);
    const [owner, group] = meta || !lower || lower.kind === 'link' || !lower.owner ? ownerParts(meta) : ownerParts({ mtime: 0, owner: lower.owner });
    const s: FileStat = {
      type: dir ? 'dir' : 'file',
      size: dir ? 4096 : this.sizeOf(text, lower),
      mode: this.modeOf(place, path, dir, lower),
      nlink: dir ? 2 + this.subdirs(path) : lower?.kind === 'opaque' ? this.lower.nlink(lower.inode) : 1,
      owner,
      group,
      mtime: meta?.mtime ?? this.defaultTime(place),
    };
    if (!dir && text === undefined && lower?.kind === 'opaque' && lower.size === undefined) s.sizeUnknown = true;
    if (link) s.link = link;
    return s;
  }

  private sizeOf(text: string | undefined, lower: RootEntry | undefined): number {
    if (text !== undefined) return utf8Length(text);
    if (lower?.kind === 'file') return utf8Length(lower.text);
    return lower?.kind === 'opaque' ? (lower.size ?? 0) : 0;
  }

  private modeOf(place: Place, path: string, dir: boolean, lower: RootEntry | undefined): number {
    if (!dir) return lower && lower.kind !== 'link' ? lower.mode : 0o644;
    if (!place.volume) return this.lower.dirMode(place.key);
    return (place.raw ?? place.key) === '/' && this.c.config.volumeMounts.some((m) => normalize(m.mountPath) === normalize(path)) ? 0o777 : 0o755;
  }

  private subdirs(path: string): number {
    // A kubelet-written volume holds links and one real directory, the timestamped one.
    if (this.locate(path).raw === '/') return 1;
    const names = this.list(path);
    if (!Array.isArray(names)) return 0;
    const base = normalize(path);
    // A link to a directory (/bin -> usr/bin) is no subdirectory: it adds no `..` link.
    return names.filter((n) => this.isDir(`${base}/${n}`) && !this.isLink(`${base}/${n}`)).length;
  }

  private isLink(path: string): boolean {
    const place = this.locate(path);
    return !place.volume && place.raw !== undefined && this.linkAt(place.raw) !== undefined;
  }

  /** The kubelet's links: `..data -> ..2026_…`, and each top-level key `-> ..data/key`. */
  private linkOf(place: Place): string | undefined {
    const raw = place.raw;
    if (!place.volume) return raw ? this.linkAt(raw) : undefined;
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

const READ_ERRORS: ReadonlySet<string> = new Set<FsError>(['ENOENT', 'EISDIR', 'ENOTSIM']);

/** Whether what `read` answered is an error rather than a file's text. */
export function readFailed(text: string): text is FsError {
  return READ_ERRORS.has(text);
}

export const normalize = normalizePath;
