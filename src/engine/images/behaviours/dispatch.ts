/**
 * Which behaviour a container's argv gets. The image's own program comes first (nginx's
 * entrypoint, redis-server, the kubia app); entrypoint scripts that only `exec "$@"` are
 * looked through; anything else is a shell or a registered command the image ships; an
 * image Pod Lab knows nothing more about falls back to the generic server.
 */
import type { Behaviour } from '../effects';
import type { ImageManifest } from '../types';
import { commandBehaviour } from './command';
import { apacheBehaviour } from './apache';
import { perlBehaviour, stressBehaviour } from './batch';
import { exitBehaviour, genericBehaviour, pauseBehaviour } from './generic';
import { agnhostBehaviour, helloAppBehaviour, livenessBehaviour } from './goServers';
import { kubiaBehaviour, type KubiaVariant } from './kubia';
import { mysqlBehaviour } from './mysql';
import { nginxBehaviour } from './nginx';
import { nodeBehaviour } from './node';
import { redisBehaviour, redisServerArgs } from './redis';
import { corednsBehaviour, k8sDaemonBehaviour } from './system';
import { baseName } from '../shell/registry';

type Resolver = (argv: string[], image: ImageManifest) => Behaviour | undefined;

/** Entrypoint scripts that end in `exec "$@"`. */
const EXEC_WRAPPERS = new Set(['docker-entrypoint.sh', 'entrypoint.sh', 'tini', 'dumb-init']);

const isNodeApp = (argv: string[]): boolean => baseName(argv[0] ?? '') === 'node' && /(^|\/)app\.js$/.test(argv[1] ?? '');

const kubia = (variant: KubiaVariant): Resolver => (argv) => (isNodeApp(argv) ? kubiaBehaviour(variant, `/${argv[1]?.replace(/^\//, '')}`) : undefined);

const RESOLVERS: Record<string, Resolver> = {
  nginx: (argv) => {
    if (argv[0] === '/docker-entrypoint.sh' && /^nginx(-debug)?$/.test(argv[1] ?? '')) return nginxBehaviour(argv);
    return baseName(argv[0] ?? '') === 'nginx' ? nginxBehaviour(argv) : undefined;
  },
  kubia: kubia('kubia'),
  'kubia-v1': kubia('kubia-v1'),
  'kubia-unhealthy': kubia('kubia-unhealthy'),
  'kubia-v2': kubia('kubia-v2'),
  'kubia-v3': kubia('kubia-v3'),
  redis: (argv) => {
    const args = redisServerArgs(argv);
    return args ? redisBehaviour(args) : undefined;
  },
  mysql: (argv) => (argv.some((a) => baseName(a) === 'mysqld') ? mysqlBehaviour() : undefined),
  httpd: (argv) => (/^httpd(-foreground)?$/.test(baseName(argv[0] ?? '')) ? apacheBehaviour(false) : undefined),
  'php-apache': (argv) => (/^apache2(-foreground|ctl)?$/.test(baseName(argv[0] ?? '')) ? apacheBehaviour(true) : undefined),
  pause: (argv) => (baseName(argv[0] ?? '') === 'pause' ? pauseBehaviour() : undefined),
  liveness: (argv) => (baseName(argv[0] ?? '') === 'server' ? livenessBehaviour() : undefined),
  agnhost: (argv) => (baseName(argv[0] ?? '') === 'agnhost' ? agnhostBehaviour(argv) : undefined),
  goproxy: (argv) => (baseName(argv[0] ?? '') === 'goproxy' ? genericBehaviour({ action: 'exit', afterMs: 0, code: 2 }) : undefined),
  'hello-app': (argv) => (baseName(argv[0] ?? '') === 'hello-app' ? helloAppBehaviour() : undefined),
  perl: (argv) => (baseName(argv[0] ?? '') === 'perl' ? perlBehaviour(argv) : undefined),
  stress: (argv) => (baseName(argv[0] ?? '') === 'stress' ? stressBehaviour(argv, false) : undefined),
  'vish-stress': (argv) => (baseName(argv[0] ?? '') === 'stress' ? stressBehaviour(argv, true) : undefined),
  coredns: (argv) => (baseName(argv[0] ?? '') === 'coredns' ? corednsBehaviour() : undefined),
  'k8s-daemon': (argv, image) => (image.commands.includes(baseName(argv[0] ?? '')) ? k8sDaemonBehaviour() : undefined),
};

/** curlimages/curl's entrypoint: no arguments or a leading flag means `curl …`. */
function unwrap(argv: string[], image: ImageManifest): string[] {
  const rest = argv.slice(1);
  if (image.behaviour === 'curl' && (!rest.length || rest[0]?.startsWith('-'))) return ['curl', ...rest];
  return rest;
}

export function resolveBehaviour(image: ImageManifest, argv: string[]): Behaviour {
  if (!argv.length) return exitBehaviour(128);
  const own = RESOLVERS[image.behaviour]?.(argv, image);
  if (own) return own;
  if (EXEC_WRAPPERS.has(baseName(argv[0] ?? '')) && argv.length >= 1) {
    const rest = unwrap(argv, image);
    return rest.length ? resolveBehaviour(image, rest) : exitBehaviour(0);
  }
  if (baseName(argv[0] ?? '') === 'node' && image.commands.includes('node')) return nodeBehaviour(argv);
  return commandBehaviour(image, argv) ?? genericBehaviour();
}
