/**
 * Batch programs from the docs: the Job example's `perl -Mbignum=bpi -wle 'print bpi(2000)'`
 * (π to 2000 digits, then exit 0) and the memory-stress images that make a container
 * exceed its limit (the runtime answers an `allocate` beyond the limit with OOMKilled).
 */
import { klogTime } from '../clock';
import { allocate, forever, nowOf, sleep, type Behaviour, type Gen, type ProcessContext } from '../effects';
import { unescape } from '../shell/commands/text';
import { program } from './generic';

/** π to `digits` significant digits (Machin's formula on BigInt), as bignum's bpi prints it. */
export function piDigits(digits: number): string {
  const guard = 10n;
  const scale = 10n ** BigInt(digits + 10);
  const arctanInv = (x: bigint): bigint => {
    let sum = 0n;
    let term = scale / x;
    const x2 = x * x;
    for (let n = 1n, sign = 1n; term !== 0n; n += 2n, sign = -sign) {
      sum += (sign * term) / n;
      term /= x2;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n));
  const rounded = (pi / 10n ** 10n + 5n) / guard;
  const text = rounded.toString();
  return `${text[0]}.${text.slice(1)}`;
}

function* perlMain(ctx: ProcessContext, argv: readonly string[]): Gen<number> {
  const eAt = argv.findIndex((a) => /^-\w*e$/.test(a));
  const script = eAt >= 0 ? (argv[eAt + 1] ?? '') : '';
  const newline = argv.some((a) => /^-\w*l/.test(a));
  const warnings = argv.some((a) => /^-w/.test(a));
  const quoted = /^"(.*)"$/.exec(script);
  if (quoted) {
    // The docs' old manifest quoted the program twice: perl sees a string constant.
    if (warnings) yield { op: 'log', stream: 'stderr', text: `Useless use of a constant ("${quoted[1]}") in void context at -e line 1.` };
    return 0;
  }
  const bpi = /^print\s+bpi\((\d+)\)\s*;?$/.exec(script);
  if (bpi) {
    yield* sleep(1500);
    yield { op: 'log', stream: 'stdout', text: piDigits(Number(bpi[1])) };
    return 0;
  }
  const print = /^print\s+"((?:[^"\\]|\\.)*)"\s*;?$/.exec(script);
  if (print) {
    const text = unescape(print[1] ?? '', true)[0] + (newline ? '\n' : '');
    for (const line of text.split('\n').slice(0, -1)) yield { op: 'log', stream: 'stdout', text: line };
  }
  void ctx;
  return 0;
}

export function perlBehaviour(argv: readonly string[]): Behaviour {
  return { start: program((ctx) => perlMain(ctx, argv)), onSigterm: () => ({ action: 'exit', afterMs: 0, code: 143 }) };
}

const SIZE = /^(\d+)([KMGT]?)(i?)B?$/i;

/** `150M`, `150Mi`, `1G` → bytes. */
export function parseSize(text: string): number {
  const m = SIZE.exec(text);
  if (!m) return 0;
  const pow = ' KMGT'.indexOf((m[2] ?? '').toUpperCase() || ' ');
  return Number(m[1]) * 1024 ** Math.max(0, pow);
}

const flag = (argv: readonly string[], name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** polinux/stress: `stress --vm 1 --vm-bytes 150M --vm-hang 1`. */
function* stressMain(_ctx: ProcessContext, argv: readonly string[]): Gen<number> {
  const vm = Number(flag(argv, '--vm') ?? flag(argv, '-m') ?? 0);
  const cpu = Number(flag(argv, '--cpu') ?? flag(argv, '-c') ?? 0);
  const bytes = parseSize(flag(argv, '--vm-bytes') ?? '256M');
  const timeout = flag(argv, '--timeout') ?? flag(argv, '-t');
  yield { op: 'log', stream: 'stdout', text: `stress: info: [1] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd` };
  for (let i = 0; i < vm; i++) yield* allocate(bytes);
  if (timeout) {
    const seconds = Number(timeout.replace(/s$/, ''));
    yield* sleep(seconds * 1000);
    yield { op: 'log', stream: 'stdout', text: `stress: info: [1] successful run completed in ${seconds}s` };
    return 0;
  }
  return yield* forever();
}

/** vish/stress: `-mem-total 150Mi -mem-alloc-size 10Mi -mem-alloc-sleep 1s` or `-cpus 2`. */
function* vishStressMain(ctx: ProcessContext, argv: readonly string[]): Gen<number> {
  const total = flag(argv, '-mem-total');
  const klog = (line: number, text: string): Gen<void> => logKlog(ctx, line, text);
  if (total) {
    const size = flag(argv, '-mem-alloc-size') ?? '4Ki';
    const pause = flag(argv, '-mem-alloc-sleep') ?? '1ms';
    yield* klog(26, `Allocating "${total}" memory, in "${size}" chunks, with a ${pause} sleep between allocations`);
    const chunk = parseSize(size) || 4096;
    const ms = pause.endsWith('ms') ? Number(pause.slice(0, -2)) : Number(pause.replace(/s$/, '')) * 1000;
    for (let done = 0; done < parseSize(total); done += chunk) {
      yield* allocate(chunk);
      yield* sleep(ms);
    }
    yield* klog(39, `Allocated "${total}" memory`);
  }
  const cpus = flag(argv, '-cpus');
  if (cpus) yield* klog(62, `Spawning a thread to consume CPU`);
  return yield* forever();
}

function* logKlog(ctx: ProcessContext, line: number, text: string): Gen<void> {
  yield { op: 'log', stream: 'stderr', text: `I${klogTime(nowOf(ctx))}       1 main.go:${line}] ${text}` };
}

export function stressBehaviour(argv: readonly string[], vish: boolean): Behaviour {
  return {
    start: program((ctx) => (vish ? vishStressMain(ctx, argv) : stressMain(ctx, argv))),
    onSigterm: () => (vish ? { action: 'exit', afterMs: 0, code: 2 } : { action: 'ignore' }),
  };
}
