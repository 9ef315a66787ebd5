import { configDigest } from '../../images/digest';
import type { ImageManifest } from '../../images';
import { utf8Length } from './format';

/**
 * The byte length of an image's manifest, the `size:` docker push prints after the digest.
 * It is the same JSON the image module hashes for the manifest digest, so size and digest
 * describe one and the same JSON text.
 */
export function manifestJson(image: ImageManifest): string {
  const config = configDigest(image.config, image.layers);
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
    layers: image.layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })),
  });
}

export function manifestSize(image: ImageManifest): number {
  return utf8Length(manifestJson(image));
}
