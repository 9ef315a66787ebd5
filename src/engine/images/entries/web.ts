/**
 * Web servers: the nginx tags the Kubernetes docs use (mainline and stable 1.28 on Debian trixie, 1.27 on
 * bookworm, the old 1.14.2/1.16.1 of the Deployment pages, alpine), httpd, and the
 * apache + PHP image of the HPA walkthrough.
 */
import { NGINX_WELCOME, NGINX_WELCOME_OLD } from '../behaviours/nginxHttp';
import { HTTPD_IT_WORKS } from '../behaviours/apache';
import { defineImage, type LayerRecipe } from '../manifest';
import type { ImageManifest } from '../types';
import { ALPINE, DEBIAN_BOOKWORM_SLIM, DEBIAN_STRETCH_SLIM, DEBIAN_BUSTER_SLIM, DEBIAN_TRIXIE_SLIM } from './bases';

const FIFTY_X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

const ENTRYPOINT_COPIES: LayerRecipe[] = [
  { createdBy: 'COPY docker-entrypoint.sh / # buildkit', size: 628 },
  { createdBy: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', size: 955 },
  { createdBy: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', size: 404 },
  { createdBy: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', size: 1_208 },
  { createdBy: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', size: 1_398 },
];

interface NginxSpec {
  ref: string;
  base: ImageManifest;
  version: string;
  installSize: number;
  gcc: string;
  curl?: string;
  pkgRelease: string;
  extraLayers?: LayerRecipe[];
}

/** A modern official nginx image (≥ 1.19): entrypoint scripts, STOPSIGNAL SIGQUIT. */
function nginxModern(s: NginxSpec): ImageManifest {
  const alpine = s.base === ALPINE;
  return defineImage({
    ref: s.ref,
    base: s.base,
    layers: [
      { createdBy: `RUN /bin/sh -c set -x && ${alpine ? 'addgroup -g 101 -S nginx && adduser -S -D -H -u 101' : 'groupadd --system --gid 101 nginx && useradd --system --gid nginx'} ... # buildkit`, size: s.installSize },
      ...ENTRYPOINT_COPIES,
      ...(s.extraLayers ?? []),
    ],
    config: {
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      env: [`NGINX_VERSION=${s.version}`, 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1', `PKG_RELEASE=${s.pkgRelease}`, 'DYNPKG_RELEASE=1'],
      exposedPorts: ['80/tcp'],
      stopSignal: 'SIGQUIT',
      labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
    },
    behaviour: 'nginx',
    commands: ['nginx', 'docker-entrypoint.sh', 'envsubst', ...(s.curl ? ['curl'] : [])],
    files: { '/usr/share/nginx/html/index.html': NGINX_WELCOME, '/usr/share/nginx/html/50x.html': FIFTY_X },
    versions: { nginx: s.version, gcc: s.gcc, ...(s.curl ? { curl: s.curl } : {}) },
    // Rebuilt on its base's release, as the official images are.
    created: '2025-11-05T17:54:21Z',
  });
}

/** nginx before 1.19: no entrypoint scripts, warn-level logs, STOPSIGNAL SIGTERM. */
function nginxOld(ref: string, base: ImageManifest, version: string, size: number, created: string): ImageManifest {
  return defineImage({
    ref,
    base,
    layers: [
      { createdBy: `/bin/sh -c set -x && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 apt-transport-https ca-certificates && ... nginx=${version}-1~${base === DEBIAN_STRETCH_SLIM ? 'stretch' : 'buster'} ...`, size },
      { createdBy: '/bin/sh -c ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log', size: 203 },
    ],
    config: { cmd: ['nginx', '-g', 'daemon off;'], env: [`NGINX_VERSION=${version}-1~stretch`], exposedPorts: ['80/tcp'], stopSignal: 'SIGTERM', labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' } },
    behaviour: 'nginx',
    commands: ['nginx'],
    files: { '/usr/share/nginx/html/index.html': NGINX_WELCOME_OLD },
    versions: { nginx: version },
    created,
  });
}

export const NGINX_1_29 = nginxModern({ ref: 'nginx:1.29.3', base: DEBIAN_TRIXIE_SLIM, version: '1.29.3', installSize: 32_120_845, gcc: '14.2.0 (Debian 14.2.0-19)', curl: '8.14.1', pkgRelease: '1~trixie' });
/** The stable branch (nginx:stable, nginx:1.28), on Debian trixie since August 2025. */
export const NGINX_1_28 = nginxModern({ ref: 'nginx:1.28.0', base: DEBIAN_TRIXIE_SLIM, version: '1.28.0', installSize: 31_962_118, gcc: '14.2.0 (Debian 14.2.0-19)', curl: '8.14.1', pkgRelease: '1~trixie' });
export const NGINX_1_27 = nginxModern({ ref: 'nginx:1.27.5', base: DEBIAN_BOOKWORM_SLIM, version: '1.27.5', installSize: 43_953_264, gcc: '12.2.0 (Debian 12.2.0-14)', curl: '7.88.1', pkgRelease: '1~bookworm' });
export const NGINX_ALPINE = nginxModern({
  ref: 'nginx:1.29.3-alpine',
  base: ALPINE,
  version: '1.29.3',
  installSize: 1_811_104,
  gcc: '14.2.0 (Alpine 14.2.0)',
  curl: '8.14.1',
  pkgRelease: '1',
  extraLayers: [{ createdBy: 'RUN /bin/sh -c set -x && apkArch="$(cat /etc/apk/arch)" && nginxPackages=" nginx=${NGINX_VERSION}-r${PKG_RELEASE} nginx-module-xslt ... njs ..." # buildkit', size: 16_294_528 }],
});
export const NGINX_1_16_1 = nginxOld('nginx:1.16.1', DEBIAN_BUSTER_SLIM, '1.16.1', 23_955_807, '2020-04-23T12:50:35Z');
export const NGINX_1_14_2 = nginxOld('nginx:1.14.2', DEBIAN_STRETCH_SLIM, '1.14.2', 22_206_140, '2019-03-26T23:14:52Z');

/** StatefulSet docs' nginx-slim (a Kubernetes test build of nginx 1.11). */
export const NGINX_SLIM_0_8 = defineImage({
  ref: 'registry.k8s.io/nginx-slim:0.8',
  layers: [
    { createdBy: 'ADD file:0a5fd3a659be172e86491f2b94fe4fcbe2a1cdb1c2a7e0c5b1a9a4e0b7c4c5d1 in / ', size: 51_355_856 },
    { createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y nginx && ln -sf /dev/stdout /var/log/nginx/access.log', size: 8_641_120 },
  ],
  config: { cmd: ['nginx', '-g', 'daemon off;'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], exposedPorts: ['80/tcp', '443/tcp'] },
  behaviour: 'nginx',
  shell: 'dash',
  commands: ['sh', 'dash', 'bash', 'cat', 'ls', 'echo', 'sleep', 'nginx'],
  files: { '/usr/share/nginx/html/index.html': NGINX_WELCOME_OLD },
  versions: { nginx: '1.11.1' },
});

export const HTTPD = defineImage({
  ref: 'httpd:2.4.65',
  base: DEBIAN_TRIXIE_SLIM,
  layers: [
    { createdBy: 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX" # buildkit', size: 146 },
    { createdBy: 'WORKDIR /usr/local/apache2', size: 93 },
    { createdBy: 'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates libaprutil1-ldap libldap2 ... # buildkit', size: 4_710_115 },
    { createdBy: 'RUN /bin/sh -c set -eux; savedAptMark="$(apt-mark showmanual)"; ... ./configure ... make install ... # buildkit', size: 25_395_442 },
    { createdBy: 'COPY httpd-foreground /usr/local/bin/ # buildkit', size: 294 },
  ],
  config: {
    cmd: ['httpd-foreground'],
    env: ['HTTPD_PREFIX=/usr/local/apache2', 'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_VERSION=2.4.65'],
    workingDir: '/usr/local/apache2',
    exposedPorts: ['80/tcp'],
    stopSignal: 'SIGWINCH',
  },
  behaviour: 'httpd',
  commands: ['httpd', 'httpd-foreground', 'apachectl'],
  files: { '/usr/local/apache2/htdocs/index.html': HTTPD_IT_WORKS },
  versions: { httpd: '2.4.65' },
});

/** The HPA walkthrough's php-apache: index.php does a CPU-heavy loop and prints OK!. */
export const HPA_EXAMPLE = defineImage({
  ref: 'registry.k8s.io/hpa-example:latest',
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:b5391cb13172fb513dbfca0b8471ea02bffa913ffdab94ad864d892d129318c6 in /', size: 51_364_110 },
    { createdBy: '/bin/sh -c apt-get update && apt-get install -y ca-certificates curl librecode0 libsqlite3-0 libxml2 --no-install-recommends', size: 20_133_018 },
    { createdBy: '/bin/sh -c apt-get update && apt-get install -y apache2-bin apache2.2-common --no-install-recommends', size: 3_571_544 },
    { createdBy: '/bin/sh -c buildDeps=" $PHP_EXTRA_BUILD_DEPS libcurl4-openssl-dev ..." && ... make install ...', size: 67_843_952 },
    { createdBy: '/bin/sh -c #(nop) COPY file:index.php in /var/www/html/index.php', size: 242 },
    { createdBy: '/bin/sh -c chmod a+rx index.php', size: 238 },
  ],
  config: { cmd: ['apache2-foreground'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PHP_VERSION=5.6.14'], workingDir: '/var/www/html', exposedPorts: ['80/tcp'] },
  behaviour: 'php-apache',
  shell: 'dash',
  commands: ['sh', 'dash', 'bash', 'cat', 'ls', 'echo', 'printf', 'sleep', 'date', 'env', 'printenv', 'hostname', 'curl', 'apache2', 'apache2-foreground', 'php', 'test', '[', 'true', 'false', 'rm', 'mkdir', 'touch', 'grep', 'head', 'tail'],
  files: { '/var/www/html/index.php': '<?php\n  $x = 0.0001;\n  for ($i = 0; $i <= 1000000; $i++) {\n    $x += sqrt($x);\n  }\n  echo "OK!";\n?>\n' },
  versions: { php: '5.6.14', apache: '2.4.10', curl: '7.38.0' },
});

export const WEB: ImageManifest[] = [NGINX_1_29, NGINX_1_28, NGINX_1_27, NGINX_ALPINE, NGINX_1_16_1, NGINX_1_14_2, NGINX_SLIM_0_8, HTTPD, HPA_EXAMPLE];
