import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { configDigest, manifestDigest } from '../../../src/engine/images/digest';
import { startFailure } from '../../../src/engine/images/process';

const catalog = defaultCatalog();
const find = (ref: string) => {
  const image = lookupImage(catalog, ref);
  if (!image) throw new Error(`${ref} not in catalog`);
  return image;
};

describe('the registry catalog', () => {
  it('is the same, digest for digest, every time', () => {
    const again = defaultCatalog();
    expect(again.map((i) => `${i.ref}@${i.digest}`)).toEqual(catalog.map((i) => `${i.ref}@${i.digest}`));
  });

  it('has real SHA-256 digests that match the content they name', () => {
    for (const image of catalog) {
      expect(image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const cfg = configDigest(image.config, image.layers);
      expect(image.id).toBe(cfg.digest);
      expect(image.digest).toBe(manifestDigest(cfg, image.layers));
      for (const l of image.layers) expect(l.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('sizes are the sum of the compressed layers, near the real images', () => {
    for (const image of catalog) expect(image.size).toBe(image.layers.reduce((n, l) => n + l.size, 0));
    expect(find('nginx').size / 1e6).toBeGreaterThan(55);
    expect(find('nginx').size / 1e6).toBeLessThan(75);
    expect(find('busybox').size / 1e6).toBeCloseTo(2.16, 1);
    expect(find('alpine').size / 1e6).toBeCloseTo(3.8, 1);
    expect(find('node:7').size / 1e6).toBeGreaterThan(250);
    expect(find('registry.k8s.io/pause:3.10.1').layers).toHaveLength(1);
  });

  it('answers to the tags the Kubernetes docs use', () => {
    for (const ref of [
      'nginx', 'nginx:latest', 'nginx:1.14.2', 'nginx:1.16.1', 'nginx:1.27', 'nginx:1.28', 'nginx:stable', 'nginx:1.29', 'nginx:alpine', 'docker.io/library/nginx:latest',
      'busybox', 'busybox:1.28', 'busybox:1.36', 'registry.k8s.io/busybox', 'registry.k8s.io/busybox:1.27.2', 'k8s.gcr.io/busybox',
      'alpine:latest', 'debian', 'ubuntu', 'redis', 'redis:5', 'mysql:5.7', 'node:7', 'luksa/kubia', 'luksa/kubia-unhealthy',
      'registry.k8s.io/pause:3.10.1', 'registry.k8s.io/liveness', 'k8s.gcr.io/liveness', 'curlimages/curl', 'radial/busyboxplus:curl',
      'registry.k8s.io/e2e-test-images/agnhost:2.39', 'registry.k8s.io/e2e-test-images/agnhost:2.40', 'httpd', 'perl',
      'registry.k8s.io/hpa-example', 'registry.k8s.io/goproxy:0.1', 'polinux/stress', 'vish/stress', 'registry.k8s.io/nginx-slim:0.8',
      'gcr.io/google-samples/hello-app:2.0', 'docker.io/library/bash:5',
    ]) {
      expect(lookupImage(catalog, ref), ref).toBeDefined();
    }
  });

  it('does not know images that do not exist (the pull fails: ErrImagePull)', () => {
    expect(lookupImage(catalog, 'nginx:1.99')).toBeUndefined();
    expect(lookupImage(catalog, 'luksa/kubiaa')).toBeUndefined();
    expect(lookupImage(catalog, '<your-private-image>')).toBeUndefined();
  });

  it('finds an image by digest, and a tag alias is the same image', () => {
    const nginx = find('nginx:1.29.3');
    expect(find('nginx:latest').digest).toBe(nginx.digest);
    expect(lookupImage(catalog, `nginx@${nginx.digest}`)?.digest).toBe(nginx.digest);
    expect(find('nginx:1.27').digest).not.toBe(nginx.digest);
  });

  it('shares base layers: kubia is node:7 plus one layer made by ADD app.js', () => {
    const node = find('node:7');
    const kubia = find('luksa/kubia');
    expect(kubia.layers.slice(0, node.layers.length)).toEqual(node.layers);
    expect(kubia.layers).toHaveLength(node.layers.length + 1);
    expect(kubia.layers.at(-1)?.createdBy).toBe('ADD app.js /app.js # buildkit');
    expect(kubia.config.entrypoint).toEqual(['node', 'app.js']);
    expect(kubia.config.cmd).toBeUndefined();
    expect(kubia.behaviour).toBe('kubia');
  });

  it("reflects the images' configs: nginx stops with SIGQUIT, pause runs as 65535", () => {
    expect(find('nginx').config.stopSignal).toBe('SIGQUIT');
    expect(find('nginx:1.14.2').config.stopSignal).toBe('SIGTERM');
    expect(find('nginx').config.exposedPorts).toEqual(['80/tcp']);
    expect(find('registry.k8s.io/pause:3.10.1').config).toMatchObject({ entrypoint: ['/pause'], user: '65535:65535' });
    expect(find('httpd').config.stopSignal).toBe('SIGWINCH');
  });

  it('every image can start its default command', () => {
    for (const image of catalog) {
      if (image.behaviour === 'liveness') continue; // FROM scratch; the docs pass args: ["/server"]
      expect(startFailure(image), image.ref).toBeUndefined();
    }
  });
});
