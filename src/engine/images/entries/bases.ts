/**
 * Operating-system base images. Sizes are compressed amd64 layer sizes close to the
 * real ones; images built on the same base share these layers (same digests).
 */
import { defineImage, type LayerRecipe } from '../manifest';
import { BUSYBOX_COMMANDS, DEBIAN_COMMANDS, DEBIAN_FULL_EXTRA } from '../toolsets';
import type { ImageManifest } from '../types';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BUSYBOX_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function debian(ref: string, codename: string, size: number, version: string): ImageManifest {
  return defineImage({
    ref,
    layers: [{ createdBy: `# debian.sh --arch 'amd64' out/ '${codename}' '@1762128000'`, size }],
    config: { cmd: ['bash'], env: [PATH] },
    behaviour: 'debian',
    shell: 'dash',
    commands: DEBIAN_COMMANDS,
    versions: { debian: version },
    created: '2025-11-03T00:00:00Z',
  });
}

export const DEBIAN_TRIXIE_SLIM = debian('debian:trixie-slim', 'trixie', 29_774_380, '13.1');
export const DEBIAN_TRIXIE = debian('debian:trixie', 'trixie', 49_302_456, '13.1');
export const DEBIAN_BOOKWORM_SLIM = debian('debian:bookworm-slim', 'bookworm', 28_231_452, '12.12');
export const DEBIAN_BULLSEYE_SLIM = debian('debian:bullseye-slim', 'bullseye', 31_379_476, '11.11');
export const DEBIAN_BUSTER_SLIM = debian('debian:buster-slim', 'buster', 27_092_228, '10.13');
export const DEBIAN_STRETCH_SLIM = debian('debian:stretch-slim', 'stretch', 22_496_048, '9.13');

/** buildpack-deps:trixie's layers over debian:trixie: curl, scm tools, compilers (perl and python build on them). */
export const BUILDPACK_TRIXIE_LAYERS: LayerRecipe[] = [
  { createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit', size: 25_615_446 },
  { createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/* # buildkit', size: 67_781_217 },
  { createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 ... gcc g++ make ...; rm -rf /var/lib/apt/lists/* # buildkit', size: 235_954_371 },
];

/** buildpack-deps:jessie — curl, scm tools and compilers on Debian 8: the base of node:7. */
export const BUILDPACK_JESSIE = defineImage({
  ref: 'buildpack-deps:jessie',
  layers: [
    { createdBy: 'ADD file:a023a99f7d01868b164d63f6ba3fbd1e2cd1e3e2f2f4c1f9d0cdfed0e8e8e6d1 in / ', size: 52_584_016 },
    { createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates curl wget && rm -rf /var/lib/apt/lists/*', size: 19_268_980 },
    { createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends bzr git mercurial openssh-client subversion procps && rm -rf /var/lib/apt/lists/*', size: 43_229_486 },
    { createdBy: 'RUN /bin/sh -c set -ex; apt-get update; apt-get install -y --no-install-recommends autoconf automake bzip2 file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev ... ; rm -rf /var/lib/apt/lists/*', size: 134_840_478 },
  ],
  config: { cmd: ['bash'], env: [PATH] },
  behaviour: 'debian',
  shell: 'dash',
  commands: [...DEBIAN_COMMANDS, ...DEBIAN_FULL_EXTRA],
  versions: { debian: '8.11', curl: '7.38.0' },
});

export const UBUNTU_NOBLE = defineImage({
  ref: 'ubuntu:24.04',
  layers: [{ createdBy: 'ADD file:6df775300d76441aa33f31b22c1afce8dfe35c8ffbc14ef27c27009235b12a95 in / ', size: 29_723_147 }],
  config: { cmd: ['/bin/bash'], env: [PATH], labels: { 'org.opencontainers.image.version': '24.04' } },
  behaviour: 'debian',
  shell: 'dash',
  commands: DEBIAN_COMMANDS,
  versions: { ubuntu: '24.04' },
});

export const ALPINE = defineImage({
  ref: 'alpine:3.22.2',
  layers: [{ createdBy: 'ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit', size: 3_799_845 }],
  config: { cmd: ['/bin/sh'], env: [BUSYBOX_PATH] },
  behaviour: 'alpine',
  shell: 'ash',
  commands: BUSYBOX_COMMANDS,
  versions: { alpine: '3.22.2', busybox: '1.37.0' },
  created: '2025-10-08T11:05:26Z',
});

function busybox(ref: string, version: string, size: number, created: string, createdBy = 'ADD busybox.tar.xz / # buildkit'): ImageManifest {
  return defineImage({
    ref,
    layers: [{ createdBy, size }],
    config: { cmd: ['sh'], env: [BUSYBOX_PATH] },
    behaviour: 'busybox',
    shell: 'ash',
    commands: BUSYBOX_COMMANDS,
    versions: { busybox: version },
    created,
  });
}

export const BUSYBOX_1_37 = busybox('busybox:1.37.0', '1.37.0', 2_155_417, '2024-09-26T21:31:42Z');
export const BUSYBOX_1_36 = busybox('busybox:1.36.1', '1.36.1', 2_152_262, '2024-09-26T21:31:42Z');
export const BUSYBOX_1_28 = busybox('busybox:1.28.4', '1.28.4', 732_308, '2018-05-22T17:21:29Z', 'ADD file:a0fd3b1e6a2b8a7d64e0d1e0fbbd2bbdd2b7c8ab3a6e5c7a8e3b4e0b2ad9d1c7 in / ');
/** registry.k8s.io/busybox (the old gcr.io/google_containers one: busybox 1.24). */
export const K8S_BUSYBOX_LATEST = busybox('registry.k8s.io/busybox:latest', '1.24.2', 676_243, '2016-03-01T18:51:14Z', 'ADD file:8cdb4a0f4b6a7f2e2b6bd2b0d4f5b3e9c6a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5 in / ');
export const K8S_BUSYBOX_1_27_2 = busybox('registry.k8s.io/busybox:1.27.2', '1.27.2', 716_491, '2017-11-03T22:39:17Z', 'ADD file:6ee19b92d5cb1bf143947fe2e2481cc3b4e4a0a9b8b0ac8b8d30d5f4a1d2f9e1 in / ');

export const BASES: ImageManifest[] = [
  DEBIAN_TRIXIE,
  DEBIAN_TRIXIE_SLIM,
  DEBIAN_BOOKWORM_SLIM,
  DEBIAN_BULLSEYE_SLIM,
  UBUNTU_NOBLE,
  ALPINE,
  BUSYBOX_1_37,
  BUSYBOX_1_36,
  BUSYBOX_1_28,
  K8S_BUSYBOX_LATEST,
  K8S_BUSYBOX_1_27_2,
];
