/**
 * What the filesystem records about a file besides its bytes: when it was last written and
 * by whom. Nothing is recorded at container start — an image's files carry the image's
 * build time and the kubelet's files the Pod's start — so only a write costs an entry.
 */
import { strftime } from '../images/clock';
export { utf8Length } from '../images/effects';
import type { ImageConfig, ImageManifest } from '../images/types';
import type { Sandbox } from './types';

export interface FileMeta {
  /** Last modification, epoch ms. */
  mtime: number;
  /** `user:group` of the process that made it; absent: root. */
  owner?: string;
}

/** When the registry's catalog says an image was built when it does not say. */
const CATALOG_BUILT = '2025-11-03T00:00:00Z';

const builtAt = new WeakMap<ImageManifest, number>();

/** The image config's `created`, epoch ms: the modification time of every file it ships. */
export function imageCreated(image: ImageManifest): number {
  let t = builtAt.get(image);
  if (t === undefined) {
    t = Date.parse(image.created ?? CATALOG_BUILT);
    builtAt.set(image, t);
  }
  return t;
}

/** An image's `USER` that is root: none, `0`, `root`, or either with a group (`0:0`, `root:wheel`). */
export function runsAsRoot(user: string | undefined): user is undefined {
  return !user || user === '0' || user === 'root' || user.startsWith('0:') || user.startsWith('root:');
}

/** Users whose primary group is not their own name, from their image's /etc/passwd. */
const PRIMARY_GROUPS: Record<string, string> = { curl_user: 'curl_group' };

/**
 * Who owns what a process writes: the image's `USER` (a name's primary group from its
 * passwd entry, by default its own name as useradd makes it; a bare UID has GID 0, as runc
 * gives it); root when the image sets none.
 */
export function writerOf(config: ImageConfig): string | undefined {
  const user = config.user;
  if (runsAsRoot(user)) return undefined;
  const [name = '', group] = user.split(':');
  return `${name}:${group ?? PRIMARY_GROUPS[name] ?? (/^\d+$/.test(name) ? 'root' : name)}`;
}

export function ownerParts(meta: FileMeta | undefined): [string, string] {
  if (!meta?.owner) return ['root', 'root'];
  const [user = 'root', group = 'root'] = meta.owner.split(':');
  return [user, group];
}

/**
 * The timestamped directory the kubelet's atomic writer puts a configMap, secret or
 * projected volume's files in (`..2026_01_05_09_00_12.3392862478`); `..data` links to it and
 * each key to `..data/key`, so an update swaps one link. The digits are MkdirTemp's random
 * suffix, here taken from the sandbox's ID.
 */
export function atomicDir(sandbox: Sandbox, epoch: number): string {
  const suffix = parseInt(sandbox.id.slice(0, 8), 16) >>> 0;
  return `..${strftime('%Y_%m_%d_%H_%M_%S', epoch + sandbox.createdAt)}.${suffix}`;
}

/** `/`'s directories in every Debian-based image (bin, lib and sbin are links into /usr there), and their modes. */
const DEBIAN_DIRS = new Map([
  ['/boot', 0o755], ['/dev', 0o755], ['/etc', 0o755], ['/home', 0o755], ['/media', 0o755], ['/mnt', 0o755], ['/opt', 0o755],
  ['/proc', 0o555], ['/root', 0o700], ['/run', 0o755], ['/srv', 0o755], ['/sys', 0o555], ['/tmp', 0o1777], ['/usr', 0o755], ['/var', 0o755],
  ['/usr/bin', 0o755], ['/usr/lib', 0o755], ['/usr/lib64', 0o755], ['/usr/local', 0o755], ['/usr/sbin', 0o755], ['/usr/share', 0o755],
]);
/** Debian's merged /usr: `bin -> usr/bin` and the like. */
const DEBIAN_LINKS = new Map([['/bin', 'usr/bin'], ['/lib', 'usr/lib'], ['/lib64', 'usr/lib64'], ['/sbin', 'usr/sbin']]);
/** alpine's (its programs are busybox's too). */
const ALPINE_DIRS = new Map([...DEBIAN_DIRS].filter(([d]) => d !== '/boot' && d !== '/usr/lib64').concat([['/bin', 0o755], ['/lib', 0o755], ['/sbin', 0o755]]).sort());
/** busybox's. */
const BUSYBOX_DIRS = new Map([
  ['/bin', 0o755], ['/dev', 0o755], ['/etc', 0o755], ['/home', 0o755], ['/lib', 0o755], ['/proc', 0o555], ['/root', 0o700],
  ['/sys', 0o555], ['/tmp', 0o1777], ['/usr', 0o755], ['/var', 0o755],
]);

/**
 * The directories an image's root filesystem always has, whatever files the simulation
 * knows in them (`ls -ld /tmp` is `drwxrwxrwt`); none for an image without a shell.
 */
export function baseDirs(image: ImageManifest): ReadonlyMap<string, number> | undefined {
  if (!image.shell) return undefined;
  if (image.versions.alpine) return ALPINE_DIRS;
  return image.shell === 'ash' ? BUSYBOX_DIRS : DEBIAN_DIRS;
}

/** The links an image's root filesystem always has (Debian's merged /usr); none for busybox or alpine. */
export function baseLinks(image: ImageManifest): ReadonlyMap<string, string> | undefined {
  return image.shell && image.shell !== 'ash' ? DEBIAN_LINKS : undefined;
}
