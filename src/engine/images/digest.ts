/**
 * Content addressing. Every digest in Pod Lab is a real SHA-256 over deterministic content
 * (a layer's parent chain and recipe, a config's JSON, a manifest's JSON), so the same
 * image has the same digest in every run and on every machine.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ImageConfig, Layer } from './types';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** `sha256:<hex>` of some text. */
export function digestOf(text: string): string {
  return `sha256:${sha256Hex(text)}`;
}

/** The 12-hex short form `docker images` prints (`IMAGE ID`). */
export function shortId(digest: string): string {
  const hex = digest.startsWith('sha256:') ? digest.slice(7) : digest;
  return hex.slice(0, 12);
}

/**
 * A layer's digest depends on the layer below and on what made it, so two images built
 * from the same base share their lower layers (and a push says `Layer already exists`).
 */
export function layerDigest(parent: string | undefined, createdBy: string, size: number, content = ''): string {
  return digestOf(`layer\nparent=${parent ?? ''}\ncreatedBy=${createdBy}\nsize=${size}\n${content}`);
}

/** A deterministic number in [0, 1) from text, for sizes and durations that must not vary. */
export function unitFromText(text: string): number {
  const hex = sha256Hex(text).slice(0, 12);
  return parseInt(hex, 16) / 2 ** 48;
}

/** `b3k9…`-style ids BuildKit prints in its refs, 25 base-36 characters from a seed. */
export function base36Id(seed: string, length = 25): string {
  const hex = sha256Hex(seed);
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const byte = parseInt(hex.slice((i * 2) % 64, (i * 2) % 64 + 2), 16);
    out += '0123456789abcdefghijklmnopqrstuvwxyz'[byte % 36];
  }
  return out;
}

/** The OCI image config JSON (keys in a fixed order) and its digest: the image ID. */
export function configDigest(config: ImageConfig, layers: readonly Layer[]): { digest: string; size: number } {
  const json = JSON.stringify({
    architecture: 'amd64',
    config: {
      Entrypoint: config.entrypoint ?? null,
      Cmd: config.cmd ?? null,
      Env: config.env,
      WorkingDir: config.workingDir ?? '',
      ExposedPorts: Object.fromEntries(config.exposedPorts.map((p) => [p, {}])),
      User: config.user ?? '',
      StopSignal: config.stopSignal ?? null,
      Labels: config.labels ?? null,
    },
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    history: layers.map((l) => ({ created_by: l.createdBy })),
  });
  return { digest: digestOf(json), size: json.length };
}

/** The OCI manifest JSON over the config and layers, and its digest. */
export function manifestDigest(config: { digest: string; size: number }, layers: readonly Layer[]): string {
  const json = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config.digest, size: config.size },
    layers: layers.map((l) => ({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: l.digest,
      size: l.size,
    })),
  });
  return digestOf(json);
}
