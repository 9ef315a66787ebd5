/**
 * The registry's catalog: every image Pod Lab knows, under every tag it answers to. An
 * image that is not here does not exist in the registry — pulling it fails (ErrImagePull,
 * then ImagePullBackOff), which is a lesson in itself.
 */
import { APPS } from './entries/apps';
import { BASES } from './entries/bases';
import { K8S } from './entries/k8s';
import { PYTHON } from './entries/python';
import { SYSTEM } from './entries/system';
import { WEB } from './entries/web';
import { retag } from './manifest';
import { parseImageRef } from './reference';
import type { ImageManifest } from './types';

export type { ImageConfig, ImageManifest, Layer, ShellFlavour } from './types';

/** Extra tags: alias → the tag whose image it is. */
const ALIASES: Record<string, string> = {
  'nginx:latest': 'nginx:1.29.3',
  'nginx:1.29': 'nginx:1.29.3',
  'nginx:1': 'nginx:1.29.3',
  'nginx:mainline': 'nginx:1.29.3',
  'nginx:1.28': 'nginx:1.28.0',
  'nginx:stable': 'nginx:1.28.0',
  'nginx:1.27': 'nginx:1.27.5',
  'nginx:alpine': 'nginx:1.29.3-alpine',
  'nginx:1.29-alpine': 'nginx:1.29.3-alpine',
  'nginx:mainline-alpine': 'nginx:1.29.3-alpine',
  'busybox:latest': 'busybox:1.37.0',
  'busybox:1.37': 'busybox:1.37.0',
  'busybox:1': 'busybox:1.37.0',
  'busybox:1.36': 'busybox:1.36.1',
  'busybox:1.28': 'busybox:1.28.4',
  'alpine:latest': 'alpine:3.22.2',
  'alpine:3': 'alpine:3.22.2',
  'alpine:3.22': 'alpine:3.22.2',
  'debian:latest': 'debian:trixie',
  'debian:13': 'debian:trixie',
  'debian:stable': 'debian:trixie',
  'debian:stable-slim': 'debian:trixie-slim',
  'debian:12-slim': 'debian:bookworm-slim',
  'ubuntu:latest': 'ubuntu:24.04',
  'ubuntu:noble': 'ubuntu:24.04',
  'redis:latest': 'redis:8.2.3',
  'redis:8': 'redis:8.2.3',
  'redis:8.2': 'redis:8.2.3',
  'redis:7': 'redis:7.4.6',
  'redis:7.4': 'redis:7.4.6',
  'redis:5': 'redis:5.0.14',
  'redis:5.0': 'redis:5.0.14',
  'mysql:5.7': 'mysql:5.7.44',
  'mysql:5': 'mysql:5.7.44',
  'mysql:8.4': 'mysql:8.4.7',
  'mysql:8': 'mysql:8.4.7',
  'mysql:lts': 'mysql:8.4.7',
  'mysql:latest': 'mysql:9.5.0',
  'mysql:9': 'mysql:9.5.0',
  'mysql:9.5': 'mysql:9.5.0',
  'node:7': 'node:7.10.1',
  'node:7.10': 'node:7.10.1',
  'perl:latest': 'perl:5.42.0',
  'perl:5': 'perl:5.42.0',
  'perl:5.42': 'perl:5.42.0',
  'httpd:latest': 'httpd:2.4.65',
  'httpd:2.4': 'httpd:2.4.65',
  'httpd:2': 'httpd:2.4.65',
  'curlimages/curl:latest': 'curlimages/curl:8.17.0',
  'bash:latest': 'bash:5.3.3',
  'bash:5': 'bash:5.3.3',
  'bash:5.3': 'bash:5.3.3',
  'python:latest': 'python:3.14.0',
  'python:3': 'python:3.14.0',
  'python:3.14': 'python:3.14.0',
  'python:slim': 'python:3.14.0-slim',
  'python:3-slim': 'python:3.14.0-slim',
  'python:3.14-slim': 'python:3.14.0-slim',
  'python:3.12': 'python:3.12.12',
  'python:3.12-slim': 'python:3.12.12-slim',
  'python:3.12-slim-trixie': 'python:3.12.12-slim',
};

/** Registries that now redirect to registry.k8s.io. */
const REGISTRY_REDIRECTS: [string, string][] = [
  ['k8s.gcr.io/', 'registry.k8s.io/'],
  ['gcr.io/google_containers/', 'registry.k8s.io/'],
  ['gcr.io/google-containers/', 'registry.k8s.io/'],
];

function normalized(text: string): string {
  const parsed = parseImageRef(text);
  return parsed.ok ? parsed.ref.normalized : text;
}

function clone(image: ImageManifest): ImageManifest {
  return JSON.parse(JSON.stringify(image)) as ImageManifest;
}

/** Every image under every tag, digests stable across runs. A fresh copy each call. */
export function defaultCatalog(): ImageManifest[] {
  const images = [...BASES, ...WEB, ...APPS, ...PYTHON, ...K8S, ...SYSTEM];
  const byRef = new Map(images.map((i) => [i.ref, i]));
  const out = images.map(clone);
  for (const [alias, target] of Object.entries(ALIASES)) {
    const image = byRef.get(normalized(target));
    if (image) out.push(clone(retag(image, alias)));
  }
  return out;
}

/**
 * Find an image for a reference the way a registry would: by tag, or by repository and
 * digest; the old k8s.gcr.io names answer as registry.k8s.io does for them.
 */
export function lookupImage(catalog: readonly ImageManifest[], text: string): ImageManifest | undefined {
  const parsed = parseImageRef(text);
  if (!parsed.ok) return undefined;
  let { normalized: ref } = parsed.ref;
  let repo = `${parsed.ref.registry}/${parsed.ref.repository}`;
  for (const [from, to] of REGISTRY_REDIRECTS) {
    if (ref.startsWith(from)) {
      ref = to + ref.slice(from.length);
      repo = to + repo.slice(from.length);
    }
  }
  if (parsed.ref.digest) {
    return catalog.find((i) => i.digest === parsed.ref.digest && i.ref.startsWith(`${repo}:`));
  }
  return catalog.find((i) => i.ref === ref);
}
