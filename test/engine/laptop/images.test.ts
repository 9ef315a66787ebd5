import { describe, expect, it } from 'vitest';
import { docker, laptop, T0, withImage } from './driver';

function stocked() {
  const lap = laptop();
  withImage(lap, 'nginx', T0 - 3 * 86_400_000);
  docker(lap, ['build', '-t', 'kubia', '.']);
  lap.now += 90_000;
  docker(lap, ['tag', 'kubia', 'luksa/kubia']);
  lap.now += 40_000;
  return lap;
}

describe('docker images', () => {
  it('prints only the header when the laptop has no images', () => {
    expect(docker(laptop(), ['images']).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  });

  it('lists one row per tag, newest image first; a tag shares its image’s CREATED', () => {
    const lap = stocked();
    const id = lap.images.get('docker.io/library/kubia:latest')!.image.id.slice(7, 19);
    const nginxId = lap.images.get('docker.io/library/nginx:latest')!.image.id.slice(7, 19);
    expect(docker(lap, ['images']).stdout).toBe(
      [
        'REPOSITORY    TAG       IMAGE ID       CREATED         SIZE',
        `kubia         latest    ${id}   2 minutes ago   266MB`,
        `luksa/kubia   latest    ${id}   2 minutes ago   266MB`,
        `nginx         latest    ${nginxId}   3 days ago      61.9MB`,
        '',
      ].join('\n'),
    );
  });

  it('is the same as docker image ls and docker image list', () => {
    const lap = stocked();
    const table = docker(lap, ['images']).stdout;
    expect(docker(lap, ['image', 'ls']).stdout).toBe(table);
    expect(docker(lap, ['image', 'list']).stdout).toBe(table);
  });

  it('-q prints the image ID of every row', () => {
    const lap = stocked();
    const id = lap.images.get('docker.io/library/kubia:latest')!.image.id.slice(7, 19);
    expect(docker(lap, ['images', '-q']).stdout.split('\n')).toEqual([id, id, expect.stringMatching(/^[0-9a-f]{12}$/), '']);
  });

  it('filters by REPOSITORY[:TAG]', () => {
    const lap = stocked();
    expect(docker(lap, ['images', 'luksa/kubia']).stdout.split('\n').slice(1, -1).map((l) => l.split(/\s+/)[0])).toEqual(['luksa/kubia']);
    expect(docker(lap, ['images', 'nginx:1.27']).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  });

  it('--digests adds the DIGEST column; --no-trunc shows whole IDs; --format fills a template', () => {
    const lap = stocked();
    const image = lap.images.get('docker.io/library/kubia:latest')!.image;
    expect(docker(lap, ['images', '--digests', 'kubia']).stdout.split('\n')[0]).toMatch(/^REPOSITORY +TAG +DIGEST +IMAGE ID +CREATED +SIZE$/);
    expect(docker(lap, ['images', '--digests', 'kubia']).stdout).toContain(image.digest);
    expect(docker(lap, ['images', '--no-trunc', 'kubia']).stdout).toContain(image.id);
    expect(docker(lap, ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}']).stdout).toBe('kubia:latest 266MB\nluksa/kubia:latest 266MB\nnginx:latest 61.9MB\n');
  });
});

describe('docker tag', () => {
  it('adds a name for an image, by name or by ID', () => {
    const lap = stocked();
    const kubia = lap.images.get('docker.io/library/kubia:latest')!.image;
    expect(docker(lap, ['tag', kubia.id.slice(7, 19), 'luksa/kubia:v1'])).toMatchObject({ code: 0, output: '' });
    expect(lap.images.get('docker.io/luksa/kubia:v1')?.image.id).toBe(kubia.id);
  });

  it('answers as Docker for a missing source and bad targets', () => {
    const lap = laptop();
    expect(docker(lap, ['tag', 'kubia', 'luksa/kubia'])).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such image: kubia:latest\n' });
    withImage(lap, 'nginx');
    expect(docker(lap, ['tag', 'nginx', 'Luksa/Kubia']).stderr).toBe('Error parsing reference: "Luksa/Kubia" is not a valid repository/tag: invalid reference format: repository name (Kubia) must be lowercase\n');
    expect(docker(lap, ['tag', 'nginx', `x@sha256:${'a'.repeat(64)}`]).stderr).toBe('refusing to create a tag with a digest reference\n');
  });
});

describe('docker rmi', () => {
  it('untags a name while another still points at the image, then deletes the image and its own layers', () => {
    const lap = stocked();
    const kubia = lap.images.get('docker.io/library/kubia:latest')!.image;
    expect(docker(lap, ['rmi', 'kubia']).stdout).toBe('Untagged: kubia:latest\n');
    const r = docker(lap, ['rmi', 'luksa/kubia']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Untagged: luksa/kubia:latest', `Deleted: ${kubia.id}`]);
    expect(lines.slice(2)).toEqual([...kubia.layers].reverse().map((l) => `Deleted: ${l.digest}`));
    expect(lap.images.size).toBe(1);
  });

  it('by ID needs -f when the image has names in several repositories', () => {
    const lap = stocked();
    const id = lap.images.get('docker.io/library/kubia:latest')!.image.id.slice(7, 19);
    const r = docker(lap, ['rmi', id]);
    expect(r).toMatchObject({ code: 1, stderr: `Error response from daemon: conflict: unable to delete ${id} (must be forced) - image is referenced in multiple repositories\n` });
    expect(docker(lap, ['rmi', '-f', id]).stdout.split('\n').slice(0, 2)).toEqual(['Untagged: kubia:latest', 'Untagged: luksa/kubia:latest']);
  });

  it('goes on past a name it does not have, and exits 1', () => {
    const lap = stocked();
    const r = docker(lap, ['rmi', 'nope', 'kubia']);
    expect(r.code).toBe(1);
    expect(r.output).toBe('Error response from daemon: No such image: nope:latest\nUntagged: kubia:latest\n');
  });
});
