/**
 * `docker tag SOURCE TARGET`: one more name for an image already on the laptop — how the
 * learner turns `kubia` into `luksa/kubia`, a name Docker Hub lets them push.
 */
import { parseImageRef } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { err } from './effects';
import { findImage } from './store';

/** The API client's wording for a reference it cannot parse. */
export function parseError(text: string, reason: string): string {
  return `Error parsing reference: ${JSON.stringify(text)} is not a valid repository/tag: ${reason}\n`;
}

/** The daemon's answer for a name it does not have, tagged `:latest` when no tag was given. */
export function noSuchImage(text: string): string {
  const parsed = parseImageRef(text);
  return `Error response from daemon: No such image: ${parsed.ok ? parsed.ref.familiar : text}\n`;
}

export function* dockerTag(env: DockerEnv, args: ParsedArgs): DockerProgram {
  const [source = '', target = ''] = args.positional;
  const src = parseImageRef(source);
  if (!src.ok && !/^(sha256:)?[0-9a-f]+$/.test(source)) {
    yield* err(parseError(source, src.error));
    return 1;
  }
  const dst = parseImageRef(target);
  if (!dst.ok) {
    yield* err(parseError(target, dst.error));
    return 1;
  }
  if (dst.ref.digest) {
    yield* err('refusing to create a tag with a digest reference\n');
    return 1;
  }
  const found = findImage(env.images, source);
  if (!found) {
    yield* err(noSuchImage(source));
    return 1;
  }
  yield { op: 'tag', ref: dst.ref.normalized, image: { ...found.image.image, ref: dst.ref.normalized }, created: found.image.created };
  return 0;
}
