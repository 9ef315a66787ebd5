/**
 * A tiny fake container runtime for tests: it runs a Program, answering each effect from
 * a scripted world (files, DNS, HTTP, ports) on a virtual clock, and records what a
 * learner would see — log lines with their times, the exit code.
 */
import type { Effect, Program, ProcessContext, Server } from '../../../src/engine/images/effects';
import type { ImageManifest } from '../../../src/engine/images/types';

export interface LogLine {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface World {
  /** Epoch ms; advanced by sleeps. */
  now: number;
  files: Map<string, string>;
  dirs: Set<string>;
  servers: Map<number, Server>;
  takenPorts: Set<number>;
  resolve: (name: string) => unknown;
  http: (url: string, headers: Record<string, string> | undefined) => unknown;
  kill: (process: string, signal: string) => boolean;
  allocated: number;
  /** Lines written to the process's stdin; when none is left, a read blocks (the run stops there). */
  stdin?: string[];
}

/** 2025-11-02T10:00:00Z: a fixed wall-clock origin for the virtual clock. */
export const T0 = Date.UTC(2025, 10, 2, 10, 0, 0);

export function world(partial: Partial<World> = {}): World {
  return {
    now: T0,
    files: new Map(),
    dirs: new Set(['/', '/tmp']),
    servers: new Map(),
    takenPorts: new Set(),
    resolve: (name) => ({ ok: false, error: 'NXDOMAIN', name: `${name}.default.svc.cluster.local` }),
    http: () => ({ ok: false, error: 'ECONNREFUSED', elapsedMs: 1 }),
    kill: () => false,
    allocated: 0,
    ...partial,
  };
}

export function context(image: ImageManifest, w: World, extra: Partial<ProcessContext> = {}): ProcessContext {
  return {
    hostname: 'kubia-manual',
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: 'kubia-manual' },
    argv: [],
    image,
    podIP: '10.244.1.5',
    now: () => w.now,
    ...extra,
  };
}

const parent = (p: string): string => p.slice(0, Math.max(1, p.lastIndexOf('/')));

function answer(w: World, e: Effect): unknown {
  switch (e.op) {
    case 'listen':
      if (w.takenPorts.has(e.port)) return { ok: false, error: 'EADDRINUSE' };
      w.servers.set(e.port, e.serve);
      return { ok: true };
    case 'resolve':
      return w.resolve(e.name);
    case 'http':
      return w.http(e.url, e.headers);
    case 'readFile': {
      if (w.dirs.has(e.path)) return { ok: false, error: 'EISDIR' };
      const text = w.files.get(e.path);
      return text === undefined ? { ok: false, error: 'ENOENT' } : { ok: true, text };
    }
    case 'writeFile':
      if (!w.dirs.has(parent(e.path))) return { ok: false, error: 'ENOENT' };
      w.files.set(e.path, (e.append ? (w.files.get(e.path) ?? '') : '') + e.text);
      return { ok: true };
    case 'stat':
      if (w.dirs.has(e.path)) return { ok: true, type: 'dir', size: 4096 };
      return w.files.has(e.path) ? { ok: true, type: 'file', size: w.files.get(e.path)?.length ?? 0 } : { ok: false, error: 'ENOENT' };
    case 'readDir': {
      if (!w.dirs.has(e.path)) return { ok: false, error: 'ENOENT' };
      const prefix = e.path === '/' ? '/' : `${e.path}/`;
      const names = [...w.files.keys(), ...w.dirs].filter((p) => p.startsWith(prefix) && p !== e.path && !p.slice(prefix.length).includes('/'));
      return { ok: true, entries: names.map((p) => p.slice(prefix.length)) };
    }
    case 'remove':
      return w.files.delete(e.path) || w.dirs.delete(e.path) ? { ok: true } : { ok: false, error: 'ENOENT' };
    case 'mkdir':
      if (w.dirs.has(e.path) && !e.parents) return { ok: false, error: 'EEXIST' };
      w.dirs.add(e.path);
      return { ok: true };
    case 'kill':
      return { ok: w.kill(e.process, e.signal) };
    case 'allocate':
      w.allocated += e.bytes;
      return undefined;
    default:
      return undefined;
  }
}

export interface RunResult {
  logs: LogLine[];
  exitCode?: number;
  effects: Effect[];
  /** Text of stdout+stderr lines, in order. */
  lines: string[];
}

/** Run until the program exits, or until virtual time would pass `untilMs` after start. */
export function run(program: Program, w: World, untilMs = 60_000, maxEffects = 100_000): RunResult {
  const end = w.now + untilMs;
  const logs: LogLine[] = [];
  const effects: Effect[] = [];
  let input: unknown;
  let exitCode: number | undefined;
  for (let i = 0; i < maxEffects; i++) {
    const step = program.next(input);
    if (step.done) {
      exitCode ??= step.value;
      break;
    }
    const e = step.value;
    effects.push(e);
    if (e.op === 'exit') {
      exitCode = e.code;
      continue;
    }
    if (e.op === 'stdin') {
      const line = w.stdin?.shift();
      if (line === undefined) break;
      input = line;
      continue;
    }
    if (e.op === 'log') logs.push({ t: w.now, stream: e.stream, text: e.text });
    if (e.op === 'logLines') for (const text of e.lines) logs.push({ t: w.now, stream: e.stream, text });
    if (e.op === 'sleep') {
      if (w.now + e.ms > end) break;
      w.now += e.ms;
    }
    input = answer(w, e);
  }
  return { logs, exitCode, effects, lines: logs.map((l) => l.text) };
}

/** Send an HTTP request to a server the program bound. */
export function request(w: World, port: number, path: string, ctx: ProcessContext, remoteAddr = '10.244.1.1', headers: Record<string, string> = {}) {
  const server = w.servers.get(port);
  if (!server) throw new Error(`nothing listens on ${port}`);
  return server.handle({ method: 'GET', path, headers: { host: '10.244.1.5', 'user-agent': 'curl/8.17.0', ...headers }, remoteAddr, time: w.now }, ctx);
}
