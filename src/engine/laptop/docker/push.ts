/**
 * `docker push` — step 2 of the nine: every layer of the image goes to the registry unless
 * the registry already has it (`Layer already exists`) or can link it from the repository
 * the layer came from (`Mounted from library/node`), then the manifest under the tag.
 * Printed as Docker 28 prints a push when stdout is not a terminal: `Preparing`, `Waiting`
 * past the five concurrent uploads, then each layer's outcome, then the digest line.
 */
import { parseImageRef, shortId, type ImageManifest, type ImageRef } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import { registry, type DockerEffect, type DockerEnv, type DockerProgram } from '../program';
import { err, note, out } from './effects';
import { manifestSize } from './manifestSize';
import { hasExplicitTag } from './pull';

/** Uploads the daemon runs at once (`max-concurrent-uploads`). */
const MAX_CONCURRENT_UPLOADS = 5;
/** An upload's round trips (POST for an upload URL, the PUT that closes it) besides the bytes. */
const UPLOAD_OVERHEAD_MS = 20;

type Say = (text: string) => Generator<DockerEffect, void, unknown>;

/**
 * Whether the learner may push here. They are logged in to Docker Hub under their own
 * account; official images (`docker.io/library/…`) and other registries are not theirs.
 */
function mayPush(ref: ImageRef): boolean {
  return ref.registry === 'docker.io' && !ref.repository.startsWith('library/');
}

/** `Preparing` for every layer, top first, and `Waiting` for those queued behind the uploads. */
function* prepare(layers: string[], say: Say): Generator<DockerEffect, void, unknown> {
  for (const id of layers) yield* say(`${id}: Preparing\n`);
  for (const id of layers.slice(MAX_CONCURRENT_UPLOADS)) yield* say(`${id}: Waiting\n`);
}

function uniqueLayersTopFirst(image: ImageManifest): ImageManifest['layers'] {
  const seen = new Set<string>();
  return [...image.layers].reverse().filter((l) => !seen.has(l.digest) && seen.add(l.digest));
}

/** `docker.io/library/node` and `docker.io/luksa/kubia` are on one registry: a mount can link the blob. */
function sameRegistry(a: string, b: string): boolean {
  return a.split('/')[0] === b.split('/')[0];
}

/**
 * Push one tag: blobs the registry lacks — linked from the repository a layer was pulled
 * from when the registry has it there (a cross-repository mount, no upload), else uploaded —
 * then the manifest.
 */
function* pushTag(env: DockerEnv, ref: ImageRef, image: ImageManifest, say: Say): Generator<DockerEffect, void, unknown> {
  const repository = `${ref.registry}/${ref.repository}`;
  const layers = uniqueLayersTopFirst(image);
  yield* prepare(layers.map((l) => shortId(l.digest)), say);
  for (const l of layers) {
    const head = yield* registry({ type: 'registry.blob.head', repository, digest: l.digest, step: 2 });
    if (head.exists) {
      yield* say(`${shortId(l.digest)}: Layer already exists\n`);
      continue;
    }
    const from = env.layerSources.get(l.digest);
    if (from !== undefined && from !== repository && sameRegistry(from, repository)) {
      const mount = yield* registry({ type: 'registry.blob.mount', repository, digest: l.digest, from, step: 2 });
      if (mount.mounted) {
        yield* say(`${shortId(l.digest)}: Mounted from ${from.slice(from.indexOf('/') + 1)}\n`);
        continue;
      }
    }
    yield* registry({ type: 'registry.blob.put', repository, digest: l.digest, size: l.size, step: 2 }, UPLOAD_OVERHEAD_MS + Math.ceil(l.size / env.uploadBytesPerMs));
    yield* say(`${shortId(l.digest)}: Pushed\n`);
  }
  const pushed = { ...image, ref: ref.normalized };
  yield* registry({ type: 'registry.manifest.put', ref: ref.normalized, manifest: pushed, step: 2 });
  yield* say(`${ref.tag ?? 'latest'}: digest: ${image.digest} size: ${manifestSize(image)}\n`);
}

/** The tags to push: the one named, or with `-a` every local tag of the repository. */
function tagsToPush(env: DockerEnv, ref: ImageRef, all: boolean): string[] {
  const repo = `${ref.registry}/${ref.repository}`;
  if (!all) return [ref.normalized];
  return [...env.images.keys()].filter((k) => k.startsWith(`${repo}:`)).sort();
}

function* denied(ref: ImageRef, image: ImageManifest, say: Say): DockerProgram {
  yield* prepare(uniqueLayersTopFirst(image).map((l) => shortId(l.digest)), say);
  yield* note('push.denied', { step: 2, detail: { repository: `${ref.registry}/${ref.repository}` } });
  yield* err('denied: requested access to the resource is denied\n');
  return 1;
}

export function* dockerPush(env: DockerEnv, args: ParsedArgs): DockerProgram {
  const text = args.positional[0] ?? '';
  const quiet = args.flags.quiet === true;
  const all = args.flags['all-tags'] === true;
  const say: Say = (t) => (quiet ? (function* () {})() : out(t));
  const parsed = parseImageRef(text);
  if (!parsed.ok) {
    yield* err(`${parsed.error}\n`);
    return 1;
  }
  if (all && hasExplicitTag(text)) {
    yield* err("tag can't be used with --all-tags/-a\n");
    return 1;
  }
  const ref = parsed.ref;
  if (!all && !hasExplicitTag(text)) yield* say('Using default tag: latest\n');
  yield* say(`The push refers to repository [${ref.registry}/${ref.repository}]\n`);
  const tags = tagsToPush(env, ref, all);
  const repoName = ref.familiar.replace(/[:@].*$/, '');
  if (![...env.images.keys()].some((k) => k.startsWith(`${ref.registry}/${ref.repository}:`))) {
    yield* err(`An image does not exist locally with the tag: ${repoName}\n`);
    return 1;
  }
  for (const t of tags) {
    const local = env.images.get(t);
    const tagRef = parseImageRef(t);
    if (!local || !tagRef.ok) {
      yield* err(`tag does not exist: ${ref.familiar}\n`);
      return 1;
    }
    if (!mayPush(tagRef.ref)) return yield* denied(tagRef.ref, local.image, say);
    yield* pushTag(env, tagRef.ref, local.image, say);
  }
  if (quiet) yield* out(`${all ? `${ref.registry}/${ref.repository}` : ref.normalized}\n`);
  return 0;
}
