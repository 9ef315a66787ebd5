/**
 * How `ls -l` prints a file, in GNU coreutils' words (Debian-based images) and busybox's
 * (busybox, alpine). Pure functions over what `stat` answered, so each is tested alone.
 */
import type { FileStat } from '../../effects';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `drwxr-xr-x`, `-rw-r--r--`, `lrwxrwxrwx`, `drwxrwxrwt` (/tmp's sticky bit). */
export function modeString(s: Pick<FileStat, 'type' | 'mode' | 'link'>): string {
  if (s.link !== undefined) return 'lrwxrwxrwx';
  const bits = ['r', 'w', 'x', 'r', 'w', 'x', 'r', 'w', 'x'].map((ch, i) => ((s.mode >> (8 - i)) & 1 ? ch : '-'));
  if (s.mode & 0o1000) bits[8] = bits[8] === 'x' ? 't' : 'T';
  return (s.type === 'dir' ? 'd' : '-') + bits.join('');
}

/** GNU's "six months": half of an average Gregorian year, in ms. */
const GNU_SIX_MONTHS = (31_556_952 / 2) * 1000;
/** busybox's: half of 365 days; and it lets a file be 15 minutes in the future. */
const BUSYBOX_SIX_MONTHS = ((3600 * 24 * 365) / 2) * 1000;

/**
 * The time column: `Jan  5 09:00` for a file changed within the last six months,
 * `May 22  2018` for an older one (or, for GNU, one in the future).
 */
export function lsDate(mtime: number, now: number, busybox: boolean): string {
  const d = new Date(mtime);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')}`;
  const age = now - mtime;
  const recent = busybox ? age < BUSYBOX_SIX_MONTHS && age > -15 * 60_000 : age < GNU_SIX_MONTHS && age >= 0;
  if (!recent) return `${day}  ${d.getUTCFullYear()}`;
  return `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * The 1K blocks a file takes on the node's ext4 (4K blocks): what `total` adds up. A
 * symbolic link's target fits in its inode, and an empty file has no block.
 */
export function blocksK(s: Pick<FileStat, 'size' | 'link'>): number {
  if (s.link !== undefined || s.size === 0) return 0;
  return Math.ceil(s.size / 4096) * 4;
}

/**
 * `-h` sizes. GNU rounds up and shows a decimal below 10 (`4.0K`, `13K`); busybox rounds
 * to the nearest tenth and always shows it (`12.1K`). Both leave bytes as they are.
 */
export function humanSize(bytes: number, busybox: boolean): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let u = -1;
  let v = bytes;
  if (busybox) {
    let frac = 0;
    let whole = bytes;
    while (whole >= 1024) {
      frac = Math.floor(((whole % 1024) * 10 + 512) / 1024);
      whole = Math.floor(whole / 1024);
      u++;
    }
    if (frac >= 10) [whole, frac] = [whole + 1, 0];
    return `${whole}.${frac}${units[u]}`;
  }
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (v < 10) {
    const tenths = Math.ceil(v * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${units[u]}`;
  }
  return `${Math.ceil(v - 1e-9)}${units[u]}`;
}

export interface LongEntry {
  name: string;
  stat: FileStat;
}

export interface LongOptions {
  busybox: boolean;
  human: boolean;
  now: number;
}

/** The `total` line of a directory listed long (GNU humanises it with `-h`; busybox does not). */
export function totalLine(entries: readonly LongEntry[], o: LongOptions): string {
  const k = entries.reduce((sum, e) => sum + blocksK(e.stat), 0);
  return `total ${o.human && !o.busybox ? humanSize(k * 1024, false) : k}`;
}

function sizeOf(s: FileStat, o: LongOptions): string {
  if (s.sizeUnknown && s.link === undefined) return '?';
  const bytes = s.link !== undefined ? s.link.length : s.size;
  return o.human ? humanSize(bytes, o.busybox) : String(bytes);
}

/**
 * The long lines. GNU pads each column to its widest entry; busybox uses fixed widths
 * (`%-10s %4lu %-8.8s %-8.8s %9llu`, 7 for a human size).
 */
export function longLines(entries: readonly LongEntry[], o: LongOptions): string[] {
  const rows = entries.map((e) => ({
    mode: modeString(e.stat),
    links: String(e.stat.link !== undefined ? 1 : e.stat.nlink),
    owner: e.stat.owner,
    group: e.stat.group,
    size: sizeOf(e.stat, o),
    date: lsDate(e.stat.mtime, o.now, o.busybox),
    name: e.stat.link !== undefined ? `${e.name} -> ${e.stat.link}` : e.name,
  }));
  if (o.busybox) {
    const sizeWidth = o.human ? 7 : 9;
    return rows.map((r) => `${r.mode} ${r.links.padStart(4)} ${r.owner.slice(0, 8).padEnd(8)} ${r.group.slice(0, 8).padEnd(8)} ${r.size.padStart(sizeWidth)} ${r.date} ${r.name}`);
  }
  const width = (key: 'links' | 'owner' | 'group' | 'size'): number => Math.max(0, ...rows.map((r) => r[key].length));
  const [wl, wo, wg, ws] = [width('links'), width('owner'), width('group'), width('size')];
  return rows.map((r) => `${r.mode} ${r.links.padStart(wl)} ${r.owner.padEnd(wo)} ${r.group.padEnd(wg)} ${r.size.padStart(ws)} ${r.date} ${r.name}`);
}

/** The width ls assumes for the terminal kubectl exec -t opens (no COLUMNS in a container). */
export const TERMINAL_WIDTH = 80;

/**
 * Names in columns, as ls prints them to a terminal, filled down then across. GNU fits as
 * many columns as it can, each as wide as its longest name plus two spaces (the last one
 * not padded); busybox gives every column the longest name's width plus two.
 */
export function columns(names: readonly string[], busybox: boolean, width = TERMINAL_WIDTH): string[] {
  if (!names.length) return [];
  const len = names.map((n) => n.length);
  let best = { cols: 1, widths: [Math.max(...len)] };
  if (busybox) {
    const w = Math.max(...len) + 2;
    const cols = Math.max(1, Math.floor(width / w));
    best = { cols, widths: Array.from({ length: cols }, () => w) };
  } else {
    for (let cols = 2; cols <= names.length; cols++) {
      const rows = Math.ceil(names.length / cols);
      if (Math.ceil(names.length / rows) < cols) continue;
      const widths = Array.from({ length: cols }, (_, c) => Math.max(0, ...len.slice(c * rows, (c + 1) * rows)) + (c === cols - 1 ? 0 : 2));
      if (widths.reduce((a, b) => a + b, 0) < width) best = { cols, widths };
    }
  }
  const rows = Math.ceil(names.length / best.cols);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < best.cols; c++) {
      const name = names[c * rows + r];
      if (name !== undefined) cells.push(name.padEnd(best.widths[c] ?? 0));
    }
    lines.push(cells.join('').trimEnd());
  }
  return lines;
}
