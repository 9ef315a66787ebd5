import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { behaviourFor } from '../../../src/engine/images/process';
import { piDigits } from '../../../src/engine/images/behaviours/batch';
import { context, request, run, T0, world } from './driver';

const catalog = defaultCatalog();
const image = (ref: string) => lookupImage(catalog, ref)!;

function start(ref: string, command?: string[], args?: string[], w = world(), extra = {}) {
  const img = image(ref);
  const b = behaviourFor(img, command, args);
  const ctx = context(img, w, extra);
  return { r: run(b.start(ctx), w, 30_000), b, ctx, w };
}

describe('redis', () => {
  it('logs its start on stdout and listens on 6379', () => {
    const { r, w } = start('redis');
    expect(r.lines[0]).toBe('1:C 02 Nov 2025 10:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    expect(r.lines.at(-1)).toBe('1:M 02 Nov 2025 10:00:00.000 * Ready to accept connections tcp');
    expect([...w.servers.keys()]).toEqual([6379]);
  });

  it('takes only a config file in args (the docs’ redis pod) and fails without it', () => {
    const w = world();
    w.files.set('/usr/local/etc/redis/redis.conf', 'maxmemory 2mb\n');
    expect(start('redis:5', undefined, ['/usr/local/etc/redis/redis.conf'], w).r.lines).toContain('1:C 02 Nov 2025 10:00:00.000 # Configuration loaded');
    const missing = start('redis:5', undefined, ['/usr/local/etc/redis/redis.conf']);
    expect(missing.r.exitCode).toBe(1);
    expect(missing.r.lines.at(-1)).toBe("1:C 02 Nov 2025 10:00:00.000 # Fatal error, can't open config file '/usr/local/etc/redis/redis.conf': No such file or directory");
  });

  it('saves and exits 0 on SIGTERM', () => {
    const { b, ctx } = start('redis');
    expect(b.onSigterm(ctx)).toMatchObject({ action: 'exit', code: 0, log: [`1:signal-handler (${T0 / 1000}) Received SIGTERM scheduling shutdown...`, expect.any(String), expect.any(String), expect.any(String), '1:M 02 Nov 2025 10:00:00.004 # Redis is now ready to exit, bye bye...'] });
  });
});

describe('mysql', () => {
  it('refuses to start without a password variable (exit 1)', () => {
    const { r } = start('mysql:5.7');
    expect(r.exitCode).toBe(1);
    expect(r.lines.slice(-5)).toEqual([
      '2025-11-02 10:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ]);
  });

  it('initialises for a while, then is ready on 3306', () => {
    const { r, w } = start('mysql:5.7', undefined, undefined, world(), { env: { MYSQL_ROOT_PASSWORD: 'secret' } });
    expect(r.exitCode).toBeUndefined();
    expect(w.servers.has(3306)).toBe(true);
    expect(r.logs.at(-1)).toMatchObject({ t: T0 + 13_000, text: "Version: '5.7.44'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)" });
  });
});

describe('Kubernetes test images', () => {
  it('pause sleeps and exits 0 on SIGTERM', () => {
    const { r, b, ctx } = start('registry.k8s.io/pause:3.10.1');
    expect(r.logs).toEqual([]);
    expect(r.exitCode).toBeUndefined();
    expect(b.onSigterm(ctx)).toEqual({ action: 'exit', afterMs: 0, code: 0 });
  });

  it('liveness: /healthz answers 200 for 10 seconds, then 500', () => {
    const { w, ctx, b } = start('k8s.gcr.io/liveness', undefined, ['/server']);
    w.now = T0 + 9_000;
    expect(request(w, 8080, '/healthz', ctx)).toEqual({ status: 200, body: 'ok' });
    w.now = T0 + 10_500;
    expect(request(w, 8080, '/healthz', ctx)).toEqual({ status: 500, body: 'error: 10.5' });
    expect(b.onSigterm(ctx)).toEqual({ action: 'exit', afterMs: 0, code: 2 });
  });

  it('agnhost netexec serves /hostname and /echo', () => {
    const { w, ctx } = start('registry.k8s.io/e2e-test-images/agnhost:2.39', undefined, ['netexec', '--http-port=8080'], world(), { hostname: 'hostnames-abc' });
    expect(request(w, 8080, '/hostname', ctx).body).toBe('hostnames-abc');
    expect(request(w, 8080, '/echo?msg=hello', ctx).body).toBe('hello');
  });

  it('polinux/stress allocates what it is told (the runtime decides OOMKilled)', () => {
    const { r } = start('polinux/stress', ['stress'], ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1']);
    expect(r.lines).toEqual(['stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd']);
    expect(r.effects).toContainEqual({ op: 'allocate', bytes: 150 * 1024 * 1024 });
  });

  it('httpd says It works! and stops gracefully on SIGWINCH', () => {
    const { w, ctx, b, r } = start('httpd');
    expect(r.lines.at(-1)).toBe("[Sun Nov 02 10:00:00.000000 2025] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'");
    expect(request(w, 80, '/', ctx)).toMatchObject({ status: 200, body: '<html><body><h1>It works!</h1></body></html>\n' });
    expect(b.onSigterm(ctx, 'SIGWINCH')).toMatchObject({ action: 'exit', code: 0 });
  });

  it('the php-apache HPA example answers OK!', () => {
    const { w, ctx } = start('registry.k8s.io/hpa-example');
    expect(request(w, 80, '/', ctx).body).toBe('OK!');
  });
});

describe('perl (the Job example)', () => {
  it('prints π to 2000 digits and exits 0', () => {
    const { r } = start('perl', ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']);
    expect(r.exitCode).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.startsWith('3.14159265358979323846264338327950288419716939937510')).toBe(true);
    expect(r.lines[0]).toHaveLength(2001);
    expect(piDigits(10)).toBe('3.141592654');
  });

  it('with the old manifest’s doubled quotes it only warns about a useless constant', () => {
    const { r } = start('perl', ['perl', '-Mbignum=bpi', '-wle', '"print bpi(2000)"']);
    expect(r.lines).toEqual(['Useless use of a constant ("print bpi(2000)") in void context at -e line 1.']);
    expect(r.exitCode).toBe(0);
  });
});
