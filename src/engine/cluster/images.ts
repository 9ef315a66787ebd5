import { parseImageRef } from '../images/reference';
import type { ImageManifest } from '../images/types';

/** The catalog images a scenario names (`nginx`, `busybox:1.36`), by normalised reference. */
export function imagesFor(catalog: readonly ImageManifest[], refs: readonly string[]): ImageManifest[] {
  const wanted = new Set<string>();
  for (const r of refs) {
    const parsed = parseImageRef(r);
    if (parsed.ok) wanted.add(parsed.ref.normalized);
  }
  return catalog.filter((image) => wanted.has(image.ref));
}
