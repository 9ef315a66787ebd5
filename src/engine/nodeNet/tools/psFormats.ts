// ps's tables: busybox's one format, and procps-ng's (Debian images) default columns, `-f`
// (ps -ef) and BSD `u` (ps aux).
// Memory is not simulated per process, so VSZ and RSS are what such a program typically
// takes, by its name; %MEM is RSS over the node's memory.
import type { ProcInfo } from './view';

export type PsFormat = 'busybox' | 'default' | 'full' | 'user';

/** Which columns procps's arguments ask for: `-f` (with or without -e/-A), BSD `u`, or the default. */
export function psFormat(args: readonly string[]): PsFormat {
  for (const a of args) {
    if (a.startsWith('-') && a.slice(1).includes('f')) return 'full';
    if (!a.startsWith('-') && a.includes('u')) return 'user';
  }
  return 'default';
}

/** Resident and virtual size in KiB of a process, by what it runs. */
function footprint(cmd: string): { vsz: number; rss: number } {
  const name = (cmd.split(' ')[0] ?? '').split('/').pop() ?? '';
  if (name === 'node') return { vsz: 874_208, rss: 31_544 };
  if (cmd.startsWith('nginx: master')) return { vsz: 11_404, rss: 7_312 };
  if (cmd.startsWith('nginx: worker')) return { vsz: 11_872, rss: 2_844 };
  if (name === 'bash') return { vsz: 4_188, rss: 3_404 };
  if (name === 'sh' || name === 'dash') return { vsz: 2_576, rss: 1_580 };
  if (name === 'ps') return { vsz: 8_132, rss: 4_096 };
  if (name === '/pause' || name === 'pause') return { vsz: 1_020, rss: 512 };
  return { vsz: 2_496, rss: 1_544 };
}

/** Process state: PID 1 leads its session; node runs threads; ps is the one running. */
function stat(p: ProcInfo): string {
  const name = (p.cmd.split(' ')[0] ?? '').split('/').pop() ?? '';
  if (name === 'ps') return p.ppid === 0 ? 'Rs' : 'R';
  const leader = p.ppid === 0 ? 's' : '';
  return `S${leader}${name === 'node' ? 'l' : ''}`;
}

const hhmm = (ms: number): string => new Date(ms).toISOString().slice(11, 16);
const hms = (s: number): string => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
const ms = (s: number): string => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** A numeric user's name as the image's /etc/passwd has it, else the number. */
function userName(user: string, passwd: string | undefined): string {
  if (!/^\d+$/.test(user)) return user;
  const line = (passwd ?? '').split('\n').find((l) => l.split(':')[2] === user);
  return line?.split(':')[0] ?? user;
}

/** The table `ps` prints in this format; `memKb` is the node's memory, for %MEM. */
export function psTable(format: PsFormat, procs: readonly ProcInfo[], now: number, memKb: number, passwd?: string): string {
  const rows: string[] = [];
  if (format === 'busybox') {
    rows.push('PID   USER     TIME  COMMAND');
    for (const p of procs) rows.push(`${String(p.pid).padStart(5)} ${p.user.padEnd(8)} ${ms(p.cpu).padStart(5)} ${p.cmd}`);
  } else if (format === 'default') {
    rows.push('    PID TTY          TIME CMD');
    for (const p of procs) rows.push(`${String(p.pid).padStart(7)} ?        ${hms(p.cpu)} ${(p.cmd.split(' ')[0] ?? '').split('/').pop()}`);
  } else if (format === 'full') {
    rows.push('UID          PID    PPID  C STIME TTY          TIME CMD');
    for (const p of procs) {
      const user = userName(p.user, passwd);
      rows.push(`${user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid ?? 0).padStart(7)}  0 ${hhmm(p.start ?? now)} ?        ${hms(p.cpu)} ${p.cmd}`);
    }
  } else {
    rows.push('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    for (const p of procs) {
      const { vsz, rss } = footprint(p.cmd);
      const mem = ((rss / memKb) * 100).toFixed(1);
      const user = userName(p.user, passwd);
      rows.push(`${user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0 ${mem.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ?        ${stat(p).padEnd(4)} ${hhmm(p.start ?? now)} ${ms(p.cpu).padStart(6)} ${p.cmd}`);
    }
  }
  return rows.join('\n') + '\n';
}
