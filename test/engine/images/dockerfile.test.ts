import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { buildImage, buildOutput, KUBIA_APP_JS, type BuildInput } from '../../../src/engine/images/dockerfile';
import { KUBIA_DOCKERFILE } from '../../../src/engine/images/entries/apps';

const catalog = defaultCatalog();
const node7 = lookupImage(catalog, 'node:7')!;

function input(over: Partial<BuildInput> = {}): BuildInput {
  return {
    dockerfile: KUBIA_DOCKERFILE,
    files: { 'app.js': KUBIA_APP_JS, Dockerfile: KUBIA_DOCKERFILE },
    tag: ['kubia'],
    baseLookup: (ref) => lookupImage(catalog, ref),
    ...over,
  };
}

describe('docker build of the book’s kubia image', () => {
  const result = buildImage(input());
  if (!result.ok) throw new Error(result.error);

  it('has two steps, FROM node:7 and ADD app.js, and one new layer on node:7’s', () => {
    expect(result.steps.map((s) => `[${s.n}/${s.total}] ${s.instruction}`)).toEqual(['[1/2] FROM node:7', '[2/2] ADD app.js /app.js']);
    expect(result.image.layers.slice(0, -1)).toEqual(node7.layers);
    expect(result.image.layers.at(-1)).toMatchObject({ createdBy: 'ADD app.js /app.js # buildkit' });
    expect(result.image.config).toMatchObject({ entrypoint: ['node', 'app.js'] });
    expect(result.image.config.cmd).toBeUndefined();
    expect(result.image.files['/app.js']).toBe(KUBIA_APP_JS);
    expect(result.image.ref).toBe('docker.io/library/kubia:latest');
  });

  it('is deterministic: the same inputs give the same digests', () => {
    const again = buildImage(input());
    expect(again.ok && again.image.digest).toBe(result.image.digest);
    expect(again.ok && again.image.id).toBe(result.image.id);
    const edited = buildImage(input({ files: { 'app.js': KUBIA_APP_JS.replace('8080', '8081') } }));
    expect(edited.ok && edited.image.id).not.toBe(result.image.id);
  });

  it("runs the kubia server, but a different app.js does not", () => {
    expect(result.image.behaviour).toBe('kubia');
    const other = buildImage(input({ files: { 'app.js': 'console.log("hi")\n' } }));
    expect(other.ok && other.image.behaviour).toBe('node');
  });

  it('prints BuildKit’s plain progress, pulling node:7 the first time', () => {
    const out = buildOutput(result, { contextBytes: 409 }).split('\n');
    expect(out.slice(0, 14)).toEqual([
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 61B done',
      '#1 DONE 0.0s',
      '',
      '#2 [internal] load metadata for docker.io/library/node:7',
      '#2 DONE 1.2s',
      '',
      '#3 [internal] load .dockerignore',
      '#3 transferring context: 2B done',
      '#3 DONE 0.0s',
      '',
      '#4 [internal] load build context',
    ]);
    expect(out).toContain(`#5 [1/2] FROM docker.io/library/node:7@${node7.digest}`);
    expect(out).toContain(`#5 ${node7.layers[3]?.digest} 134.84MB / 134.84MB 6.8s done`);
    expect(out.slice(-10)).toEqual([
      '#6 [2/2] ADD app.js /app.js',
      '#6 DONE 0.1s',
      '',
      '#7 exporting to image',
      '#7 exporting layers',
      '#7 exporting layers 0.1s done',
      `#7 writing image ${result.image.id} done`,
      '#7 naming to docker.io/library/kubia done',
      '#7 DONE 0.1s',
      '',
    ]);
  });

  it('says CACHED for layers already on the machine', () => {
    const local = new Set(result.image.layers.map((l) => l.digest));
    const cached = buildImage(input({ localLayers: local }));
    expect(cached.ok && cached.steps.map((s) => s.cached ?? false)).toEqual([false, true]);
    const out = buildOutput(cached, { contextBytes: 409 });
    expect(out).toContain(`#5 [1/2] FROM docker.io/library/node:7@${node7.digest}\n#5 CACHED\n`);
    expect(out).toContain('#6 [2/2] ADD app.js /app.js\n#6 CACHED\n');
  });
});

describe('docker build errors, as BuildKit words them', () => {
  it('no Dockerfile', () => {
    const r = buildImage(input({ dockerfile: undefined }));
    expect(r).toMatchObject({ ok: false, error: 'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory' });
    expect(buildOutput(r, { contextBytes: 0 }).split('\n').slice(2)).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 2B done',
      '#1 DONE 0.0s',
      'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory',
      '',
    ]);
  });

  it('an unknown instruction, with the snippet and a suggestion', () => {
    const r = buildImage(input({ dockerfile: 'FROM node:7\nADDD app.js /app.js\nENTRYPOINT ["node", "app.js"]\n' }));
    expect(r).toMatchObject({ ok: false, error: 'failed to solve: dockerfile parse error on line 2: unknown instruction: ADDD (did you mean ADD?)' });
    expect(buildOutput(r, { contextBytes: 0 }).split('\n').slice(5)).toEqual([
      'Dockerfile:2',
      '--------------------',
      '   1 |     FROM node:7',
      '   2 | >>> ADDD app.js /app.js',
      '   3 |     ENTRYPOINT ["node", "app.js"]',
      '--------------------',
      'ERROR: failed to build: failed to solve: dockerfile parse error on line 2: unknown instruction: ADDD (did you mean ADD?)',
      '',
    ]);
  });

  it('a source missing from the build context', () => {
    const r = buildImage(input({ dockerfile: 'FROM node:7\nADD app.jss /app.js\nENTRYPOINT ["node", "app.js"]\n' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-z]{25}::[0-9a-z]{25}: "\/app\.jss": not found$/);
    const out = buildOutput(r, { contextBytes: 409 });
    expect(out).toContain('#6 [2/2] ADD app.jss /app.js\n#6 ERROR: failed to calculate checksum of ref ');
    expect(out).toContain('------\n > [2/2] ADD app.jss /app.js:\n------\nDockerfile:2\n');
    expect(out.trimEnd().split('\n').at(-1)).toBe(`ERROR: failed to build: ${r.error}`);
  });

  it('a base image the registry does not have', () => {
    const r = buildImage(input({ dockerfile: 'FROM node:99\nADD app.js /app.js\n' }));
    expect(r).toMatchObject({
      ok: false,
      error: 'failed to solve: node:99: failed to resolve source metadata for docker.io/library/node:99: docker.io/library/node:99: not found',
    });
    const out = buildOutput(r, { contextBytes: 0 });
    expect(out).toContain('#2 [internal] load metadata for docker.io/library/node:99\n#2 ERROR: docker.io/library/node:99: not found\n');
    expect(out).toContain('   1 | >>> FROM node:99\n');
  });
});

describe('Dockerfile instructions', () => {
  it('RUN, COPY, WORKDIR, ENV, EXPOSE, USER, LABEL, ARG, CMD', () => {
    const dockerfile = [
      'ARG BASE=alpine:3.22',
      'FROM $BASE',
      'ARG PORT=8080',
      'ENV APP_HOME=/srv/app MODE="production"',
      'WORKDIR $APP_HOME',
      'COPY . .',
      'RUN apk add --no-cache curl',
      'EXPOSE $PORT 9090/udp',
      'USER 1000',
      'LABEL org.opencontainers.image.title="demo"',
      'CMD ["./run.sh"]',
      'STOPSIGNAL SIGINT',
    ].join('\n');
    const r = buildImage(input({ dockerfile, files: { 'run.sh': '#!/bin/sh\necho hi\n', 'lib/util.sh': 'x=1\n' }, tag: ['demo:1.0'] }));
    if (!r.ok) throw new Error(r.error);
    expect(r.steps.map((s) => s.instruction)).toEqual(['FROM $BASE', 'WORKDIR $APP_HOME', 'COPY . .', 'RUN apk add --no-cache curl']);
    expect(r.image.config).toMatchObject({
      cmd: ['./run.sh'],
      workingDir: '/srv/app',
      exposedPorts: ['8080/tcp', '9090/udp'],
      user: '1000',
      stopSignal: 'SIGINT',
      labels: { 'org.opencontainers.image.title': 'demo' },
    });
    expect(r.image.config.env).toContain('APP_HOME=/srv/app');
    expect(r.image.config.env).toContain('MODE=production');
    expect(r.image.files['/srv/app/run.sh']).toBe('#!/bin/sh\necho hi\n');
    expect(r.image.files['/srv/app/lib/util.sh']).toBe('x=1\n');
    const run = r.image.layers.at(-1);
    expect(run?.createdBy).toBe('RUN /bin/sh -c apk add --no-cache curl # buildkit');
    expect(run?.size).toBeGreaterThan(4_000_000);
    expect(r.image.ref).toBe('docker.io/library/demo:1.0');
  });

  it('ENTRYPOINT in shell form runs under /bin/sh -c; CMD set here survives a later ENTRYPOINT', () => {
    const r = buildImage(input({ dockerfile: 'FROM busybox\nCMD ["3600"]\nENTRYPOINT sleep\n', files: {} }));
    expect(r.ok && r.image.config).toMatchObject({ entrypoint: ['/bin/sh', '-c', 'sleep'], cmd: ['3600'] });
  });
});
