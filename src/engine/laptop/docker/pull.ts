/**
 * `docker pull`: ask the registry for the manifest, download the layers the laptop does
 * not have, extract them, and name the image — printed as Docker 28 prints a pull when
 * stdout is not a terminal (status lines, no progress bars).
 */
import { parseImageRef, shortId, type ImageManifest, type ImageRef } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import type { RegistryResponse } from '../../registry/types';
import { registry, type DockerEffect, type DockerEnv, type DockerProgram } from '../program';
import { err, out, sleep } from './effects';
import { localLayers } from './store';

/** Layers the daemon downloads at once (`max-concurrent-downloads`); the rest print `Waiting`. */
const MAX_CONCURRENT_DOWNLOADS = 3;
/** How fast the laptop unpacks a layer, bytes per virtual ms. */
const EXTRACT_BYTES_PER_MS = 100_000;

/** `nginx` has no tag; `nginx:1.27`, `nginx@sha256:…` and `localhost:5000/app` are explicit or have none. */
export function hasExplicitTag(text: string): boolean {
  const name = text.slice(text.lastIndexOf('/') + 1);
  return name.includes(':') || text.includes('@');
}

/** The daemon's answer when the registry has no such repository or tag. */
export function pullError(ref: ImageRef, res: RegistryResponse): string {
  const name = ref.familiar.replace(/[:@].*$/, '');
  if (res.error === 'NAME_UNKNOWN' && ref.registry === 'docker.io') {
    return `Error response from daemon: pull access denied for ${name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n`;
  }
  return `Error response from daemon: manifest for ${ref.familiar} not found: manifest unknown: manifest unknown\n`;
}

/** Download and extract the missing layers, base first, printing each layer's statuses. */
function* fetchLayers(image: ImageManifest, repository: string, have: ReadonlySet<string>, say: (t: string) => Generator<DockerEffect, void, unknown>): Generator<DockerEffect, void, unknown> {
  const missing = image.layers.filter((l) => !have.has(l.digest));
  for (const l of image.layers) yield* say(`${shortId(l.digest)}: ${have.has(l.digest) ? 'Already exists' : 'Pulling fs layer'}\n`);
  for (const l of missing.slice(MAX_CONCURRENT_DOWNLOADS)) yield* say(`${shortId(l.digest)}: Waiting\n`);
  for (const l of missing) {
    yield* registry({ type: 'registry.blob.get', repository, digest: l.digest, size: l.size });
    yield* say(`${shortId(l.digest)}: Verifying Checksum\n${shortId(l.digest)}: Download complete\n`);
  }
  for (const l of missing) {
    yield* sleep(l.size / EXTRACT_BYTES_PER_MS);
    yield* say(`${shortId(l.digest)}: Pull complete\n`);
  }
}

export function* dockerPull(env: DockerEnv, args: ParsedArgs): DockerProgram {
  const text = args.positional[0] ?? '';
  const quiet = args.flags.quiet === true;
  const say = (t: string) => (quiet ? (function* () {})() : out(t));
  if (args.flags['all-tags'] === true) {
    yield* err(`Pod Lab's docker pull fetches one tag at a time; drop --all-tags\n`);
    return 1;
  }
  const parsed = parseImageRef(text);
  if (!parsed.ok) {
    yield* err(`${parsed.error}\n`);
    return 1;
  }
  const ref = parsed.ref;
  if (!hasExplicitTag(text)) yield* say('Using default tag: latest\n');
  const res = yield* registry({ type: 'registry.manifest.get', ref: ref.normalized });
  if (!res.ok || !res.manifest) {
    yield* err(pullError(ref, res));
    return 1;
  }
  const image = res.manifest;
  yield* say(`${ref.tag ?? ref.digest ?? ''}: Pulling from ${ref.repository}\n`);
  const upToDate = env.images.get(ref.normalized)?.image.digest === image.digest;
  if (!upToDate) yield* fetchLayers(image, `${ref.registry}/${ref.repository}`, localLayers(env.images), say);
  yield* say(`Digest: ${image.digest}\n`);
  yield* say(`Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${ref.familiar}\n`);
  if (!upToDate) yield { op: 'tag', ref: ref.normalized, image: { ...image, ref: ref.normalized } };
  yield* out(`${ref.normalized}\n`);
  return 0;
}
