/**
 * An image's root filesystem as Pod Lab knows it: the files its layers unpack, beyond the
 * ones the simulation reads (`ImageManifest.files`). One tree per image family, built once
 * and shared by every container of every image in it: a container's writes go to its own
 * layer above (containerRuntime/fs.ts), as overlayfs puts an upper directory over the
 * image's read-only lower ones.
 */

/** Who owns an entry: `root:root` unless said. */
interface Owned {
  mode: number;
  /** `user:group`; absent: root:root. */
  owner?: string;
}

/** A text file whose bytes are known. */
export interface TextEntry extends Owned {
  kind: 'file';
  text: string;
}

/**
 * A file whose bytes Pod Lab does not hold: a program, or a script it does not reproduce.
 * `size` is the real one when it could be checked (Debian's packages), absent otherwise.
 * Names that share an `inode` are hard links to one file (busybox's applets).
 */
export interface OpaqueEntry extends Owned {
  kind: 'opaque';
  size?: number;
  inode?: string;
}

export interface LinkEntry {
  kind: 'link';
  target: string;
}

export interface DirEntry extends Owned {
  kind: 'dir';
}

export type RootEntry = TextEntry | OpaqueEntry | LinkEntry | DirEntry;

/** Absolute path → entry. Parent directories are implied by their children. */
export type RootFs = ReadonlyMap<string, RootEntry>;

/** A tree under construction: later additions replace earlier ones, as an upper layer does. */
export class RootFsBuilder {
  readonly entries = new Map<string, RootEntry>();

  text(path: string, text: string, mode = 0o644, owner?: string): this {
    this.entries.set(path, owner ? { kind: 'file', text, mode, owner } : { kind: 'file', text, mode });
    return this;
  }

  opaque(path: string, size?: number, mode = 0o755, inode?: string): this {
    const e: OpaqueEntry = { kind: 'opaque', mode };
    if (size !== undefined) e.size = size;
    if (inode !== undefined) e.inode = inode;
    this.entries.set(path, e);
    return this;
  }

  link(path: string, target: string): this {
    this.entries.set(path, { kind: 'link', target });
    return this;
  }

  dir(path: string, mode = 0o755, owner?: string): this {
    this.entries.set(path, owner ? { kind: 'dir', mode, owner } : { kind: 'dir', mode });
    return this;
  }

  /** Programs named `name:size` in one directory (`'ls:151344 cat:44016'`). */
  programs(dir: string, list: string, keep: (name: string) => boolean = () => true): this {
    for (const item of list.split(' ')) {
      const at = item.lastIndexOf(':');
      const name = item.slice(0, at);
      if (keep(name)) this.opaque(`${dir}/${name}`, Number(item.slice(at + 1)));
    }
    return this;
  }
}
