/**
 * Images from the Kubernetes project and its docs: the pause (sandbox) image, the
 * liveness and agnhost test servers, goproxy, hello-app, the stress images of the
 * resource pages, and the curl images the networking pages exec into.
 */
import { defineImage } from '../manifest';
import { BUSYBOX_COMMANDS } from '../toolsets';
import type { ImageManifest } from '../types';
import { ALPINE } from './bases';

/** The sandbox image kubeadm v1.35 configures: /pause, run as 65535, exits 0 on SIGTERM. */
function pause(ref: string, size: number): ImageManifest {
  return defineImage({
    ref,
    layers: [{ createdBy: 'ADD bin/pause-linux-amd64 /pause # buildkit', size }],
    config: { entrypoint: ['/pause'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], user: '65535:65535' },
    behaviour: 'pause',
    commands: ['pause'],
  });
}

export const PAUSE_3_10_1 = pause('registry.k8s.io/pause:3.10.1', 320_368);
export const PAUSE_3_10 = pause('registry.k8s.io/pause:3.10', 320_124);

/** The docs' liveness test server: FROM scratch, one Go binary; the manifest passes `/server`. */
export const LIVENESS = defineImage({
  ref: 'registry.k8s.io/liveness:latest',
  layers: [{ createdBy: 'ADD server /server', size: 2_691_324 }],
  config: { env: [], exposedPorts: ['8080/tcp'] },
  behaviour: 'liveness',
  commands: ['server'],
});

function agnhost(version: string, binarySize: number): ImageManifest {
  return defineImage({
    ref: `registry.k8s.io/e2e-test-images/agnhost:${version}`,
    base: ALPINE,
    layers: [
      { createdBy: 'RUN /bin/sh -c apk --update add bind-tools curl netcat-openbsd iproute2 iperf bash && rm -rf /var/cache/apk/* # buildkit', size: 7_473_012 },
      { createdBy: 'ADD agnhost agnhost # buildkit', size: binarySize },
      { createdBy: 'RUN /bin/sh -c ln -s agnhost agnhost-2 # buildkit', size: 126 },
    ],
    config: { entrypoint: ['/agnhost'], cmd: ['pause'], exposedPorts: ['80/tcp', '8080/tcp', '8081/tcp', '9376/tcp', '5000/tcp', '443/tcp', '53/tcp', '53/udp'] },
    behaviour: 'agnhost',
    commands: ['agnhost', 'curl', 'dig', 'bash', 'nc'],
    versions: { agnhost: version, curl: '8.14.1' },
  });
}

export const AGNHOST_2_39 = agnhost('2.39', 41_305_207);
export const AGNHOST_2_40 = agnhost('2.40', 41_418_772);
export const AGNHOST_2_53 = agnhost('2.53', 43_982_105);

export const GOPROXY = defineImage({
  ref: 'registry.k8s.io/goproxy:0.1',
  layers: [{ createdBy: 'ADD goproxy /goproxy', size: 2_283_409 }],
  config: { entrypoint: ['/goproxy'], env: [], exposedPorts: ['8080/tcp'] },
  behaviour: 'goproxy',
  commands: ['goproxy'],
});

function helloApp(version: string, size: number): ImageManifest {
  return defineImage({
    ref: `gcr.io/google-samples/hello-app:${version}`,
    base: ALPINE,
    layers: [{ createdBy: 'COPY /go/src/hello-app/hello-app /hello-app # buildkit', size }],
    config: { cmd: ['/hello-app'], env: ['PORT=8080'] },
    behaviour: 'hello-app',
    commands: ['hello-app'],
    versions: { 'hello-app': `${version}.0` },
  });
}

export const HELLO_APP_1 = helloApp('1.0', 2_955_020);
export const HELLO_APP_2 = helloApp('2.0', 3_140_210);

export const POLINUX_STRESS = defineImage({
  ref: 'polinux/stress:latest',
  base: ALPINE,
  layers: [{ createdBy: 'RUN /bin/sh -c apk add --update bash g++ make curl && ... stress-1.0.4 ... make install', size: 1_031_472 }],
  config: { cmd: ['stress', '--verbose', '--vm', '1', '--vm-bytes', '256M'] },
  behaviour: 'stress',
  commands: ['stress'],
});

export const VISH_STRESS = defineImage({
  ref: 'vish/stress:latest',
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:stress in /stress', size: 1_947_812 },
  ],
  config: { entrypoint: ['/stress', '-logtostderr'], env: [] },
  behaviour: 'vish-stress',
  commands: ['stress'],
});

export const CURL = defineImage({
  ref: 'curlimages/curl:8.17.0',
  base: ALPINE,
  layers: [
    { createdBy: 'RUN /bin/sh -c apk add --no-cache brotli brotli-dev libssh2 nghttp2-dev libpsl zstd-libs && rm -fr /var/cache/apk/* # buildkit', size: 1_632_806 },
    { createdBy: 'RUN /bin/sh -c addgroup -S curl_group && adduser -S curl_user -G curl_group # buildkit', size: 1_202 },
    { createdBy: 'COPY /usr/local/bin/curl /usr/bin/curl # buildkit', size: 3_211_902 },
    { createdBy: 'COPY /usr/lib/libcurl.so* /usr/lib/ # buildkit', size: 494_316 },
    { createdBy: 'COPY entrypoint.sh /entrypoint.sh # buildkit', size: 343 },
  ],
  config: { entrypoint: ['/entrypoint.sh'], cmd: ['curl'], user: 'curl_user', labels: { 'org.opencontainers.image.title': 'curl', 'org.opencontainers.image.version': '8.17.0' } },
  behaviour: 'curl',
  commands: ['curl', 'entrypoint.sh'],
  versions: { curl: '8.17.0' },
});

/** radial/busyboxplus:curl — busybox plus an old curl, a favourite of Service tutorials. */
export const BUSYBOXPLUS_CURL = defineImage({
  ref: 'radial/busyboxplus:curl',
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:ee92b07d4cbd2b4a2f0ee1e6f2e1d0f4db1e6d7c2c5f0b8c9a7e6d5c4b3a2918 in /', size: 1_934_032 },
    { createdBy: '/bin/sh -c #(nop) CMD [/bin/sh]', size: 32 },
  ],
  config: { cmd: ['/bin/sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
  behaviour: 'busybox',
  shell: 'ash',
  commands: [...BUSYBOX_COMMANDS, 'curl'],
  versions: { busybox: '1.22.1', curl: '7.35.0' },
});

export const BASH_5 = defineImage({
  ref: 'bash:5.3.3',
  base: ALPINE,
  layers: [{ createdBy: 'RUN /bin/sh -c set -eux; apk add --no-cache --virtual .build-deps ... ; make -j "$(nproc)"; make install ... # buildkit', size: 2_742_104 }],
  config: { entrypoint: ['docker-entrypoint.sh'], cmd: ['bash'] },
  behaviour: 'alpine',
  commands: ['bash', 'docker-entrypoint.sh'],
  versions: { bash: '5.3.3' },
});

export const K8S: ImageManifest[] = [
  PAUSE_3_10_1,
  PAUSE_3_10,
  LIVENESS,
  AGNHOST_2_39,
  AGNHOST_2_40,
  AGNHOST_2_53,
  GOPROXY,
  HELLO_APP_1,
  HELLO_APP_2,
  POLINUX_STRESS,
  VISH_STRESS,
  CURL,
  BUSYBOXPLUS_CURL,
  BASH_5,
];
