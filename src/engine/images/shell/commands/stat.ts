/**
 * `stat`, GNU coreutils' (with the Birth line) and busybox's: the default report, `-c`/
 * `--format` and `--printf` with the usual directives, `-L` to follow a link. What the
 * filesystem does not keep — inode numbers, the device — is made up, stable per path.
 */
import { stat, type FileStat, type Gen } from '../../effects';
import { strftime } from '../../clock';
import { errnoText, resolvePath, type CommandIO } from '../registry';
import { blocksK, modeString } from './lsFormat';

const GNU_FORMAT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Hd,%Ld\tInode: %-10i  Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const BUSYBOX_FORMAT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: %Dh/%dd\tInode: %-10i  Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n';

/** The IDs of the users and groups the images' /etc/passwd and /etc/group name. */
const IDS: Record<string, number> = { root: 0, nginx: 101, curl_user: 100, curl_group: 101 };

/** The container's overlay filesystem: an anonymous device, as containerd's snapshots are. */
const DEVICE = { major: 0, minor: 63 };

/** A made-up inode number that stays the same for a path. */
function inode(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619) >>> 0;
  return 1_000_000 + (h % 8_000_000);
}

const fullTime = (ms: number): string => `${strftime('%Y-%m-%d %H:%M:%S', ms)}.${String(ms % 1000).padStart(3, '0')}000000 +0000`;

function fileType(s: FileStat): string {
  if (s.link !== undefined) return 'symbolic link';
  if (s.type === 'dir') return 'directory';
  return s.size === 0 ? 'regular empty file' : 'regular file';
}

/** One directive's value, before its width and flags are applied. */
function directive(c: string, name: string, s: FileStat, busybox: boolean, path: string): string | number | undefined {
  const link = s.link !== undefined;
  const size = link ? s.link!.length : s.size;
  const mode = link ? 0o777 : s.mode;
  const table: Record<string, () => string | number> = {
    n: () => name,
    N: () => (link ? (busybox ? `'${name}' -> '${s.link}'` : `${name} -> ${s.link}`) : name),
    s: () => size,
    b: () => blocksK({ size, ...(link ? { link: s.link! } : {}) }) * 2,
    B: () => 512,
    o: () => 4096,
    f: () => ((link ? 0o120000 : s.type === 'dir' ? 0o40000 : 0o100000) | mode).toString(16),
    F: () => fileType(s),
    a: () => mode.toString(8),
    A: () => modeString(s),
    h: () => (link ? 1 : s.nlink),
    i: () => inode(path),
    u: () => IDS[s.owner] ?? 1000,
    U: () => s.owner,
    g: () => IDS[s.group] ?? 1000,
    G: () => s.group,
    d: () => DEVICE.major * 256 + DEVICE.minor,
    D: () => (DEVICE.major * 256 + DEVICE.minor).toString(16),
    H: () => DEVICE.major,
    L: () => DEVICE.minor,
    x: () => fullTime(s.mtime),
    y: () => fullTime(s.mtime),
    z: () => fullTime(s.mtime),
    w: () => '-',
    X: () => Math.floor(s.mtime / 1000),
    Y: () => Math.floor(s.mtime / 1000),
    Z: () => Math.floor(s.mtime / 1000),
    W: () => 0,
  };
  return table[c]?.();
}

/** Expand a format as printf would each directive: `%-10s`, `%04a`, `%10.10A`; `%Hd`/`%Ld` are GNU's device halves. */
export function formatStat(format: string, name: string, s: FileStat, busybox: boolean, path = name): string {
  return format.replace(/%([-0#+ ]*)(\d*)(?:\.(\d+))?([HL]?[a-zA-Z%])/g, (whole, flags: string, width: string, precision: string | undefined, c: string) => {
    if (c === '%') return '%';
    const value = directive(c.length === 2 ? c[0]! : c, name, s, busybox, path);
    if (value === undefined) return whole;
    let text = String(value);
    if (precision !== undefined && typeof value === 'string') text = text.slice(0, Number(precision));
    const w = Number(width || 0);
    if (flags.includes('-')) return text.padEnd(w);
    return text.padStart(w, flags.includes('0') && /^\d+$/.test(text) ? '0' : ' ');
  });
}

const unescape = (s: string): string => s.replace(/\\(.)/g, (whole, c: string) => ({ n: '\n', t: '\t', '\\': '\\' })[c] ?? whole);

export function* statCommand(io: CommandIO): Gen<number> {
  let format: string | undefined;
  let follow = false;
  const files: string[] = [];
  const args = io.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-c' || a === '--format') format = `${args[++i] ?? ''}\n`;
    else if (a.startsWith('--format=')) format = `${a.slice(9)}\n`;
    else if (a.startsWith('--printf=')) format = unescape(a.slice(9));
    else if (a === '-L' || a === '--dereference') follow = true;
    else files.push(a);
  }
  if (!files.length) {
    io.err(io.busybox ? 'stat: missing operand\n' : "stat: missing operand\nTry 'stat --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const f of files) {
    const path = resolvePath(io.cwd, f);
    const r = yield* stat(path);
    if (!r.ok) {
      status = 1;
      io.err(io.busybox ? `stat: can't stat '${f}': ${errnoText(r.error)}\n` : `stat: cannot statx '${f}': ${errnoText(r.error)}\n`);
      continue;
    }
    const { ok: _ok, link, ...rest } = r;
    const s: FileStat = follow || link === undefined ? rest : { ...rest, link };
    io.out(formatStat(format ?? (io.busybox ? BUSYBOX_FORMAT : GNU_FORMAT), f, s, io.busybox, path));
  }
  return status;
}
