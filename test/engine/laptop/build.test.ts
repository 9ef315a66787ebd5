import { describe, expect, it } from 'vitest';
import { defaultCatalog, KUBIA_APP_JS, lookupImage } from '../../../src/engine/images';
import { docker, laptop, withImage } from './driver';

const node7 = lookupImage(defaultCatalog(), 'node:7')!;

describe('docker build -t kubia . (step 1)', () => {
  it('asks the registry for node:7, downloads its layers, and names the image', () => {
    const lap = laptop();
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.calls.map((c) => c.type)).toEqual(['registry.manifest.get', ...node7.layers.map(() => 'registry.blob.get')]);
    expect(r.calls[0]).toMatchObject({ ref: 'docker.io/library/node:7', step: 1 });
    expect(r.calls.every((c) => c.step === 1)).toBe(true);
    expect(r.calls.slice(1).map((c) => ('digest' in c ? c.digest : ''))).toEqual(node7.layers.map((l) => l.digest));
    const built = lap.images.get('docker.io/library/kubia:latest');
    expect(built?.image.layers.slice(0, -1)).toEqual(node7.layers);
    expect(built?.image.config.entrypoint).toEqual(['node', 'app.js']);
  });

  it("prints BuildKit's plain progress on stderr, ending with the image it wrote", () => {
    const lap = laptop();
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    const id = lap.images.get('docker.io/library/kubia:latest')?.image.id;
    const lines = r.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#0 building with "default" instance using docker driver', '', '#1 [internal] load build definition from Dockerfile']);
    expect(lines).toContain('#2 [internal] load metadata for docker.io/library/node:7');
    expect(lines).toContain(`#5 [1/2] FROM docker.io/library/node:7@${node7.digest}`);
    expect(lines.slice(-10)).toEqual([
      '#6 [2/2] ADD app.js /app.js',
      '#6 DONE 0.1s',
      '',
      '#7 exporting to image',
      '#7 exporting layers',
      '#7 exporting layers 0.1s done',
      `#7 writing image ${id} done`,
      '#7 naming to docker.io/library/kubia done',
      '#7 DONE 0.1s',
      '',
    ]);
  });

  it('takes the virtual time its progress reports: 1.2s metadata, 16.8s FROM, 0.1s ADD, 0.1s export', () => {
    const r = docker(laptop(), ['build', '-t', 'kubia', '.']);
    expect(r.elapsed).toBe(1200 + 16800 + 100 + 100);
  });

  it('records a trace note for each Dockerfile step and for the export', () => {
    const r = docker(laptop(), ['build', '-t', 'kubia', '.']);
    expect(r.notes.map((n) => [n.kind, n.step, n.detail?.instruction ?? n.detail?.names])).toEqual([
      ['image.build', 1, 'FROM node:7'],
      ['image.build', 1, 'ADD app.js /app.js'],
      ['image.export', 1, 'kubia'],
    ]);
    expect(r.notes[0]?.detail).toMatchObject({ base: 'docker.io/library/node:7', digest: node7.digest, pulled: true });
  });

  it('builds the same image as the registry’s luksa/kubia from the book’s app.js', () => {
    const lap = laptop({ files: new Map([['Dockerfile', 'FROM node:7\nADD app.js /app.js\nENTRYPOINT ["node", "app.js"]\n'], ['app.js', KUBIA_APP_JS]]) });
    docker(lap, ['build', '-t', 'kubia', '.']);
    expect(lap.images.get('docker.io/library/kubia:latest')?.image.digest).toBe(lookupImage(defaultCatalog(), 'luksa/kubia')?.digest);
  });

  it('asks the registry again on a rebuild (node:7 has no local tag) but downloads nothing: every step is CACHED', () => {
    const lap = laptop();
    docker(lap, ['build', '-t', 'kubia', '.']);
    const again = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(again.calls.map((c) => c.type)).toEqual(['registry.manifest.get']);
    expect(again.stderr).toContain('#6 [2/2] ADD app.js /app.js\n#6 CACHED\n');
    expect(again.stderr).not.toContain('extracting');
  });

  it('resolves a base image tagged on the laptop without the registry, unless --pull', () => {
    const lap = laptop();
    withImage(lap, 'node:7');
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
    expect(r.notes[0]).toMatchObject({ kind: 'image.resolve', detail: { source: 'local' } });
    expect(docker(lap, ['build', '--pull', '-t', 'kubia', '.']).calls.map((c) => c.type)).toEqual(['registry.manifest.get']);
  });

  it('names the image with every -t and reads -f', () => {
    const lap = laptop();
    lap.files.set('Dockerfile.other', 'FROM node:7\nENTRYPOINT ["node"]\n');
    const r = docker(lap, ['build', '-t', 'kubia', '-t', 'luksa/kubia:v1', '-f', 'Dockerfile.other', '.']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('#1 [internal] load build definition from Dockerfile.other\n');
    expect(r.stderr).toContain('#5 naming to docker.io/library/kubia done\n#5 naming to docker.io/luksa/kubia:v1 done\n');
    expect([...lap.images.keys()].sort()).toEqual(['docker.io/library/kubia:latest', 'docker.io/luksa/kubia:v1']);
  });

  it('-q prints only the image ID, on stdout', () => {
    const lap = laptop();
    const r = docker(lap, ['build', '-q', '-t', 'kubia', '.']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${lap.images.get('docker.io/library/kubia:latest')?.image.id}\n`);
  });

  it('--no-cache runs the steps again', () => {
    const lap = laptop();
    docker(lap, ['build', '-t', 'kubia', '.']);
    const r = docker(lap, ['build', '--no-cache', '-t', 'kubia', '.']);
    expect(r.stderr).toContain('#6 [2/2] ADD app.js /app.js\n#6 DONE 0.1s\n');
    expect(r.calls.map((c) => c.type)).toEqual(['registry.manifest.get']);
  });
});

describe('docker build errors (exit status 1, BuildKit’s text)', () => {
  it('no Dockerfile', () => {
    const lap = laptop();
    lap.files.delete('Dockerfile');
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('#1 transferring dockerfile: 2B done\n');
    expect(r.stderr.endsWith('ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n')).toBe(true);
    expect(r.calls).toEqual([]);
  });

  it('an unknown instruction, with the Dockerfile snippet', () => {
    const lap = laptop();
    lap.files.set('Dockerfile', 'FROM node:7\nADDD app.js /app.js\n');
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('   2 | >>> ADDD app.js /app.js\n');
    expect(r.stderr.endsWith('ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: ADDD (did you mean ADD?)\n')).toBe(true);
    expect(lap.images.size).toBe(0);
  });

  it('a missing source file fails its step, after the base is pulled', () => {
    const lap = laptop();
    lap.files.set('Dockerfile', 'FROM node:7\nADD app.jss /app.js\n');
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/#6 ERROR: failed to calculate checksum of ref \w+::\w+: "\/app\.jss": not found\n/);
    expect(r.notes.at(-1)).toMatchObject({ kind: 'image.build.error', detail: { instruction: 'ADD app.jss /app.js' } });
  });

  it('an unknown base image: the registry has no such repository', () => {
    const lap = laptop();
    lap.files.set('Dockerfile', 'FROM nodee:7\n');
    const r = docker(lap, ['build', '-t', 'kubia', '.']);
    expect(r.code).toBe(1);
    expect(r.calls).toEqual([expect.objectContaining({ type: 'registry.manifest.get', ref: 'docker.io/library/nodee:7' })]);
    expect(r.stderr).toContain('#2 ERROR: docker.io/library/nodee:7: not found\n');
  });

  it('-q prints just the snippet and the error', () => {
    const lap = laptop();
    lap.files.set('Dockerfile', 'FROM node:7\nADDD app.js /app.js\n');
    const r = docker(lap, ['build', '-q', '-t', 'kubia', '.']);
    expect(r.stderr.startsWith('Dockerfile:2\n--------------------\n')).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('an invalid tag and a context path that does not exist', () => {
    expect(docker(laptop(), ['build', '-t', 'Kubia', '.']).stderr).toBe('ERROR: invalid tag "Kubia": invalid reference format: repository name (library/Kubia) must be lowercase\n');
    expect(docker(laptop(), ['build', '-t', 'kubia', 'nodir']).stderr).toBe('ERROR: failed to build: unable to prepare context: path "nodir" not found\n');
  });

  it('builds from a subdirectory context and from a Dockerfile on stdin', () => {
    const lap = laptop({ files: new Map([['web/Dockerfile', 'FROM node:7\nCOPY . /srv\n'], ['web/index.js', 'x']]) });
    expect(docker(lap, ['build', '-t', 'web', 'web']).code).toBe(0);
    expect(lap.images.get('docker.io/library/web:latest')?.image.files['/srv/index.js']).toBe('x');
    expect(docker(lap, ['build', '-t', 'plain', '-'], 'FROM node:7\nCMD ["node"]\n').code).toBe(0);
  });
});
