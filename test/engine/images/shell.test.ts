import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../src/engine/images/catalog';
import { behaviourFor, execCommand } from '../../../src/engine/images/process';
import { LOOP_TICK_MS } from '../../../src/engine/images/shell/interp';
import { context, run, T0, world, type World } from './driver';

const catalog = defaultCatalog();
const image = (ref: string) => lookupImage(catalog, ref)!;

function sh(ref: string, script: string, w: World = world(), ms = 60_000, extra = {}) {
  const img = image(ref);
  const behaviour = behaviourFor(img, ['sh', '-c', script], undefined);
  const ctx = context(img, w, extra);
  return { r: run(behaviour.start(ctx), w, ms), behaviour, ctx, w };
}

describe('busybox sh', () => {
  it("sh -c 'echo hi; exit 3' logs hi and exits 3", () => {
    const { r } = sh('busybox', 'echo hi; exit 3');
    expect(r.effects).toEqual([
      { op: 'log', stream: 'stdout', text: 'hi' },
      { op: 'exit', code: 3 },
    ]);
    expect(r.exitCode).toBe(3);
  });

  it('a bare busybox exits 0 at once: sh reads an empty stdin (CrashLoopBackOff under restartPolicy Always)', () => {
    const busybox = image('busybox');
    const w = world();
    const r = run(behaviourFor(busybox, undefined, undefined).start(context(busybox, w)), w);
    expect(r.effects).toEqual([{ op: 'exit', code: 0 }]);
    const open = run(behaviourFor(busybox, undefined, undefined).start(context(busybox, w, { stdinOpen: true })), w, 5_000);
    expect(open.exitCode).toBeUndefined();
    expect(open.effects.at(-1)).toEqual({ op: 'stdin', prompt: '' });
  });

  it('with stdin open, reads its commands from it, keeping its directory and variables, until exit', () => {
    const busybox = image('busybox');
    const w = world({ stdin: ['cd /tmp', 'X=kept', 'echo "$X" in "$PWD"', 'exit 5'] });
    const r = run(behaviourFor(busybox, undefined, undefined).start(context(busybox, w, { stdinOpen: true, tty: true })), w);
    expect(r.lines).toEqual(['kept in /tmp']);
    expect(r.exitCode).toBe(5);
    // With a terminal, each read shows the prompt of root's ash: the directory, then #.
    expect(r.effects.filter((e) => e.op === 'stdin').map((e) => (e as { prompt: string }).prompt)).toEqual(['/ # ', '/tmp # ', '/tmp # ', '/tmp # ']);
  });

  it('until nslookup …: waits while the Service does not resolve, then goes on', () => {
    let calls = 0;
    const w = world({
      resolve: (name) => {
        calls++;
        return calls <= 2
          ? { ok: false, error: 'NXDOMAIN', name: `${name}.default.svc.cluster.local` }
          : { ok: true, ips: ['10.96.12.34'], name: `${name}.default.svc.cluster.local` };
      },
    });
    const { r } = sh('busybox:1.36', 'until nslookup myservice; do echo waiting for myservice; sleep 2; done; echo ready', w);
    expect(r.exitCode).toBe(0);
    expect(r.logs.map((l) => `${l.t - T0} ${l.text}`)).toEqual([
      '0 Server:\t\t10.96.0.10',
      '0 Address:\t10.96.0.10:53',
      '0 ',
      "0 ** server can't find myservice.default.svc.cluster.local: NXDOMAIN",
      '0 ',
      '0 waiting for myservice',
      '2000 Server:\t\t10.96.0.10',
      '2000 Address:\t10.96.0.10:53',
      '2000 ',
      "2000 ** server can't find myservice.default.svc.cluster.local: NXDOMAIN",
      '2000 ',
      '2000 waiting for myservice',
      '4000 Server:\t\t10.96.0.10',
      '4000 Address:\t10.96.0.10:53',
      '4000 ',
      '4000 Name:\tmyservice.default.svc.cluster.local',
      '4000 Address: 10.96.12.34',
      '4000 ',
      '4000 ready',
    ]);
  });

  it('busybox:1.28 prints the old nslookup, and $(cat …) reads the namespace file (init-containers page)', () => {
    const w = world({ resolve: () => ({ ok: false, error: 'NXDOMAIN' }) });
    w.files.set('/var/run/secrets/kubernetes.io/serviceaccount/namespace', 'default');
    const { r } = sh('busybox:1.28', 'until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done', w, 1_000);
    expect(r.lines).toEqual([
      'Server:    10.96.0.10',
      'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
      '',
      "nslookup: can't resolve 'myservice.default.svc.cluster.local'",
      'waiting for myservice',
    ]);
  });

  it('the exec-liveness script: /tmp/healthy exists for 30 s, and `cat /tmp/healthy` probes it', () => {
    const busybox = image('registry.k8s.io/busybox');
    const w = world();
    const ctx = context(busybox, w);
    const main = behaviourFor(busybox, undefined, ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600']);
    const program = main.start(ctx);
    run(program, w, 10_000);
    expect(run(execCommand(busybox, ['cat', '/tmp/healthy'], ctx), w).exitCode).toBe(0);
    run(program, w, 25_000);
    const probe = run(execCommand(busybox, ['cat', '/tmp/healthy'], ctx), w);
    expect(probe.exitCode).toBe(1);
    expect(probe.lines).toEqual(["cat: can't open '/tmp/healthy': No such file or directory"]);
  });

  it('a loop that never sleeps still lets virtual time move, one tick per iteration', () => {
    const { r } = sh('busybox', 'while true; do :; done', world(), 100);
    const sleeps = r.effects.filter((e) => e.op === 'sleep');
    expect(sleeps.length).toBeGreaterThan(5);
    expect(sleeps.every((e) => e.op === 'sleep' && e.ms === LOOP_TICK_MS)).toBe(true);
  });

  it('ignores SIGTERM as PID 1 without a trap, and the sleep keeps it alive', () => {
    const { behaviour, ctx } = sh('busybox', 'echo The app is running! && sleep 3600');
    expect(behaviour.onSigterm(ctx)).toEqual({ action: 'ignore' });
  });

  it('runs a TERM trap only after the foreground sleep ends, but at once during `wait`', () => {
    const fg = sh('busybox', "trap 'echo bye; exit 0' TERM; sleep 3600", world(), 1_000);
    expect(fg.behaviour.onSigterm(fg.ctx)).toEqual({ action: 'exit', afterMs: 3_600_000, code: 0, log: ['bye'] });
    const bg = sh('busybox', "trap 'exit 0' TERM; sleep 3600 & wait", world(), 1_000);
    expect(bg.behaviour.onSigterm(bg.ctx)).toMatchObject({ action: 'exit', afterMs: 0, code: 0 });
  });

  it('expands variables, arithmetic, command substitution; runs if/for/case, pipes and redirects', () => {
    const w = world();
    w.dirs.add('/content');
    const script = [
      'i=0; for x in a b c; do i=$((i+1)); done; echo "count=$i"',
      'echo "Hello from the init container" > /content/index.html',
      'echo again >> /content/index.html',
      'if [ -f /content/index.html ]; then echo exists; else echo missing; fi',
      'case "$HOSTNAME" in kubia-*) echo "pod ${HOSTNAME}";; *) echo other;; esac',
      'echo ${UNSET:-fallback} $(echo nested | grep nest)',
      'cat /content/index.html | grep -c a',
      'nope 2>/dev/null || echo "status $?"',
    ].join('\n');
    const { r } = sh('busybox', script, w);
    expect(r.lines).toEqual(['count=3', 'exists', 'pod kubia-manual', 'fallback nested', '2', 'status 127']);
    expect(w.files.get('/content/index.html')).toBe('Hello from the init container\nagain\n');
  });

  it("prints the dependent-envars example's lines (echo -en, printf with escapes)", () => {
    const { r } = sh('busybox', "echo -en '\\n'; printf UNCHANGED_REFERENCE=$UNCHANGED_REFERENCE'\\n'; exit 0", world(), 1_000, {
      env: { UNCHANGED_REFERENCE: '$(PROTOCOL)://172.17.0.1:80' },
    });
    expect(r.lines).toEqual(['', 'UNCHANGED_REFERENCE=$(PROTOCOL)://172.17.0.1:80']);
  });

  it('words its errors as busybox ash, dash and bash do', () => {
    expect(sh('busybox', 'foo').r.lines).toEqual(['sh: foo: not found']);
    expect(sh('busybox', 'foo').r.exitCode).toBe(127);
    expect(sh('nginx', 'foo').r.lines).toEqual(['sh: 1: foo: not found']);
    const bash = image('debian');
    const w = world();
    expect(run(behaviourFor(bash, ['bash', '-c', 'foo'], undefined).start(context(bash, w)), w).lines).toEqual(['bash: line 1: foo: command not found']);
    expect(sh('busybox', 'while true; do echo x').r.lines).toEqual(['sh: syntax error: unexpected end of file (expecting "done")']);
    expect(sh('nginx', 'while true; do echo x').r.lines).toEqual(['sh: 1: Syntax error: end of file unexpected (expecting "done")']);
    expect(sh('busybox', 'echo "oops').r.exitCode).toBe(2);
  });

  it("can't create a file in a directory that does not exist", () => {
    expect(sh('busybox', 'echo x > /nowhere/f; echo after').r.lines).toEqual(["sh: can't create /nowhere/f: nonexistent directory", 'after']);
  });

  it('tail -F follows a file another container writes (the Job sidecar example)', () => {
    const w = world();
    w.dirs.add('/opt');
    const alpine = image('alpine');
    const ctx = context(alpine, w);
    const sidecar = behaviourFor(alpine, ['sh', '-c', 'tail -F /opt/logs.txt'], undefined).start(ctx);
    const first = run(sidecar, w, 1_500);
    expect(first.lines).toEqual(["tail: can't open '/opt/logs.txt': No such file or directory"]);
    w.files.set('/opt/logs.txt', 'logging\n');
    expect(run(sidecar, w, 2_000).lines).toEqual(['logging']);
  });
});

describe('commands without a shell', () => {
  it('printenv HOSTNAME KUBERNETES_PORT (the command-demo page)', () => {
    const debian = image('debian');
    const w = world();
    const env = { HOSTNAME: 'command-demo', KUBERNETES_PORT: 'tcp://10.96.0.1:443' };
    const r = run(behaviourFor(debian, ['printenv'], ['HOSTNAME', 'KUBERNETES_PORT']).start(context(debian, w, { env })), w);
    expect(r.lines).toEqual(['command-demo', 'tcp://10.96.0.1:443']);
    expect(r.exitCode).toBe(0);
  });

  it('sleep 3600 as PID 1 ignores SIGTERM', () => {
    const busybox = image('busybox');
    const w = world();
    const b = behaviourFor(busybox, ['sleep', '3600'], undefined);
    expect(run(b.start(context(busybox, w)), w, 10_000).exitCode).toBeUndefined();
    expect(b.onSigterm(context(busybox, w))).toEqual({ action: 'ignore' });
  });
});
