import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { behaviourFor, execCommand, execFailure, registerCommand, startFailure } from '../../../src/engine/images/process';
import { sync } from '../../../src/engine/images/shell/registry';
import { context, run, world } from './driver';

const catalog = defaultCatalog();
const image = (ref: string) => lookupImage(catalog, ref)!;

const web = () =>
  world({
    resolve: (name) => (name === 'web' ? { ok: true, ips: ['10.96.0.12'], name: 'web.default.svc.cluster.local' } : { ok: false, error: 'NXDOMAIN' }),
    http: (url) => (url.startsWith('http://web/') ? { ok: true, status: 200, body: 'hello\n', elapsedMs: 2 } : { ok: false, error: 'ECONNREFUSED', elapsedMs: 1 }),
  });

describe('wget (busybox)', () => {
  it('-qO- prints just the body', () => {
    const w = web();
    const r = run(execCommand(image('busybox'), ['wget', '-qO-', 'http://web'], context(image('busybox'), w)), w);
    expect(r.logs).toEqual([{ t: w.now, stream: 'stdout', text: 'hello' }]);
    expect(r.exitCode).toBe(0);
  });

  it('-O file saves, reporting progress on stderr (the init-containers example)', () => {
    const w = web();
    w.dirs.add('/work-dir');
    const busybox = image('busybox');
    const r = run(behaviourFor(busybox, ['wget', '-O', '/work-dir/index.html', 'http://web/'], undefined).start(context(busybox, w)), w);
    expect(r.lines).toEqual([
      'Connecting to web (10.96.0.12:80)',
      "saving to '/work-dir/index.html'",
      `index.html           100% |${'*'.repeat(32)}|     6  0:00:00 ETA`,
      "'/work-dir/index.html' saved",
    ]);
    expect(w.files.get('/work-dir/index.html')).toBe('hello\n');
  });

  it('fails on an unknown name and on a refused connection', () => {
    const w = web();
    const busybox = image('busybox');
    expect(run(execCommand(busybox, ['wget', '-qO-', 'http://nope'], context(busybox, w)), w).lines).toEqual(["wget: bad address 'nope'"]);
    const refused = run(execCommand(busybox, ['wget', '-qO-', 'http://10.96.0.99:8080/'], context(busybox, w)), w);
    expect(refused.lines).toEqual(["wget: can't connect to remote host (10.96.0.99): Connection refused"]);
    expect(refused.exitCode).toBe(1);
  });
});

describe('curl', () => {
  it('prints the body; with no terminal it draws its progress meter on stderr', () => {
    const w = web();
    const curl = image('curlimages/curl');
    const r = run(execCommand(curl, ['curl', 'http://web'], context(curl, w)), w);
    expect(r.logs.filter((l) => l.stream === 'stdout').map((l) => l.text)).toEqual(['hello']);
    expect(r.logs.filter((l) => l.stream === 'stderr')[0]?.text).toBe('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current');
    const tty = run(execCommand(curl, ['curl', 'http://web'], context(curl, w, { tty: true })), w);
    expect(tty.lines).toEqual(['hello']);
  });

  it("words errors as curl 8 does, and as the old curl of radial/busyboxplus did", () => {
    const w = web();
    const curl = image('curlimages/curl');
    const refused = run(execCommand(curl, ['curl', '-sS', 'http://10.96.0.12:81/'], context(curl, w)), w);
    expect(refused.lines).toEqual(["curl: (7) Failed to connect to 10.96.0.12 port 81 after 1 ms: Couldn't connect to server"]);
    expect(refused.exitCode).toBe(7);
    expect(run(execCommand(curl, ['curl', '-s', 'http://foo'], context(curl, w)), w).lines).toEqual([]);
    expect(run(execCommand(curl, ['curl', '-sS', 'http://foo'], context(curl, w)), w).lines).toEqual(['curl: (6) Could not resolve host: foo']);
    const old = image('radial/busyboxplus:curl');
    expect(run(execCommand(old, ['curl', '-sS', 'http://10.96.0.12:81/'], context(old, w)), w).lines).toEqual(['curl: (7) Failed to connect to 10.96.0.12 port 81: Connection refused']);
  });

  it('the curl image with no arguments prints its hint and exits 2', () => {
    const curl = image('curlimages/curl');
    const w = world();
    const r = run(behaviourFor(curl, undefined, undefined).start(context(curl, w)), w);
    expect(r.lines).toEqual(["curl: try 'curl --help' or 'curl --manual' for more information"]);
    expect(r.exitCode).toBe(2);
  });
});

describe('kubectl exec and missing executables', () => {
  it('runs cat and sh -c in a running container', () => {
    const nginx = image('nginx');
    const w = world();
    w.files.set('/etc/hostname', 'web\n');
    const ctx = context(nginx, w, { hostname: 'web', env: { HOSTNAME: 'web' } });
    expect(run(execCommand(nginx, ['cat', '/etc/hostname'], ctx), w).lines).toEqual(['web']);
    expect(run(execCommand(nginx, ['sh', '-c', 'echo $HOSTNAME'], ctx), w).lines).toEqual(['web']);
  });

  it("an image without the tool: the runtime's exec error, and sh's not found", () => {
    const nginx = image('nginx');
    expect(execFailure(nginx, ['ps'])).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown');
    expect(execFailure(nginx, ['ls'])).toBeUndefined();
    expect(execFailure(image('registry.k8s.io/pause:3.10.1'), ['sh'])).toContain('exec: "sh": executable file not found in $PATH');
    const w = world();
    expect(run(execCommand(nginx, ['sh', '-c', 'nslookup web'], context(nginx, w)), w).lines).toEqual(['sh: 1: nslookup: not found']);
  });

  it('startFailure words a missing command as containerd does (StartError)', () => {
    expect(startFailure(image('busybox'), ['/bin/bash'])).toBe(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/bash": stat /bin/bash: no such file or directory: unknown',
    );
    expect(startFailure(image('nginx'), ['nginx-debug-typo'])).toContain('exec: "nginx-debug-typo": executable file not found in $PATH');
    expect(startFailure(image('busybox'), ['sleep', '3600'])).toBeUndefined();
  });

  it('registerCommand adds a command for the images that ship it', () => {
    registerCommand(
      'ip',
      sync((io) => {
        io.out(`1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 (${io.argv.slice(1).join(' ')})\n`);
        return 0;
      }),
    );
    const busybox = image('busybox');
    const w = world();
    expect(run(execCommand(busybox, ['sh', '-c', 'ip addr'], context(busybox, w)), w).lines).toEqual(['1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 (addr)']);
    expect(run(execCommand(busybox, ['sh', '-c', 'ping -c1 web'], context(busybox, w)), w).lines).toEqual(['sh: ping: this command is not simulated in Pod Lab']);
  });
});
