/**
 * The commands a container can run, by executable name. The shell looks names up here;
 * `kubectl exec` runs them directly. Network tools (`ip`, `ping`, …) are registered by the
 * networking work with `registerCommand`; an executable an image ships but nobody has
 * registered says so instead of pretending.
 */
import type { Effect, Gen, ProcessContext, SigtermAction } from '../effects';
import type { ShellFlavour } from '../types';

export interface CommandIO {
  /** argv[0] is the name as invoked (`/bin/cat` or `cat`). */
  argv: string[];
  env: Record<string, string>;
  stdin: string;
  /** Working directory, absolute. */
  cwd: string;
  ctx: ProcessContext;
  /** The image's /bin/sh, or undefined for images without one. */
  flavour: ShellFlavour | undefined;
  /** True when the tool is busybox's applet (busybox, alpine), false for GNU coreutils. */
  busybox: boolean;
  /** stdout is the terminal (`kubectl exec -t`, not a pipe or a file): ls then prints columns. */
  stdoutTty?: boolean;
  out(text: string): void;
  err(text: string): void;
  /** A long-running command with its own signal handler (nginx) tells the shell here. */
  onStop?(handler: (signal: string) => SigtermAction): void;
}

export type CommandImpl = (io: CommandIO) => Gen<number>;

const registry = new Map<string, CommandImpl>();

/** Register (or replace) the implementation of an executable, by base name. */
export function registerCommand(name: string, impl: CommandImpl): void {
  registry.set(name, impl);
}

export function getCommand(name: string): CommandImpl | undefined {
  return registry.get(baseName(name));
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** Join a path onto the working directory and normalise `.` and `..`. */
export function resolvePath(cwd: string, path: string): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

/** Whether an image has an executable on its PATH (or at that absolute path). */
export function imageHas(image: { commands: readonly string[] }, name: string): boolean {
  return image.commands.includes(baseName(name)) || image.commands.includes(name);
}

/** The `strerror` text for a file error, as glibc and musl print it. */
export function errnoText(error: string): string {
  const table: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EISDIR: 'Is a directory',
    ENOTDIR: 'Not a directory',
    EACCES: 'Permission denied',
    EROFS: 'Read-only file system',
    EEXIST: 'File exists',
    ENOTEMPTY: 'Directory not empty',
    ENOTSIM: 'Pod Lab does not hold the bytes of this file',
  };
  return table[error] ?? error;
}

/** Register a built-in implementation unless another module already registered that name. */
export function registerDefault(name: string, impl: CommandImpl): void {
  if (!registry.has(name)) registry.set(name, impl);
}

const NO_EFFECTS: readonly Effect[] = [];

/** A command that needs no effects: it writes through `io` and returns its status. */
export function sync(fn: (io: CommandIO) => number): CommandImpl {
  return function* (io) {
    yield* NO_EFFECTS;
    return fn(io);
  };
}
