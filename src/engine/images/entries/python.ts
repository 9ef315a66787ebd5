/**
 * The official Python images on Debian trixie: `-slim` (the base, ca-certificates, a
 * CPython built from source into /usr/local) and the full one on buildpack-deps (curl, git,
 * compilers). Their `python3` answers `--version`, prints literals with `-c`, and runs
 * `-m http.server` (behaviours/python.ts); the rest of Python is not simulated.
 */
import { defineImage, type LayerRecipe } from '../manifest';
import { DEBIAN_FULL_EXTRA } from '../toolsets';
import type { ImageManifest } from '../types';
import { BUILDPACK_TRIXIE_LAYERS, DEBIAN_TRIXIE, DEBIAN_TRIXIE_SLIM } from './bases';

interface PythonSpec {
  ref: string;
  version: string;
  slim: boolean;
  /** Compressed size of the CPython build layer. */
  buildSize: number;
  /** The release manager's key the image verifies the tarball with, when known. */
  gpgKey?: string;
  created: string;
}

function python(s: PythonSpec): ImageManifest {
  const minor = s.version.split('.').slice(0, 2).join('.');
  const deps: LayerRecipe = s.slim
    ? { createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates netbase tzdata ; rm -rf /var/lib/apt/lists/* # buildkit', size: 1_293_870 }
    : { createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev ; rm -rf /var/lib/apt/lists/* # buildkit', size: 6_242_918 };
  return defineImage({
    ref: s.ref,
    base: s.slim ? DEBIAN_TRIXIE_SLIM : DEBIAN_TRIXIE,
    layers: [
      ...(s.slim ? [] : BUILDPACK_TRIXIE_LAYERS),
      deps,
      { createdBy: `RUN /bin/sh -c set -eux; wget -O python.tar.xz "https://www.python.org/ftp/python/\${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; ... ./configure --enable-optimizations --enable-shared --with-lto ...; make install; ... python3 --version # buildkit`, size: s.buildSize },
      { createdBy: 'RUN /bin/sh -c set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; [ -s "/usr/local/bin/$src" ]; [ ! -e "/usr/local/bin/$dst" ]; ln -svT "$src" "/usr/local/bin/$dst"; done # buildkit', size: 250 },
    ],
    config: {
      cmd: ['python3'],
      env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', ...(s.gpgKey ? [`GPG_KEY=${s.gpgKey}`] : []), `PYTHON_VERSION=${s.version}`],
    },
    behaviour: 'python',
    commands: [
      ...(s.slim ? [] : DEBIAN_FULL_EXTRA),
      'python', 'python3', `python${minor}`, 'pip', 'pip3', `pip${minor}`, 'pydoc', 'pydoc3', 'idle', 'idle3', 'python3-config',
    ],
    versions: { python: s.version, ...(s.slim ? {} : { curl: '8.14.1' }) },
    created: s.created,
  });
}

export const PYTHON_3_12_SLIM = python({ ref: 'python:3.12.12-slim', version: '3.12.12', slim: true, buildSize: 13_654_233, gpgKey: '7169605F62C751356D054A26A821E680E5FA6305', created: '2025-11-04T01:47:12Z' });
export const PYTHON_3_12 = python({ ref: 'python:3.12.12', version: '3.12.12', slim: false, buildSize: 26_391_604, gpgKey: '7169605F62C751356D054A26A821E680E5FA6305', created: '2025-11-04T01:52:40Z' });
export const PYTHON_3_14_SLIM = python({ ref: 'python:3.14.0-slim', version: '3.14.0', slim: true, buildSize: 14_811_870, created: '2025-11-04T01:44:05Z' });
export const PYTHON_3_14 = python({ ref: 'python:3.14.0', version: '3.14.0', slim: false, buildSize: 28_107_315, created: '2025-11-04T01:50:21Z' });

export const PYTHON: ImageManifest[] = [PYTHON_3_12_SLIM, PYTHON_3_12, PYTHON_3_14_SLIM, PYTHON_3_14];
