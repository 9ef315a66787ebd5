import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage, shortId } from '../../../src/engine/images';
import { docker, fakeRegistry, laptop } from './driver';

const nginx = lookupImage(defaultCatalog(), 'nginx')!;
const ids = nginx.layers.map((l) => shortId(l.digest));

describe('docker pull', () => {
  it('downloads and extracts every layer, then names the image', () => {
    const lap = laptop({ registry: fakeRegistry(['nginx']) });
    const r = docker(lap, ['pull', 'nginx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Using default tag: latest',
        'latest: Pulling from library/nginx',
        ...ids.map((id) => `${id}: Pulling fs layer`),
        ...ids.slice(3).map((id) => `${id}: Waiting`),
        ...ids.flatMap((id) => [`${id}: Verifying Checksum`, `${id}: Download complete`]),
        ...ids.map((id) => `${id}: Pull complete`),
        `Digest: ${nginx.digest}`,
        'Status: Downloaded newer image for nginx:latest',
        'docker.io/library/nginx:latest',
        '',
      ].join('\n'),
    );
    expect(r.calls.map((c) => c.type)).toEqual(['registry.manifest.get', ...ids.map(() => 'registry.blob.get')]);
    expect(r.calls.every((c) => c.step === undefined)).toBe(true);
    expect(lap.images.get('docker.io/library/nginx:latest')?.image.digest).toBe(nginx.digest);
  });

  it('is up to date the second time, and says Already exists for layers it shares', () => {
    const lap = laptop({ registry: fakeRegistry(['nginx', 'redis:8', 'redis:7']) });
    docker(lap, ['pull', 'nginx']);
    const again = docker(lap, ['pull', 'nginx']);
    expect(again.stdout).toBe(`Using default tag: latest\nlatest: Pulling from library/nginx\nDigest: ${nginx.digest}\nStatus: Image is up to date for nginx:latest\ndocker.io/library/nginx:latest\n`);
    expect(again.calls.map((c) => c.type)).toEqual(['registry.manifest.get']);
    docker(lap, ['pull', 'redis:8']);
    const [redis8, redis7] = ['redis:8', 'redis:7'].map((r) => lookupImage(defaultCatalog(), r)!);
    const shared = redis7!.layers.filter((l) => redis8!.layers.some((n) => n.digest === l.digest));
    expect(shared.length).toBeGreaterThan(0);
    const r = docker(lap, ['pull', 'redis:7']);
    expect(r.stdout.startsWith('7: Pulling from library/redis\n')).toBe(true);
    for (const l of shared) expect(r.stdout).toContain(`${shortId(l.digest)}: Already exists\n`);
    expect(r.calls.filter((c) => c.type === 'registry.blob.get')).toHaveLength(redis7!.layers.length - shared.length);
  });

  it('-q prints only the reference', () => {
    expect(docker(laptop({ registry: fakeRegistry(['nginx']) }), ['pull', '-q', 'nginx']).stdout).toBe('docker.io/library/nginx:latest\n');
  });

  it('answers as the daemon for an unknown repository, an unknown tag and a bad name', () => {
    const lap = laptop({ registry: fakeRegistry(['nginx']) });
    const none = docker(lap, ['pull', 'luksa/kubia']);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe("Error response from daemon: pull access denied for luksa/kubia, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n");
    expect(docker(lap, ['pull', 'nginx:9.9']).stderr).toBe('Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown\n');
    expect(docker(lap, ['pull', 'Nginx']).stderr).toBe('invalid reference format: repository name (library/Nginx) must be lowercase\n');
  });
});
