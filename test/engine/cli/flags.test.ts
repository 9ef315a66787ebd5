import { describe, expect, it } from 'vitest';
import { KUBECTL_GLOBAL_FLAGS, kubectlFlagsFor, parseArgs } from '../../../src/engine/kubectl/cli';
import type { FlagSpec, ParsedArgs } from '../../../src/engine/kubectl/cli';

const FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string', default: '', usage: 'ns' },
  { name: 'filename', short: 'f', type: 'stringSlice', default: [], usage: 'files' },
  { name: 'env', type: 'stringArray', default: [], usage: 'env' },
  { name: 'stdin', short: 'i', type: 'bool', default: false, usage: 'stdin' },
  { name: 'tty', short: 't', type: 'bool', default: false, usage: 'tty' },
  { name: 'watch', short: 'w', type: 'bool', default: false, usage: 'watch' },
  { name: 'replicas', type: 'int', default: 1, usage: 'replicas' },
  { name: 'timeout', type: 'duration', default: '30s', usage: 'timeout' },
  { name: 'output', short: 'o', type: 'string', default: '', usage: 'output' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'dry run' },
  { name: 'all-namespaces', short: 'A', type: 'bool', default: false, usage: 'all' },
];

function ok(argv: string[], flags = FLAGS): ParsedArgs {
  const r = parseArgs(argv, flags, 'kubectl get');
  if (!r.ok) throw new Error(r.error);
  return r.args;
}

function err(argv: string[], path = 'kubectl get'): string {
  const r = parseArgs(argv, FLAGS, path);
  return r.ok ? 'OK' : r.error;
}

describe('pflag value forms', () => {
  it.each([
    [['--namespace=dev'], 'dev'],
    [['--namespace', 'dev'], 'dev'],
    [['-n', 'dev'], 'dev'],
    [['-ndev'], 'dev'],
    [['-n=dev'], 'dev'],
    [['--namespace='], ''],
    [['-n', '-x'], '-x'],
  ])('%j sets namespace to %j', (argv, ns) => {
    const a = ok(argv);
    expect(a.flags.namespace).toBe(ns);
    expect(a.set.has('namespace')).toBe(true);
  });

  it('fills in defaults and records only what was given', () => {
    const a = ok(['pods']);
    expect(a.flags).toMatchObject({
      namespace: '',
      replicas: 1,
      timeout: 30_000,
      watch: false,
      filename: [],
      'dry-run': 'none',
    });
    expect([...a.set]).toEqual([]);
  });

  it('combines bool shorthands and lets the last one take a value', () => {
    expect(ok(['-it', 'web']).flags).toMatchObject({ stdin: true, tty: true });
    const a = ok(['-itn', 'dev']);
    expect(a.flags).toMatchObject({ stdin: true, tty: true, namespace: 'dev' });
    expect(ok(['-itndev']).flags.namespace).toBe('dev');
  });

  it('reads --bool=false and Go’s other bool spellings', () => {
    expect(ok(['--watch=false']).flags.watch).toBe(false);
    expect(ok(['-w=0']).flags.watch).toBe(false);
    expect(ok(['--watch=T']).flags.watch).toBe(true);
  });

  it('does not let a bool flag swallow the next word', () => {
    expect(ok(['-w', 'pods']).positional).toEqual(['pods']);
  });

  it('gives --dry-run its implicit value without taking the next word', () => {
    const a = ok(['--dry-run', 'pods']);
    expect(a.flags['dry-run']).toBe('unchanged');
    expect(a.positional).toEqual(['pods']);
    expect(ok(['--dry-run=client']).flags['dry-run']).toBe('client');
  });

  it('repeats stringArray flags, and splits stringSlice flags on commas', () => {
    expect(ok(['--env', 'A=1', '--env=B=2,3']).flags.env).toEqual(['A=1', 'B=2,3']);
    expect(ok(['-f', 'a.yaml,b.yaml', '-f', 'c.yaml']).flags.filename).toEqual([
      'a.yaml',
      'b.yaml',
      'c.yaml',
    ]);
  });

  it('parses ints like strconv.ParseInt(s, 0, 64) and durations like Go', () => {
    expect(ok(['--replicas=0x10']).flags.replicas).toBe(16);
    expect(ok(['--replicas', '-3']).flags.replicas).toBe(-3);
    expect(ok(['--timeout=1m30s']).flags.timeout).toBe(90_000);
    expect(ok(['--timeout=0']).flags.timeout).toBe(0);
  });

  it('accepts flags before and after positionals, and normalizes _ to -', () => {
    const a = ok(['pods', '-n', 'dev', 'web', '--all_namespaces']);
    expect(a.positional).toEqual(['pods', 'web']);
    expect(a.flags['all-namespaces']).toBe(true);
  });

  it('ends flags at --, keeping what follows for exec', () => {
    const a = ok(['web', '-n', 'dev', '--', 'ls', '-la', '--color']);
    expect(a.positional).toEqual(['web', 'ls', '-la', '--color']);
    expect(a.afterDash).toEqual(['ls', '-la', '--color']);
    expect(a.dashIndex).toBe(1);
    expect(ok(['web']).dashIndex).toBe(-1);
  });

  it('treats - alone as a positional (stdin)', () => {
    expect(ok(['-f', '-']).flags.filename).toEqual(['-']);
    expect(ok(['-']).positional).toEqual(['-']);
  });

  it('gives every command -h/--help', () => {
    expect(ok(['--help']).flags.help).toBe(true);
    expect(ok(['-h']).flags.help).toBe(true);
  });
});

describe('errors, worded as kubectl prints them', () => {
  // Checked against real kubectl (`kubectl get --foo` etc.).
  it.each([
    [['--foo'], "error: unknown flag: --foo\nSee 'kubectl get --help' for usage."],
    [['--foo=bar'], "error: unknown flag: --foo\nSee 'kubectl get --help' for usage."],
    [['-z'], "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage."],
    [['-itz'], "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage."],
    [['-n'], "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage."],
    [['--namespace'], "error: flag needs an argument: --namespace\nSee 'kubectl get --help' for usage."],
    [['---x'], "error: bad flag syntax: ---x\nSee 'kubectl get --help' for usage."],
    [['--=x'], "error: bad flag syntax: --=x\nSee 'kubectl get --help' for usage."],
    [['-='], "error: unknown shorthand flag: '=' in -=\nSee 'kubectl get --help' for usage."],
    [
      ['--replicas=abc'],
      'error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.',
    ],
    [
      ['--watch=maybe'],
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.',
    ],
    [
      ['--timeout=5x'],
      'error: invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"\nSee \'kubectl get --help\' for usage.',
    ],
    [
      ['--timeout=5'],
      'error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"\nSee \'kubectl get --help\' for usage.',
    ],
    [
      ['--timeout=abc'],
      'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl get --help\' for usage.',
    ],
  ])('%j', (argv, message) => {
    expect(err(argv)).toBe(message);
  });

  it('stops at the first error, as pflag does', () => {
    expect(err(['--foo', '--bar'])).toContain('--foo');
  });

  it('omits the See line without a command path, and exposes pflag’s bare message', () => {
    const r = parseArgs(['--foo'], FLAGS);
    expect(r).toEqual({ ok: false, error: 'error: unknown flag: --foo', message: 'unknown flag: --foo' });
  });
});

describe('kubectl’s own flag tables', () => {
  it('accepts global flags on any verb', () => {
    const flags = kubectlFlagsFor('get') ?? [];
    const a = ok(
      ['pods', '-n', 'kube-system', '--context', 'lab', '-v', '6', '--request-timeout=5s', '-o', 'wide'],
      flags,
    );
    expect(a.flags).toMatchObject({
      namespace: 'kube-system',
      context: 'lab',
      v: 6,
      'request-timeout': '5s',
      output: 'wide',
    });
  });

  it('names -v as "-v, --v" in its error, as kubectl does', () => {
    const r = parseArgs(['pods', '--v=abc'], kubectlFlagsFor('get') ?? [], 'kubectl get');
    expect(r.ok ? '' : r.error).toBe(
      'error: invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl get --help\' for usage.',
    );
  });

  it('lists the global flags kubectl options shows', () => {
    const names = KUBECTL_GLOBAL_FLAGS.map((f) => (f.short ? `-${f.short}/--${f.name}` : `--${f.name}`));
    expect(names).toEqual(
      expect.arrayContaining([
        '-n/--namespace',
        '--context',
        '--kubeconfig',
        '-v/--v',
        '--request-timeout',
        '-s/--server',
      ]),
    );
  });

  it('parses `kubectl exec -it web -- sh` and `kubectl logs -f --tail=20`', () => {
    const exec = ok(['-it', 'web', '--', 'sh', '-c', 'echo hi'], kubectlFlagsFor('exec') ?? []);
    expect(exec.flags).toMatchObject({ stdin: true, tty: true });
    expect([exec.positional.slice(0, exec.dashIndex), exec.afterDash]).toEqual([
      ['web'],
      ['sh', '-c', 'echo hi'],
    ]);
    const logs = ok(['web', '-f', '--tail=20'], kubectlFlagsFor('logs') ?? []);
    expect(logs.flags).toMatchObject({ follow: true, tail: 20 });
  });
});
