import type { ImageManifest } from '../images/types';
import type { RegistryRequest, RegistryResponse } from '../registry/types';
import type { Detail, ObjectRef, Step } from '../runtime/trace';

type Call<T> = T extends unknown ? Omit<T, 'requestId' | 'replyTo'> : never;

/**
 * What a `docker` command does, step by step (the same pattern as kubectl's commands): the
 * laptop actor performs each effect and resumes the command with the result.
 */
export type DockerEffect =
  | { op: 'registry'; call: Call<RegistryRequest>; /** upload time for a PUT, virtual ms */ latency?: number }
  | { op: 'sleep'; ms: number }
  | { op: 'note'; kind: string; step?: Step; ref?: ObjectRef; detail?: Detail }
  | { op: 'out'; text: string }
  | { op: 'err'; text: string }
  /** Put an image in the local store under a reference (build, tag, pull); `created` keeps an existing image's date. */
  | { op: 'tag'; ref: string; image: ImageManifest; created?: number }
  | { op: 'untag'; ref: string };

export type DockerProgram = Generator<DockerEffect, number, unknown>;

/** What a docker command can read: the working directory and the local image store. */
export interface DockerEnv {
  argv: string[];
  stdin?: string;
  files: ReadonlyMap<string, string>;
  /** Local images: reference (normalised) → image. */
  images: ReadonlyMap<string, LocalImage>;
  /** Epoch ms, for CREATED columns. */
  now(): number;
  /** Upload speed to the registry, bytes per virtual ms. */
  uploadBytesPerMs: number;
  /** Where each downloaded layer came from (digest → repository), so a push can mount it. */
  layerSources: ReadonlyMap<string, string>;
}

export interface LocalImage {
  image: ImageManifest;
  /** When it was built or pulled (epoch ms). */
  created: number;
}

export function* registry(call: Call<RegistryRequest>, latency?: number): Generator<DockerEffect, RegistryResponse, unknown> {
  return (yield latency !== undefined ? { op: 'registry', call, latency } : { op: 'registry', call }) as RegistryResponse;
}
