import { describe, expect, it } from 'vitest';
import { invalidImageNameMessage, parseImageRef } from '../../../src/engine/images/reference';

describe('parseImageRef normalises as Docker and containerd do', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest', 'nginx:latest'],
    ['nginx:1.14.2', 'docker.io/library/nginx:1.14.2', 'nginx:1.14.2'],
    ['luksa/kubia', 'docker.io/luksa/kubia:latest', 'luksa/kubia:latest'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest', 'nginx:latest'],
    ['index.docker.io/library/busybox:1.28', 'docker.io/library/busybox:1.28', 'busybox:1.28'],
    ['registry.k8s.io/pause:3.10.1', 'registry.k8s.io/pause:3.10.1', 'registry.k8s.io/pause:3.10.1'],
    ['registry.k8s.io/e2e-test-images/agnhost:2.39', 'registry.k8s.io/e2e-test-images/agnhost:2.39', 'registry.k8s.io/e2e-test-images/agnhost:2.39'],
    ['localhost:5000/kubia', 'localhost:5000/kubia:latest', 'localhost:5000/kubia:latest'],
    ['localhost/kubia:v1', 'localhost/kubia:v1', 'localhost/kubia:v1'],
    ['radial/busyboxplus:curl', 'docker.io/radial/busyboxplus:curl', 'radial/busyboxplus:curl'],
  ])('%s → %s', (text, normalized, familiar) => {
    const r = parseImageRef(text);
    expect(r.ok && r.ref.normalized).toBe(normalized);
    expect(r.ok && r.ref.familiar).toBe(familiar);
  });

  it('keeps a digest and adds no tag to a digest reference', () => {
    const digest = `sha256:${'cb111d1bd870a6a471385a4a69ad17469d326e9dd91e0e455350cacf36e1b3ee'}`;
    const r = parseImageRef(`registry.k8s.io/redis@${digest}`);
    expect(r).toEqual({
      ok: true,
      ref: { registry: 'registry.k8s.io', repository: 'redis', digest, normalized: `registry.k8s.io/redis@${digest}`, familiar: `registry.k8s.io/redis@${digest}` },
    });
  });

  it.each([
    ['<your-private-image>', 'invalid reference format'],
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['busyBOX', 'invalid reference format: repository name (library/busyBOX) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['nginx::1', 'invalid reference format'],
    ['registry.hub.docker.com/library//nginx:latest', 'invalid reference format'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
  ])('rejects %s', (text, error) => {
    expect(parseImageRef(text)).toEqual({ ok: false, error });
  });

  it('gives the kubelet InspectFailed message for InvalidImageName', () => {
    expect(invalidImageNameMessage('<your-private-image>')).toBe(
      'Failed to apply default image tag "<your-private-image>": couldn\'t parse image name "<your-private-image>": invalid reference format',
    );
    expect(invalidImageNameMessage('nginx')).toBeUndefined();
  });
});
