import { setup } from 'xstate';
import type { ImageManifest } from '../images/types';
import { parseImageRef } from '../images/reference';
import { actorBase, type ActorBase, type ActorInput } from '../runtime/actor';
import type { RegistryRequest, RegistryResponse } from './types';

export interface RegistryInput extends ActorInput {
  images: ImageManifest[];
  /** Bytes per virtual millisecond the registry serves to one client (pulls). */
  bytesPerMs: number;
}

export interface RegistryContext extends ActorBase {
  /** `docker.io/library/nginx` → tag → manifest digest. */
  tags: Map<string, Map<string, string>>;
  manifests: Map<string, ImageManifest>;
  /** Blob digest → size, per repository (a blob pushed to one repository is not in another). */
  blobs: Map<string, Map<string, number>>;
  bytesPerMs: number;
}

/**
 * An image registry (Docker Hub, registry.k8s.io): repositories of tags pointing at
 * manifests, and content-addressed layer blobs. Serving a blob takes time in proportion to
 * its size, which is where pull and push times come from.
 */
export const registryMachine = setup({
  types: {} as { context: RegistryContext; events: RegistryRequest; input: RegistryInput },
  actions: { serve: ({ context, event }) => serve(context, event) },
}).createMachine({
  id: 'registry',
  context: ({ input }) => {
    const ctx: RegistryContext = { ...actorBase(input), tags: new Map(), manifests: new Map(), blobs: new Map(), bytesPerMs: input.bytesPerMs };
    for (const image of input.images) store(ctx, image.ref, image);
    return ctx;
  },
  on: {
    'registry.manifest.get': { actions: 'serve' },
    'registry.blob.get': { actions: 'serve' },
    'registry.blob.head': { actions: 'serve' },
    'registry.blob.put': { actions: 'serve' },
    'registry.blob.mount': { actions: 'serve' },
    'registry.manifest.put': { actions: 'serve' },
  },
});

/** Put an image under its repository and tag, with its layers as blobs. */
function store(ctx: RegistryContext, ref: string, image: ImageManifest): void {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) return;
  const repo = `${parsed.ref.registry}/${parsed.ref.repository}`;
  if (!ctx.tags.has(repo)) ctx.tags.set(repo, new Map());
  ctx.tags.get(repo)!.set(parsed.ref.tag ?? 'latest', image.digest);
  ctx.manifests.set(image.digest, image);
  if (!ctx.blobs.has(repo)) ctx.blobs.set(repo, new Map());
  for (const layer of image.layers) ctx.blobs.get(repo)!.set(layer.digest, layer.size);
}

function serve(ctx: RegistryContext, req: RegistryRequest): void {
  switch (req.type) {
    case 'registry.manifest.get': {
      const found = lookup(ctx, req.ref);
      if ('error' in found) return answer(ctx, req, { ok: false, code: found.code, error: found.error });
      return answer(ctx, req, { ok: true, code: 200, manifest: found.manifest }, { bytes: 2000 });
    }
    case 'registry.blob.get': {
      const size = ctx.blobs.get(req.repository)?.get(req.digest);
      if (size === undefined) return answer(ctx, req, { ok: false, code: 404, error: 'BLOB_UNKNOWN' });
      return answer(ctx, req, { ok: true, code: 200 }, { bytes: size, digest: req.digest });
    }
    case 'registry.blob.head': {
      const exists = ctx.blobs.get(req.repository)?.has(req.digest) ?? false;
      return answer(ctx, req, { ok: true, code: exists ? 200 : 404, exists }, { digest: req.digest });
    }
    case 'registry.blob.put': {
      if (!ctx.blobs.has(req.repository)) ctx.blobs.set(req.repository, new Map());
      ctx.blobs.get(req.repository)!.set(req.digest, req.size);
      return answer(ctx, req, { ok: true, code: 201 }, { digest: req.digest });
    }
    case 'registry.blob.mount': {
      const size = ctx.blobs.get(req.from)?.get(req.digest);
      if (size === undefined) return answer(ctx, req, { ok: true, code: 202, mounted: false }, { digest: req.digest });
      if (!ctx.blobs.has(req.repository)) ctx.blobs.set(req.repository, new Map());
      ctx.blobs.get(req.repository)!.set(req.digest, size);
      return answer(ctx, req, { ok: true, code: 201, mounted: true }, { digest: req.digest });
    }
    case 'registry.manifest.put': {
      store(ctx, req.ref, { ...req.manifest, ref: req.ref });
      return answer(ctx, req, { ok: true, code: 201 }, { ref: req.ref });
    }
  }
}

function lookup(ctx: RegistryContext, ref: string): { manifest: ImageManifest } | { error: string; code: number } {
  const parsed = parseImageRef(ref);
  if (!parsed.ok) return { error: 'NAME_INVALID', code: 400 };
  const repo = `${parsed.ref.registry}/${parsed.ref.repository}`;
  const tags = ctx.tags.get(repo);
  if (!tags) return { error: 'NAME_UNKNOWN', code: 401 };
  const digest = parsed.ref.digest ?? tags.get(parsed.ref.tag ?? 'latest');
  const manifest = digest ? ctx.manifests.get(digest) : undefined;
  if (!manifest) return { error: 'MANIFEST_UNKNOWN', code: 404 };
  return { manifest };
}

/** Reply; a body of `bytes` takes bytes / bandwidth to arrive. */
function answer(
  ctx: RegistryContext,
  req: RegistryRequest,
  res: Omit<RegistryResponse, 'type' | 'requestId'>,
  extra: { bytes?: number; digest?: string; ref?: string } = {},
): void {
  const transfer = extra.bytes ? Math.ceil(extra.bytes / ctx.bytesPerMs) : 0;
  ctx.net.post(ctx.self, {
    to: req.replyTo,
    event: { type: 'registry.response', requestId: req.requestId, ...res } satisfies RegistryResponse,
    kind: `${req.type.slice('registry.'.length)}.response`,
    ...(req.step !== undefined ? { step: req.step } : {}),
    ...(transfer > 0 ? { latency: transfer + 20 } : {}),
    detail: {
      code: res.code,
      ...(extra.bytes !== undefined ? { bytes: extra.bytes } : {}),
      ...(extra.digest ? { digest: extra.digest } : {}),
      ...('ref' in req ? { ref: req.ref } : {}),
    },
  });
}
