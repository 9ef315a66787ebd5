/**
 * Reading the laptop's local image store as the Docker daemon does: a reference names an
 * image, an image ID (or a unique prefix of it) names one too, and several tags can point
 * at the same image.
 */
import { parseImageRef } from '../../images';
import type { LocalImage } from '../program';

export type ImageStore = ReadonlyMap<string, LocalImage>;

/** `docker.io/library/kubia:latest` → `kubia:latest`, as Docker prints a reference. */
export function familiar(normalized: string): string {
  const parsed = parseImageRef(normalized);
  return parsed.ok ? parsed.ref.familiar : normalized;
}

/** The references that point at an image ID, sorted as the daemon lists RepoTags. */
export function refsOf(images: ImageStore, id: string): string[] {
  return [...images.entries()].filter(([, l]) => l.image.id === id).map(([ref]) => ref).sort();
}

/**
 * When an image was made. Every tag of one image shares its creation time, so a later
 * `docker tag` does not make it look newer: the earliest record wins.
 */
export function createdOf(images: ImageStore, id: string): number {
  let created = Infinity;
  for (const l of images.values()) if (l.image.id === id) created = Math.min(created, l.created);
  return created;
}

export interface Found {
  image: LocalImage;
  /** The reference it was found under, when found by name. */
  ref?: string;
}

/** Find an image by reference, then by image ID or unique ID prefix (`bfc3c02ce691`). */
export function findImage(images: ImageStore, text: string): Found | undefined {
  const parsed = parseImageRef(text);
  if (parsed.ok) {
    const image = images.get(parsed.ref.normalized);
    if (image) return { image, ref: parsed.ref.normalized };
  }
  const hex = text.replace(/^sha256:/, '');
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  const ids = new Map<string, LocalImage>();
  for (const l of images.values()) if (l.image.id.slice(7).startsWith(hex)) ids.set(l.image.id, l);
  if (ids.size !== 1) return undefined;
  const image = [...ids.values()][0];
  return image ? { image } : undefined;
}

/** Every layer on the laptop: what BuildKit finds in its cache and a pull reports `Already exists`. */
export function localLayers(images: ImageStore): Set<string> {
  const out = new Set<string>();
  for (const l of images.values()) for (const layer of l.image.layers) out.add(layer.digest);
  return out;
}
