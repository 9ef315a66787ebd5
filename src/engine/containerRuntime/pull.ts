import { parseImageRef } from '../images/reference';
import type { ImageManifest } from '../images/types';
import type { RegistryResponse } from '../registry/types';
import type { CriRequest } from './cri';
import { criReply } from './reply';
import type { PullJob, RuntimeContext } from './types';

type PullRequest = Extract<CriRequest, { type: 'cri.PullImage' }>;
type StatusRequest = Extract<CriRequest, { type: 'cri.ImageStatus' }>;

/** ImageStatus: is the image in this node's store, and which digest is it? */
export function imageStatus(rt: RuntimeContext, req: StatusRequest): void {
  const parsed = parseImageRef(req.image);
  if (!parsed.ok) return criReply(rt, req, { ok: false, error: parsed.error });
  const image = rt.images.get(parsed.ref.normalized);
  const imageRef = parsed.ref.normalized;
  criReply(rt, req, image ? { ok: true, present: true, imageRef, imageId: imageIdOf(image), imageSize: image.size } : { ok: true, present: false, imageRef });
}

/** `docker.io/library/nginx@sha256:…`: what a container status shows as imageID. */
export function imageIdOf(image: ImageManifest): string {
  const parsed = parseImageRef(image.ref);
  const repo = parsed.ok ? `${parsed.ref.registry}/${parsed.ref.repository}` : image.ref;
  return `${repo}@${image.digest}`;
}

/**
 * PullImage. The kubelet pulls one image at a time by default (serializeImagePulls), so
 * pulls queue here; each resolves the tag to a manifest, then fetches only the layers the
 * node lacks, then unpacks.
 */
export function pullImage(rt: RuntimeContext, req: PullRequest): void {
  const parsed = parseImageRef(req.image);
  if (!parsed.ok) return criReply(rt, req, { ok: false, error: parsed.error });
  const job: PullJob = {
    request: req,
    ref: parsed.ref.normalized,
    repository: `${parsed.ref.registry}/${parsed.ref.repository}`,
    queuedAt: rt.net.now(),
    missing: [],
    fetched: 0,
  };
  rt.pulls.push(job);
  if (rt.pulls.length === 1) startPull(rt, job);
}

function startPull(rt: RuntimeContext, job: PullJob): void {
  job.startedAt = rt.net.now();
  job.registryRequest = registryCall(rt, { type: 'registry.manifest.get', ref: job.ref });
}

function registryCall(rt: RuntimeContext, call: { type: 'registry.manifest.get'; ref: string } | { type: 'registry.blob.get'; repository: string; digest: string; size: number }): string {
  const requestId = `${rt.self}:${rt.nextRequest++}`;
  const kind = call.type === 'registry.manifest.get' ? 'manifest.get' : 'blob.get';
  rt.net.post(rt.self, {
    to: 'registry',
    event: { ...call, requestId, replyTo: rt.self, step: 8 },
    kind,
    step: 8,
    detail: call.type === 'registry.manifest.get' ? { ref: call.ref } : { digest: call.digest, bytes: call.size },
  });
  return requestId;
}

export function onRegistryResponse(rt: RuntimeContext, res: RegistryResponse): void {
  const job = rt.pulls[0];
  if (!job || job.registryRequest !== res.requestId) return;
  if (!res.ok) return finishPull(rt, job, pullError(job, res));
  if (res.manifest) {
    job.manifest = res.manifest;
    job.missing = res.manifest.layers.filter((l) => !rt.layers.has(l.digest)).map((l) => l.digest);
  } else {
    const digest = job.missing.shift()!;
    rt.layers.add(digest);
    job.fetched += job.manifest!.layers.find((l) => l.digest === digest)?.size ?? 0;
  }
  const next = job.missing[0];
  if (next) {
    const size = job.manifest!.layers.find((l) => l.digest === next)!.size;
    job.registryRequest = registryCall(rt, { type: 'registry.blob.get', repository: job.repository, digest: next, size });
    return;
  }
  rt.timers.push({ id: `unpack:${job.request.requestId}`, ms: Math.ceil(job.fetched / rt.unpackBytesPerMs), event: { type: 'rt.unpacked', requestId: job.request.requestId } });
}

export function onUnpacked(rt: RuntimeContext, requestId: string): void {
  const job = rt.pulls[0];
  if (!job || job.request.requestId !== requestId || !job.manifest) return;
  const image = { ...job.manifest, ref: job.ref };
  rt.images.set(job.ref, image);
  finishPull(rt, job, undefined, image);
}

function finishPull(rt: RuntimeContext, job: PullJob, error: string | undefined, image?: ImageManifest): void {
  const now = rt.net.now();
  const started = job.startedAt ?? now;
  if (error) criReply(rt, job.request, { ok: false, error });
  else {
    criReply(rt, job.request, {
      ok: true,
      imageRef: job.ref,
      imageId: imageIdOf(image!),
      imageSize: image!.size,
      pullMs: now - started,
      waitMs: started - job.queuedAt,
    });
  }
  rt.pulls.shift();
  const next = rt.pulls[0];
  if (next) startPull(rt, next);
}

/** containerd's error text for a failed pull, as the kubelet reports it (gRPC status + message). */
function pullError(job: PullJob, res: RegistryResponse): string {
  const ref = job.ref;
  const prefix = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}"`;
  if (res.error === 'MANIFEST_UNKNOWN') return `rpc error: code = NotFound desc = ${prefix}: ${ref}: not found`;
  return `rpc error: code = Unknown desc = ${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}
