/**
 * A fake laptop for tests: it runs a docker command's program against a local image store,
 * a small in-memory registry and a virtual clock, and records what the learner would see
 * (stdout, stderr, exit code), the registry calls and the trace notes.
 */
import { defaultCatalog, lookupImage, parseImageRef, type ImageManifest } from '../../../src/engine/images';
import { dockerProgram } from '../../../src/engine/laptop/docker';
import type { DockerEffect, LocalImage } from '../../../src/engine/laptop/program';
import type { RegistryResponse } from '../../../src/engine/registry/types';

export const KUBIA_DOCKERFILE = 'FROM node:7\nADD app.js /app.js\nENTRYPOINT ["node", "app.js"]\n';
/** 2026-01-05T09:10:00Z, as a scenario's laptop sees it ten minutes in. */
export const T0 = Date.UTC(2026, 0, 5, 9, 10, 0);

type Call = Extract<DockerEffect, { op: 'registry' }>['call'];

export interface FakeRegistry {
  tags: Map<string, ImageManifest>;
  blobs: Map<string, Set<string>>;
  /** Download speed, bytes per virtual ms. */
  bytesPerMs: number;
}

export function fakeRegistry(refs: string[] = []): FakeRegistry {
  const catalog = defaultCatalog();
  const reg: FakeRegistry = { tags: new Map(), blobs: new Map(), bytesPerMs: 50_000 };
  for (const r of refs) {
    const image = lookupImage(catalog, r);
    if (image) store(reg, image.ref, image);
  }
  return reg;
}

function repoOf(ref: string): string {
  const p = parseImageRef(ref);
  return p.ok ? `${p.ref.registry}/${p.ref.repository}` : ref;
}

function store(reg: FakeRegistry, ref: string, image: ImageManifest): void {
  reg.tags.set(ref, image);
  const repo = repoOf(ref);
  if (!reg.blobs.has(repo)) reg.blobs.set(repo, new Set());
  for (const l of image.layers) reg.blobs.get(repo)?.add(l.digest);
}

/** Answer a registry call as registry/machine.ts does, and say how long it took. */
function answer(reg: FakeRegistry, call: Call): { res: RegistryResponse; ms: number } {
  const res = (r: Omit<RegistryResponse, 'type' | 'requestId'>): RegistryResponse => ({ type: 'registry.response', requestId: 'x', ...r });
  switch (call.type) {
    case 'registry.manifest.get': {
      const image = reg.tags.get(call.ref);
      if (image) return { res: res({ ok: true, code: 200, manifest: image }), ms: 30 };
      const known = [...reg.tags.keys()].some((k) => repoOf(k) === repoOf(call.ref));
      return { res: res({ ok: false, code: known ? 404 : 401, error: known ? 'MANIFEST_UNKNOWN' : 'NAME_UNKNOWN' }), ms: 10 };
    }
    case 'registry.blob.get':
      return { res: res({ ok: true, code: 200 }), ms: 30 + Math.ceil(call.size / reg.bytesPerMs) };
    case 'registry.blob.head': {
      const exists = reg.blobs.get(call.repository)?.has(call.digest) ?? false;
      return { res: res({ ok: true, code: exists ? 200 : 404, exists }), ms: 10 };
    }
    case 'registry.blob.put':
      if (!reg.blobs.has(call.repository)) reg.blobs.set(call.repository, new Set());
      reg.blobs.get(call.repository)?.add(call.digest);
      return { res: res({ ok: true, code: 201 }), ms: 10 };
    case 'registry.blob.mount': {
      const there = reg.blobs.get(call.from)?.has(call.digest) ?? false;
      if (there) {
        if (!reg.blobs.has(call.repository)) reg.blobs.set(call.repository, new Set());
        reg.blobs.get(call.repository)?.add(call.digest);
      }
      return { res: res({ ok: true, code: there ? 201 : 202, mounted: there }), ms: 10 };
    }
    case 'registry.manifest.put':
      store(reg, call.ref, { ...call.manifest, ref: call.ref });
      return { res: res({ ok: true, code: 201 }), ms: 10 };
  }
}

export interface Laptop {
  files: Map<string, string>;
  images: Map<string, LocalImage>;
  registry: FakeRegistry;
  /** Epoch ms now. */
  now: number;
  uploadBytesPerMs: number;
  /** The daemon's record of where each layer was pulled from. */
  layerSources: Map<string, string>;
}

export function laptop(over: Partial<Laptop> = {}): Laptop {
  return {
    files: new Map([
      ['Dockerfile', KUBIA_DOCKERFILE],
      ['app.js', 'const http = require("http");\n'],
    ]),
    images: new Map(),
    registry: fakeRegistry(['node:7']),
    now: T0,
    uploadBytesPerMs: 20_000,
    layerSources: new Map(),
    ...over,
  };
}

export interface Run {
  stdout: string;
  stderr: string;
  /** stdout and stderr as a terminal interleaves them. */
  output: string;
  code: number;
  calls: (Call & { latency?: number; at: number })[];
  notes: Extract<DockerEffect, { op: 'note' }>[];
  /** Virtual ms the command took. */
  elapsed: number;
}

/** Run `docker <argv…>` on the fake laptop to completion. */
export function docker(lap: Laptop, argv: string[], stdin?: string): Run {
  const start = lap.now;
  const r: Run = { stdout: '', stderr: '', output: '', code: -1, calls: [], notes: [], elapsed: 0 };
  const program = dockerProgram({ argv, ...(stdin !== undefined ? { stdin } : {}), files: lap.files, images: lap.images, now: () => lap.now, uploadBytesPerMs: lap.uploadBytesPerMs, layerSources: lap.layerSources });
  let input: unknown;
  for (;;) {
    const step = program.next(input);
    input = undefined;
    if (step.done) {
      r.code = step.value;
      break;
    }
    const e = step.value;
    if (e.op === 'out' || e.op === 'err') {
      r[e.op === 'out' ? 'stdout' : 'stderr'] += e.text;
      r.output += e.text;
    } else if (e.op === 'note') r.notes.push(e);
    else if (e.op === 'sleep') lap.now += e.ms;
    else if (e.op === 'tag') lap.images.set(e.ref, { image: e.image, created: lap.now });
    else if (e.op === 'untag') lap.images.delete(e.ref);
    else if (e.op === 'registry') {
      r.calls.push({ ...e.call, ...(e.latency !== undefined ? { latency: e.latency } : {}), at: lap.now });
      if (e.call.type === 'registry.blob.get') lap.layerSources.set(e.call.digest, e.call.repository);
      const { res, ms } = answer(lap.registry, e.call);
      lap.now += e.latency ?? ms;
      input = res;
    }
  }
  r.elapsed = lap.now - start;
  return r;
}

/** Put a catalog image in the laptop's store, as if pulled at `created`. */
export function withImage(lap: Laptop, ref: string, created = lap.now): ImageManifest {
  const image = lookupImage(defaultCatalog(), ref);
  if (!image) throw new Error(`no catalog image ${ref}`);
  const parsed = parseImageRef(ref);
  const key = parsed.ok ? parsed.ref.normalized : ref;
  lap.images.set(key, { image: { ...image, ref: key }, created });
  return image;
}
