/**
 * Assembling image manifests: layers stacked on a base, config merged over the base's,
 * digests computed from content. Used for the catalog and by `docker build`.
 */
import { configDigest, layerDigest, manifestDigest } from './digest';
import { parseImageRef } from './reference';
import type { ImageConfig, ImageManifest, Layer, ShellFlavour } from './types';

export interface LayerRecipe {
  createdBy: string;
  size: number;
  /** Extra content that makes the layer distinct (file bytes for ADD/COPY). */
  content?: string;
}

/** Stack new layers on `parent` (the digest of the layer below, if any). */
export function stackLayers(parentLayers: readonly Layer[], recipes: readonly LayerRecipe[]): Layer[] {
  const out = [...parentLayers];
  for (const r of recipes) {
    const parent = out[out.length - 1]?.digest;
    out.push({ digest: layerDigest(parent, r.createdBy, r.size, r.content), size: r.size, createdBy: r.createdBy });
  }
  return out;
}

export interface AssembleInput {
  /** Any reference text; it is normalised. Empty for an untagged build. */
  ref: string;
  layers: Layer[];
  config: ImageConfig;
  behaviour: string;
  shell?: ShellFlavour;
  commands: string[];
  files: Record<string, string>;
  versions: Record<string, string>;
  created?: string;
}

/** Compute the config digest (image ID), manifest digest and size of an image. */
export function assembleImage(input: AssembleInput): ImageManifest {
  const parsed = input.ref ? parseImageRef(input.ref) : undefined;
  const ref = parsed?.ok ? parsed.ref.normalized : input.ref;
  const cfg = configDigest(input.config, input.layers);
  const image: ImageManifest = {
    ref,
    digest: manifestDigest(cfg, input.layers),
    id: cfg.digest,
    layers: input.layers,
    config: input.config,
    size: input.layers.reduce((sum, l) => sum + l.size, 0),
    behaviour: input.behaviour,
    commands: input.commands,
    files: input.files,
    versions: input.versions,
  };
  if (input.shell) image.shell = input.shell;
  if (input.created) image.created = input.created;
  return image;
}

export interface ImageRecipe {
  ref: string;
  base?: ImageManifest;
  layers: LayerRecipe[];
  /** Fields set here replace the base's; `env` is appended (a later NAME wins). */
  config?: Partial<ImageConfig>;
  behaviour: string;
  shell?: ShellFlavour;
  /** Executables this image adds to its base's. */
  commands?: string[];
  files?: Record<string, string>;
  versions?: Record<string, string>;
  /** When it was built (RFC 3339); by default its base's time. */
  created?: string;
}

/** Merge `NAME=value` lists the way ENV does: a later NAME replaces an earlier one in place. */
export function mergeEnv(base: readonly string[], extra: readonly string[]): string[] {
  const out = [...base];
  for (const entry of extra) {
    const name = entry.split('=')[0];
    const at = out.findIndex((e) => e.split('=')[0] === name);
    if (at >= 0) out[at] = entry;
    else out.push(entry);
  }
  return out;
}

function mergeConfig(base: ImageConfig | undefined, over: Partial<ImageConfig> = {}): ImageConfig {
  const merged: ImageConfig = {
    ...(base ?? { env: [], exposedPorts: [] }),
    ...over,
    env: mergeEnv(base?.env ?? [], over.env ?? []),
    exposedPorts: [...new Set([...(base?.exposedPorts ?? []), ...(over.exposedPorts ?? [])])],
  };
  return merged;
}

/** One catalog image: its base's layers plus its own, config merged, digests computed. */
export function defineImage(recipe: ImageRecipe): ImageManifest {
  const base = recipe.base;
  return assembleImage({
    ref: recipe.ref,
    layers: stackLayers(base?.layers ?? [], recipe.layers),
    config: mergeConfig(base?.config, recipe.config),
    behaviour: recipe.behaviour,
    shell: recipe.shell ?? base?.shell,
    commands: [...new Set([...(base?.commands ?? []), ...(recipe.commands ?? [])])],
    files: { ...(base?.files ?? {}), ...(recipe.files ?? {}) },
    versions: { ...(base?.versions ?? {}), ...(recipe.versions ?? {}) },
    ...((recipe.created ?? base?.created) ? { created: recipe.created ?? base?.created } : {}),
  });
}

/** The same image under another name (a tag alias such as `nginx:latest` = `nginx:1.29`). */
export function retag(image: ImageManifest, ref: string): ImageManifest {
  const parsed = parseImageRef(ref);
  return { ...image, ref: parsed.ok ? parsed.ref.normalized : ref };
}
