/**
 * `docker build [OPTIONS] PATH | -`: from the flags to a build plan — the context under
 * PATH (or only a Dockerfile on stdin), `-f`, every `-t` checked as buildx checks it,
 * `--no-cache`, `--pull`, and `-q` / `--progress=quiet`.
 */
import { parseImageRef } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { runBuild } from './build';
import { buildContext } from './buildContext';
import { err } from './effects';

const PROGRESS_MODES = ['auto', 'quiet', 'plain', 'tty', 'rawjson'];

export function* dockerBuild(env: DockerEnv, args: ParsedArgs): DockerProgram {
  const path = args.positional[0] ?? '.';
  const tags = args.flags.tag as string[];
  for (const t of tags) {
    const parsed = parseImageRef(t);
    if (!parsed.ok) {
      yield* err(`ERROR: invalid tag ${JSON.stringify(t)}: ${parsed.error}\n`);
      return 1;
    }
  }
  const progress = String(args.flags.progress);
  if (!PROGRESS_MODES.includes(progress)) {
    yield* err(`ERROR: invalid progress mode ${JSON.stringify(progress)}\n`);
    return 1;
  }
  if (/^(https?:\/\/|git@)/.test(path)) {
    yield* err(`Pod Lab builds only from the laptop's working directory: try "docker build -t NAME ."\n`);
    return 1;
  }
  const file = String(args.flags.file);
  let context: Record<string, string> = {};
  if (path !== '-') {
    const ctx = buildContext(env.files, path);
    if (!ctx.ok) {
      yield* err(`ERROR: failed to build: ${ctx.error}\n`);
      return 1;
    }
    context = ctx.files;
  }
  const dockerfileName = file === '' || file === '-' ? 'Dockerfile' : file;
  const dockerfile = path === '-' || file === '-' ? env.stdin : file !== '' ? (env.files.get(file.replace(/^\.\//, '')) ?? context[file]) : context.Dockerfile;
  return yield* runBuild(env, {
    dockerfile,
    dockerfileName,
    context,
    tags,
    noCache: args.flags['no-cache'] === true,
    pull: args.flags.pull === true,
    quiet: args.flags.quiet === true || progress === 'quiet',
  });
}
