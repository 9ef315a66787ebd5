/**
 * Application images: redis, mysql, node:7 and the book's kubia images built on it
 * (with the same `docker build` a learner runs), perl for the Job example.
 */
import { KUBIA_APP_JS } from '../behaviours/kubia';
import { buildImage } from '../dockerfile';
import { defineImage, type LayerRecipe } from '../manifest';
import { DEBIAN_FULL_EXTRA } from '../toolsets';
import type { ImageManifest } from '../types';
import { BUILDPACK_JESSIE, BUILDPACK_TRIXIE_LAYERS, DEBIAN_BOOKWORM_SLIM, DEBIAN_BULLSEYE_SLIM, DEBIAN_TRIXIE } from './bases';

function redis(ref: string, base: ImageManifest, version: string, buildSize: number): ImageManifest {
  const layers: LayerRecipe[] = [
    { createdBy: 'RUN /bin/sh -c set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis # buildkit', size: 1_097 },
    { createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends tzdata; rm -rf /var/lib/apt/lists/* # buildkit', size: 1_426_712 },
    { createdBy: `RUN /bin/sh -c set -eux; ... wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; ... make -C /usr/src/redis -j "$(nproc)" all; make -C /usr/src/redis install; ... # buildkit`, size: buildSize },
    { createdBy: 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', size: 97 },
    { createdBy: 'WORKDIR /data', size: 93 },
    { createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', size: 1_889 },
  ];
  return defineImage({
    ref,
    base,
    layers,
    config: {
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['redis-server'],
      env: [`REDIS_VERSION=${version}`, `REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-${version}.tar.gz`],
      workingDir: '/data',
      exposedPorts: ['6379/tcp'],
    },
    behaviour: 'redis',
    commands: ['redis-server', 'redis-cli', 'redis-benchmark', 'docker-entrypoint.sh', 'gosu'],
    versions: { redis: version },
  });
}

export const REDIS_8 = redis('redis:8.2.3', DEBIAN_BOOKWORM_SLIM, '8.2.3', 22_618_870);
export const REDIS_7 = redis('redis:7.4.6', DEBIAN_BOOKWORM_SLIM, '7.4.6', 16_021_411);
export const REDIS_5 = redis('redis:5.0.14', DEBIAN_BULLSEYE_SLIM, '5.0.14', 7_813_042);

const MYSQL_BASE_COMMANDS = ['sh', 'bash', 'cat', 'ls', 'echo', 'printf', 'sleep', 'date', 'env', 'printenv', 'touch', 'rm', 'mkdir', 'test', '[', 'true', 'false', 'hostname', 'head', 'tail', 'wc', 'grep', 'id', 'whoami', 'uname', 'pwd', 'ps'];

function mysql(ref: string, version: string, sizes: number[], ol: string): ImageManifest {
  const recipes: LayerRecipe[] = sizes.map((size, i) => ({
    createdBy: i === 0 ? `ADD oraclelinux-${ol}-slim-rootfs.tar.xz / # buildkit` : `RUN /bin/sh -c set -eux; ... mysql-community-server-minimal-${version} ... step ${i} # buildkit`,
    size,
  }));
  return defineImage({
    ref,
    layers: recipes,
    config: {
      entrypoint: ['docker-entrypoint.sh'],
      cmd: ['mysqld'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOSU_VERSION=1.17', `MYSQL_MAJOR=${version.split('.').slice(0, 2).join('.')}`, `MYSQL_VERSION=${version}-1.el${ol}`],
      exposedPorts: ['3306/tcp', '33060/tcp'],
    },
    behaviour: 'mysql',
    shell: 'bash',
    commands: [...MYSQL_BASE_COMMANDS, 'mysqld', 'mysql', 'mysqladmin', 'docker-entrypoint.sh', 'gosu'],
    versions: { mysql: version },
  });
}

export const MYSQL_5_7 = mysql('mysql:5.7.44', '5.7.44', [49_252_064, 888, 983_059, 4_177_839, 2_353_842, 218, 43_436_452, 324, 50_118_862, 5_321, 121], '7');
export const MYSQL_8_4 = mysql('mysql:8.4.7', '8.4.7', [49_893_211, 884, 983_101, 6_863_520, 2_603_540, 220, 62_121_009, 325, 111_042_731, 5_416, 121], '9');
export const MYSQL_9 = mysql('mysql:9.5.0', '9.5.0', [49_893_211, 884, 983_101, 6_863_520, 2_603_540, 220, 63_415_227, 325, 117_993_860, 5_416, 121], '9');

/** node:7 (7.10.1 on Debian jessie): the base of the book's kubia image. */
export const NODE_7 = defineImage({
  ref: 'node:7.10.1',
  base: BUILDPACK_JESSIE,
  layers: [
    { createdBy: '/bin/sh -c groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', size: 4_097 },
    { createdBy: '/bin/sh -c set -ex && for key in 9554F04D7259F04124DE6B476D5A82AC7E37093B ... ; do gpg --keyserver ha.pool.sks-keyservers.net --recv-keys "$key"; done', size: 119_024 },
    { createdBy: '/bin/sh -c curl -SLO "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-x64.tar.xz" && ... tar -xJf ... -C /usr/local --strip-components=1', size: 14_828_920 },
    { createdBy: '/bin/sh -c set -ex && ... curl -fSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz" && ... ln -s /opt/yarn/bin/yarn /usr/local/bin/yarn', size: 919_882 },
  ],
  config: { cmd: ['node'], env: ['NPM_CONFIG_LOGLEVEL=info', 'NODE_VERSION=7.10.1', 'YARN_VERSION=0.24.4'] },
  behaviour: 'node',
  commands: ['node', 'npm', 'yarn'],
  versions: { node: '7.10.1' },
});

/** The book's Dockerfile for kubia (ch. 2). */
export const KUBIA_DOCKERFILE = 'FROM node:7\nADD app.js /app.js\nENTRYPOINT ["node", "app.js"]\n';

function kubia(ref: string, appJs: string, behaviour: string): ImageManifest {
  const result = buildImage({
    dockerfile: KUBIA_DOCKERFILE,
    files: { 'app.js': appJs },
    tag: [ref],
    baseLookup: (r) => (r === 'docker.io/library/node:7' ? NODE_7 : undefined),
  });
  if (!result.ok) throw new Error(`catalog: cannot build ${ref}: ${result.error}`);
  return { ...result.image, behaviour };
}

/** The book's later app.js versions, written here in the same style for their layers. */
function variantJs(body: string): string {
  const js = KUBIA_APP_JS.replace(/ {2}response\.writeHead\(200\);\n[^\n]*\n/, body);
  return body.includes('requestCount') ? js.replace('var handler', 'var requestCount = 0;\n\nvar handler') : js;
}

export const KUBIA = kubia('luksa/kubia:latest', KUBIA_APP_JS, 'kubia');
export const KUBIA_V1 = kubia('luksa/kubia:v1', variantJs('  response.writeHead(200);\n  response.end("This is v1 running in pod " + os.hostname() + "\\n");\n'), 'kubia-v1');
export const KUBIA_V2 = kubia('luksa/kubia:v2', variantJs('  response.writeHead(200);\n  response.end("This is v2 running in pod " + os.hostname() + "\\n");\n'), 'kubia-v2');
export const KUBIA_V3 = kubia('luksa/kubia:v3', variantJs('  if (++requestCount >= 5) {\n    response.writeHead(500);\n    response.end("Some internal error has occurred! This is pod " + os.hostname() + "\\n");\n    return;\n  }\n  response.writeHead(200);\n  response.end("This is v3 running in pod " + os.hostname() + "\\n");\n'), 'kubia-v3');
export const KUBIA_UNHEALTHY = kubia('luksa/kubia-unhealthy:latest', variantJs('  requestCount++;\n  if (requestCount > 5) {\n    response.writeHead(500);\n    response.end("I\'m not well. Please restart me!");\n    return;\n  }\n  response.writeHead(200);\n  response.end("You\'ve hit " + os.hostname() + "\\n");\n'), 'kubia-unhealthy');

export const PERL = defineImage({
  ref: 'perl:5.42.0',
  base: DEBIAN_TRIXIE,
  layers: [
    ...BUILDPACK_TRIXIE_LAYERS,
    { createdBy: 'WORKDIR /usr/src/perl', size: 93 },
    { createdBy: 'RUN /bin/sh -c true && curl -fL https://www.cpan.org/src/5.0/perl-5.42.0.tar.xz -o perl-5.42.0.tar.xz && ... make install ... # buildkit', size: 16_862_133 },
    { createdBy: 'WORKDIR /usr/src/app', size: 93 },
  ],
  config: { cmd: ['perl5.42.0', '-de0'], workingDir: '/usr/src/app', env: [] },
  behaviour: 'perl',
  commands: [...DEBIAN_FULL_EXTRA, 'perl', 'perl5.42.0', 'cpanm'],
  versions: { perl: '5.42.0', curl: '8.14.1' },
});

export const APPS: ImageManifest[] = [REDIS_8, REDIS_7, REDIS_5, MYSQL_5_7, MYSQL_8_4, MYSQL_9, NODE_7, KUBIA, KUBIA_V1, KUBIA_V2, KUBIA_V3, KUBIA_UNHEALTHY, PERL];
