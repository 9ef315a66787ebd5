import { describe, expect, it } from 'vitest';
import { defaultCatalog, digestOf, lookupImage, shortId } from '../../../src/engine/images';
import { manifestJson, manifestSize } from '../../../src/engine/laptop/docker/manifestSize';
import { docker, fakeRegistry, laptop, withImage } from './driver';

const kubia = lookupImage(defaultCatalog(), 'luksa/kubia')!;
const topFirst = [...kubia.layers].reverse().map((l) => shortId(l.digest));

describe('docker push luksa/kubia (step 2)', () => {
  it('uploads every layer a registry without the repository lacks, top layer first, then the manifest', () => {
    const lap = laptop({ registry: fakeRegistry(['node:7']) });
    withImage(lap, 'luksa/kubia');
    const r = docker(lap, ['push', 'luksa/kubia']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Using default tag: latest',
        'The push refers to repository [docker.io/luksa/kubia]',
        ...topFirst.map((id) => `${id}: Preparing`),
        ...topFirst.slice(5).map((id) => `${id}: Waiting`),
        ...topFirst.map((id) => `${id}: Pushed`),
        `latest: digest: ${kubia.digest} size: ${manifestSize(kubia)}`,
        '',
      ].join('\n'),
    );
    expect(r.calls.map((c) => c.type)).toEqual([...kubia.layers.flatMap(() => ['registry.blob.head', 'registry.blob.put']), 'registry.manifest.put']);
    expect(r.calls.every((c) => c.step === 2)).toBe(true);
    expect(lap.registry.tags.get('docker.io/luksa/kubia:latest')?.digest).toBe(kubia.digest);
  });

  it('mounts the layers it pulled from library/node instead of uploading them again', () => {
    const lap = laptop({ registry: fakeRegistry(['node:7']) });
    expect(docker(lap, ['build', '-q', '-t', 'kubia', '.']).code).toBe(0);
    expect(docker(lap, ['tag', 'kubia', 'luksa/kubia']).code).toBe(0);
    const r = docker(lap, ['push', 'luksa/kubia']);
    const base = topFirst.slice(1);
    expect(r.stdout).toMatch(new RegExp(`\\n[0-9a-f]{12}: Pushed\\n${base.map((id) => `${id}: Mounted from library/node\\n`).join('')}latest: digest`));
    expect(r.calls.filter((c) => c.type === 'registry.blob.put')).toHaveLength(1);
    expect(r.calls.filter((c) => c.type === 'registry.blob.mount').map((c) => c.type === 'registry.blob.mount' && c.from)).toEqual(base.map(() => 'docker.io/library/node'));
    // The next push finds every layer in place.
    expect(docker(lap, ['push', 'luksa/kubia']).stdout).toContain(base.map((id) => `${id}: Layer already exists\n`).join(''));
  });

  it('takes upload time in proportion to each layer’s size', () => {
    const lap = laptop({ registry: fakeRegistry([]) });
    withImage(lap, 'luksa/kubia');
    const r = docker(lap, ['push', 'luksa/kubia']);
    const puts = r.calls.filter((c) => c.type === 'registry.blob.put');
    for (const p of puts) if (p.type === 'registry.blob.put') expect(p.latency).toBe(20 + Math.ceil(p.size / 20_000));
    expect(r.elapsed).toBeGreaterThan(kubia.size / 20_000);
  });

  it('says Layer already exists for every layer a registry that has the image holds', () => {
    const lap = laptop({ registry: fakeRegistry(['luksa/kubia']) });
    withImage(lap, 'luksa/kubia');
    const r = docker(lap, ['push', 'luksa/kubia']);
    expect(r.stdout).toContain(topFirst.map((id) => `${id}: Layer already exists\n`).join(''));
    expect(r.calls.some((c) => c.type === 'registry.blob.put')).toBe(false);
    expect(r.calls.at(-1)).toMatchObject({ type: 'registry.manifest.put', ref: 'docker.io/luksa/kubia:latest' });
  });

  it('prints the size of the very manifest whose digest it prints', () => {
    expect(digestOf(manifestJson(kubia))).toBe(kubia.digest);
  });

  it('refuses a name with no local image, after naming the repository', () => {
    const r = docker(laptop(), ['push', 'luksa/kubia']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Using default tag: latest\nThe push refers to repository [docker.io/luksa/kubia]\n');
    expect(r.stderr).toBe('An image does not exist locally with the tag: luksa/kubia\n');
    expect(r.calls).toEqual([]);
  });

  it('refuses a tag the repository does not have locally', () => {
    const lap = laptop();
    withImage(lap, 'luksa/kubia');
    const r = docker(lap, ['push', 'luksa/kubia:v1']);
    expect(r.stdout).toBe('The push refers to repository [docker.io/luksa/kubia]\n');
    expect(r.stderr).toBe('tag does not exist: luksa/kubia:v1\n');
  });

  it('is denied for an official image the learner does not own', () => {
    const lap = laptop();
    const nginx = withImage(lap, 'nginx');
    const r = docker(lap, ['push', 'nginx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The push refers to repository [docker.io/library/nginx]\n');
    expect(r.stdout).toContain(`${shortId(nginx.layers.at(-1)!.digest)}: Preparing\n`);
    expect(r.stderr).toBe('denied: requested access to the resource is denied\n');
    expect(r.calls).toEqual([]);
    expect(r.notes).toEqual([expect.objectContaining({ kind: 'push.denied', step: 2 })]);
  });

  it('-q prints only the reference; -a pushes every tag', () => {
    const lap = laptop();
    withImage(lap, 'luksa/kubia');
    withImage(lap, 'luksa/kubia:v1');
    expect(docker(lap, ['push', '-q', 'luksa/kubia']).stdout).toBe('docker.io/luksa/kubia:latest\n');
    const all = docker(lap, ['push', '-a', 'luksa/kubia']);
    expect(all.stdout.match(/: digest: /g)).toHaveLength(2);
    expect(all.stdout).toMatch(/^The push refers to repository \[docker.io\/luksa\/kubia\]\n/);
    expect(docker(lap, ['push', '-a', 'luksa/kubia:v1']).stderr).toBe("tag can't be used with --all-tags/-a\n");
  });

  it('rejects a reference that does not parse', () => {
    expect(docker(laptop(), ['push', 'Luksa/Kubia']).stderr).toBe('invalid reference format: repository name (Kubia) must be lowercase\n');
  });
});
