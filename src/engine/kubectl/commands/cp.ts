// `kubectl cp` (kubectl/pkg/cmd/cp, v1.35) is tar at both ends of an exec. Into a Pod:
// `test -d DEST` to learn whether DEST is a directory, then the local files packed as an
// archive and fed to `tar -xmf - -C DIR` in the container. Out of a Pod: `tar cf - SRC` in
// the container, and its archive unpacked in the laptop's working directory — what the
// container's tar says on stderr (`Removing leading '/' …`) shows, and an image without
// tar cannot be copied from or to.
import { packTar, unpackTar, type TarEntry } from '../../images/ustar';
import type { ParsedArgs } from '../cli';
import { flagNamespace } from '../common';
import { err, type KubectlEffect, type KubectlEnv, type KubectlProgram } from '../program';
import { defaultContainer } from './containerChoice';
import { execOrFail } from './exec';
import { targetPod, type ExecResult } from './podTarget';

type Step<T> = Generator<KubectlEffect, T, unknown>;

interface FileSpec {
  namespace?: string;
  pod?: string;
  file: string;
}

const FORMAT = 'error: filespec must match the canonical format: [[namespace/]pod:]file/path';

/** extractFileSpec: `file`, `pod:file` or `namespace/pod:file`. */
function fileSpec(arg: string): FileSpec | string {
  const i = arg.indexOf(':');
  if (i === 0) return FORMAT;
  if (i < 0) return { file: arg };
  const pieces = arg.slice(0, i).split('/');
  const file = arg.slice(i + 1);
  if (pieces.length === 1) return { pod: pieces[0]!, file };
  if (pieces.length === 2) return { namespace: pieces[0]!, pod: pieces[1]!, file };
  return FORMAT;
}

export function* cp(env: KubectlEnv, args: ParsedArgs): KubectlProgram {
  if (args.positional.length !== 2) return yield* fail('error: source and destination are required');
  const [src, dest] = args.positional.map(fileSpec) as [FileSpec | string, FileSpec | string];
  if (typeof src === 'string') return yield* fail(src);
  if (typeof dest === 'string') return yield* fail(dest);
  if (src.pod !== undefined && dest.pod !== undefined) return yield* fail('error: one of src or dest must be a local file specification');
  if (src.file === '' || dest.file === '') return yield* fail('error: filepath can not be empty');
  if (src.pod !== undefined) return yield* copyFromPod(env, args, src as Required<Pick<FileSpec, 'pod'>> & FileSpec, dest.file);
  if (dest.pod !== undefined) return yield* copyToPod(env, args, src.file, dest as Required<Pick<FileSpec, 'pod'>> & FileSpec);
  return yield* fail('error: one of src or dest must be a remote file specification');
}

function* fail(text: string): KubectlProgram {
  yield* err(text + '\n');
  return 1;
}

/** The Pod and container an end of the copy names, announcing a defaulted container. */
function* target(env: KubectlEnv, args: ParsedArgs, spec: FileSpec & { pod: string }): Step<{ ns: string; pod: string; container: string } | undefined> {
  const ns = spec.namespace ?? flagNamespace(env, args);
  const found = yield* targetPod(ns, spec.pod, 'cp', 'copy');
  if (!found) return undefined;
  const wanted = String(args.flags.container ?? '');
  const choice = wanted ? { name: wanted } : defaultContainer(found.pod);
  if ('note' in choice && choice.note) yield* err(choice.note);
  return { ns, pod: found.name, container: choice.name };
}

/** What a failed exec left: its stderr, then the exit status as kubectl reports it. */
function* exited(result: ExecResult): KubectlProgram {
  if (result.stderr) yield* err(result.stderr);
  yield* err(`command terminated with exit code ${result.code}\n`);
  return result.code;
}

const clean = (p: string) => p.replace(/\/+$/, '').replace(/^(\.\/)+/, '') || '.';
const base = (p: string) => clean(p).split('/').pop()!;
const dir = (p: string) => (clean(p).includes('/') ? clean(p).slice(0, clean(p).lastIndexOf('/')) || '/' : '.');

function* copyToPod(env: KubectlEnv, args: ParsedArgs, src: string, dest: FileSpec & { pod: string }): KubectlProgram {
  const local = clean(src);
  const files = [...env.files.keys()].filter((k) => k === local || k.startsWith(local + '/') || local === '.');
  if (files.length === 0) return yield* fail(`error: ${src} doesn't exist in local filesystem`);
  const at = yield* target(env, args, dest);
  if (!at) return 1;
  // checkDestinationIsDir: into an existing directory, the copy keeps the source's name.
  const probe = yield* execOrFail(at.ns, at.pod, at.container, ['test', '-d', dest.file], { tty: false });
  if (!probe) return 1;
  const destFile = probe.code === 0 ? `${dest.file.replace(/\/+$/, '')}/${base(src)}` : dest.file;
  const mtime = Math.floor(env.now() / 1000);
  const entries: TarEntry[] = files.map((k) => ({ name: base(destFile) + (k === local ? '' : '/' + k.slice(local === '.' ? 0 : local.length + 1)), type: 'file', text: env.files.get(k)!, mtime }));
  const cmd = [...(args.flags['no-preserve'] === true ? ['tar', '--no-same-permissions', '--no-same-owner', '-xmf', '-'] : ['tar', '-xmf', '-']), '-C', dir(destFile)];
  const result = yield* execOrFail(at.ns, at.pod, at.container, cmd, { tty: false, input: packTar(entries) });
  if (!result) return 1;
  if (result.code !== 0) return yield* exited(result);
  if (result.stderr) yield* err(result.stderr);
  return 0;
}

function* copyFromPod(env: KubectlEnv, args: ParsedArgs, src: FileSpec & { pod: string }, dest: string): KubectlProgram {
  const at = yield* target(env, args, src);
  if (!at) return 1;
  const result = yield* execOrFail(at.ns, at.pod, at.container, ['tar', 'cf', '-', src.file], { tty: false });
  if (!result) return 1;
  if (result.code !== 0) return yield* exited(result);
  if (result.stderr) yield* err(result.stderr);
  const archive = unpackTar(result.stdout);
  if ('error' in archive) return yield* fail(`error: ${archive.error}`);
  // untarAll: every member starts with the source's path; what follows lands under dest.
  const prefix = clean(src.file.replace(/^\/+/, ''));
  const into = clean(dest);
  const isDir = (p: string) => p === '.' || [...env.files.keys()].some((k) => k.startsWith(p + '/'));
  for (const e of archive.entries) {
    const name = e.name.replace(/\/+$/, '');
    if (!name.startsWith(prefix)) return yield* fail('error: tar contents corrupted');
    if (e.type === 'dir') continue;
    const rest = name.slice(prefix.length).replace(/^\/+/, '');
    const path = rest === '' ? into : into === '.' ? rest : `${into}/${rest}`;
    if (isDir(path)) return yield* fail(`error: open ${dest}: is a directory`);
    yield { op: 'writeLocal', path, text: e.text ?? '' };
  }
  return 0;
}
