import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { behaviourFor, execCommand } from '../../../src/engine/images/process';
import { context, request, run, world } from './driver';

const catalog = defaultCatalog();
const image = (ref: string) => lookupImage(catalog, ref)!;

describe('nginx', () => {
  it('logs the entrypoint lines on stdout, then its notices on stderr, and listens on 80', () => {
    const nginx = image('nginx');
    const w = world();
    const r = run(behaviourFor(nginx, undefined, undefined).start(context(nginx, w)), w);
    expect(r.exitCode).toBeUndefined();
    expect(r.logs.filter((l) => l.stream === 'stdout').map((l) => l.text)).toEqual([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
    ]);
    expect(r.logs.filter((l) => l.stream === 'stderr').map((l) => l.text)).toEqual([
      '2025/11/02 10:00:00 [notice] 1#1: using the "epoll" event method',
      '2025/11/02 10:00:00 [notice] 1#1: nginx/1.29.3',
      '2025/11/02 10:00:00 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19)',
      '2025/11/02 10:00:00 [notice] 1#1: OS: Linux 6.8.0-88-generic',
      '2025/11/02 10:00:00 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1024:524288',
      '2025/11/02 10:00:00 [notice] 1#1: start worker processes',
      '2025/11/02 10:00:00 [notice] 1#1: start worker process 29',
      '2025/11/02 10:00:00 [notice] 1#1: start worker process 30',
    ]);
    expect([...w.servers.keys()]).toEqual([80]);
  });

  it('serves the welcome page, a 404 page, and logs each request in the main format', () => {
    const nginx = image('nginx:1.27');
    const w = world();
    const ctx = context(nginx, w);
    run(behaviourFor(nginx, undefined, undefined).start(ctx), w);
    w.now += 65_000;
    const ok = request(w, 80, '/', ctx);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<title>Welcome to nginx!</title>');
    expect(ok.body).toHaveLength(615);
    expect(ok.log).toEqual(['10.244.1.1 - - [02/Nov/2025:10:01:05 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.17.0" "-"']);
    const missing = request(w, 80, '/nope', ctx);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n');
    expect(missing.errorLog?.[0]).toBe(
      '2025/11/02 10:01:05 [error] 29#29: *2 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 10.244.1.1, server: localhost, request: "GET /nope HTTP/1.1", host: "10.244.1.5"',
    );
  });

  it('answers 403 when an empty volume hides the docroot, and serves what an init container wrote', () => {
    const nginx = image('nginx');
    const w = world();
    const files = new Map<string, string>();
    const ctx = context(nginx, w, { files: { read: (p) => files.get(p), isDir: (p) => p === '/usr/share/nginx/html/' || p === '/usr/share/nginx/html' } });
    run(behaviourFor(nginx, undefined, undefined).start(ctx), w);
    expect(request(w, 80, '/', ctx).status).toBe(403);
    files.set('/usr/share/nginx/html/index.html', 'Hello from the init container\n');
    expect(request(w, 80, '/', ctx)).toMatchObject({ status: 200, body: 'Hello from the init container\n' });
  });

  it('quits gracefully on its STOPSIGNAL, SIGQUIT, and exits 0', () => {
    const nginx = image('nginx');
    const w = world();
    const ctx = context(nginx, w);
    const b = behaviourFor(nginx, undefined, undefined);
    run(b.start(ctx), w);
    const stop = b.onSigterm(ctx, nginx.config.stopSignal);
    expect(stop).toMatchObject({ action: 'exit', code: 0, afterMs: 100, stream: 'stderr' });
    const log = stop.action === 'exit' ? (stop.log ?? []) : [];
    expect(log[0]).toBe('2025/11/02 10:00:00 [notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(log).toContain('2025/11/02 10:00:00 [notice] 29#29: gracefully shutting down');
    expect(log.at(-1)).toBe('2025/11/02 10:00:00 [notice] 1#1: exit');
    const term = b.onSigterm(ctx, 'SIGTERM');
    expect(term.action === 'exit' && term.log?.[0]).toBe('2025/11/02 10:00:00 [notice] 1#1: signal 15 (SIGTERM) received, exiting');
  });

  it('nginx 1.14.2 (no entrypoint scripts, warn-level logs) starts silently and stops on SIGTERM', () => {
    const old = image('nginx:1.14.2');
    const w = world();
    const ctx = context(old, w);
    const b = behaviourFor(old, undefined, undefined);
    expect(run(b.start(ctx), w).logs).toEqual([]);
    expect(request(w, 80, '/', ctx).body).toHaveLength(612);
    expect(b.onSigterm(ctx, old.config.stopSignal)).toEqual({ action: 'exit', afterMs: 100, code: 0 });
  });

  it('cannot bind a port its Pod already uses: five tries, then exit 1', () => {
    const nginx = image('nginx');
    const w = world({ takenPorts: new Set([80]) });
    const r = run(behaviourFor(nginx, undefined, undefined).start(context(nginx, w)), w);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContain('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)');
    expect(r.lines.filter((l) => l.startsWith('nginx: [emerg] bind() to [::]:80'))).toHaveLength(5);
    expect(r.lines.at(-1)).toBe('nginx: [emerg] still could not bind()');
  });

  it('`nginx -s quit` from the docs\' preStop hook signals nginx (and the image has no killall)', () => {
    const nginx = image('nginx');
    const w = world({ kill: (p, s) => p === 'nginx' && s === 'SIGQUIT' });
    const r = run(execCommand(nginx, ['/bin/sh', '-c', 'nginx -s quit; while killall -0 nginx; do sleep 1; done'], context(nginx, w)), w);
    expect(r.lines).toEqual(['2025/11/02 10:00:00 [notice] 47#47: signal process started', '/bin/sh: 1: killall: not found']);
    // The failed `killall` ends the while loop; the loop's status is 0.
    expect(r.exitCode).toBe(0);
  });
});
