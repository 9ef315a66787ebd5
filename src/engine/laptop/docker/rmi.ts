/**
 * `docker rmi`: remove a tag, and the image with its layers once no tag points at it.
 * By image ID an image with names in several repositories needs `-f`, as in Docker.
 */
import { shortId } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import type { DockerEffect, DockerEnv, DockerProgram } from '../program';
import { err, out } from './effects';
import { familiar, findImage, refsOf, type ImageStore } from './store';
import { noSuchImage } from './tag';

const repoOf = (ref: string): string => familiar(ref).replace(/[:@][^/]*$/, '');

/** `Deleted:` lines: the image, then its layers (top first) that no other image still uses. */
function deletedLines(images: ImageStore, id: string): string {
  const others = new Set<string>();
  for (const l of images.values()) if (l.image.id !== id) for (const layer of l.image.layers) others.add(layer.digest);
  const image = [...images.values()].find((l) => l.image.id === id)?.image;
  const layers = [...(image?.layers ?? [])].reverse().filter((l) => !others.has(l.digest));
  return [`Deleted: ${id}`, ...layers.map((l) => `Deleted: ${l.digest}`)].map((l) => `${l}\n`).join('');
}

/** Remove one name (or one image by ID); returns false when the daemon refuses. */
function* removeOne(env: DockerEnv, name: string, force: boolean): Generator<DockerEffect, boolean, unknown> {
  const found = findImage(env.images, name);
  if (!found) {
    yield* err(noSuchImage(name));
    return false;
  }
  const id = found.image.image.id;
  const refs = refsOf(env.images, id);
  const untag = found.ref ? [found.ref] : refs;
  if (!found.ref && new Set(refs.map(repoOf)).size > 1 && !force) {
    yield* err(`Error response from daemon: conflict: unable to delete ${shortId(id)} (must be forced) - image is referenced in multiple repositories\n`);
    return false;
  }
  // What `Deleted:` lists must be worked out before the names go.
  const last = untag.length === refs.length;
  const deleted = last ? deletedLines(env.images, id) : '';
  for (const ref of untag) {
    yield { op: 'untag', ref };
    yield* out(`Untagged: ${familiar(ref)}\n`);
  }
  yield* out(deleted);
  return true;
}

export function* dockerRmi(env: DockerEnv, args: ParsedArgs): DockerProgram {
  let code = 0;
  for (const name of args.positional) {
    const ok = yield* removeOne(env, name, args.flags.force === true);
    if (!ok) code = 1;
  }
  return code;
}
