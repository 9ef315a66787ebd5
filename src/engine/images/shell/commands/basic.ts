/**
 * Small utilities found in every image: `sleep`, `date`, `hostname`, `env`, `printenv`,
 * `id`, `uname`, `seq`, `kill`. Time comes from the virtual clock.
 */
import { dateCommandTime, strftime } from '../../clock';
import { killProcess, nowOf, sleep as sleepEffect, type Gen } from '../../effects';
import type { CommandIO } from '../registry';

/** The node kernel a kubeadm cluster on Ubuntu 24.04 reports. */
export const KERNEL_RELEASE = '6.8.0-88-generic';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `sleep 30`, `sleep 0.5`, `sleep 1m`, `sleep infinity`: one long sleep effect. */
export function* sleep(io: CommandIO): Gen<number> {
  const args = io.argv.slice(1);
  if (!args.length) {
    io.err(io.busybox ? 'sleep: missing operand\n' : "sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let seconds = 0;
  for (const a of args) {
    if (/^inf(inity)?$/i.test(a)) seconds = Infinity;
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m && seconds !== Infinity) {
      io.err(io.busybox ? `sleep: invalid number '${a}'\n` : `sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    if (m) seconds += Number(m[1]) * (UNITS[m[2] ?? ''] ?? 1);
  }
  if (seconds === Infinity) {
    for (;;) yield* sleepEffect(86_400_000);
  }
  yield* sleepEffect(Math.round(seconds * 1000));
  return 0;
}

export function date(io: CommandIO): number {
  const format = io.argv.slice(1).find((a) => a.startsWith('+'));
  const t = nowOf(io.ctx);
  io.out(`${format ? strftime(format.slice(1), t) : dateCommandTime(t)}\n`);
  return 0;
}

export function hostname(io: CommandIO): number {
  const flag = io.argv[1];
  io.out(`${flag === '-i' ? (io.ctx.podIP ?? '') : io.ctx.hostname}\n`);
  return 0;
}

export function env(io: CommandIO): number {
  for (const [k, v] of Object.entries(io.env)) io.out(`${k}=${v}\n`);
  return 0;
}

/** `printenv A B`: each value on its own line; exit 1 when any is unset. */
export function printenv(io: CommandIO): number {
  const names = io.argv.slice(1);
  if (!names.length) return env(io);
  let status = 0;
  for (const n of names) {
    const v = io.env[n];
    if (v === undefined) status = 1;
    else io.out(`${v}\n`);
  }
  return status;
}

function userOf(io: CommandIO): string {
  return io.ctx.image.config.user || 'root';
}

export function id(io: CommandIO): number {
  const user = userOf(io);
  if (user === 'root' || user === '0') {
    io.out(io.busybox ? 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n' : 'uid=0(root) gid=0(root) groups=0(root)\n');
  } else {
    const uid = /^\d+$/.test(user) ? user : '100';
    const name = /^\d+$/.test(user) ? user : `${user}`;
    io.out(`uid=${uid}(${name}) gid=${uid}(${name}) groups=${uid}(${name})\n`);
  }
  return 0;
}

export function whoami(io: CommandIO): number {
  io.out(`${userOf(io) === '0' ? 'root' : userOf(io)}\n`);
  return 0;
}

export function uname(io: CommandIO): number {
  const flags = io.argv.slice(1).join('');
  if (flags.includes('a')) {
    io.out(`Linux ${io.ctx.hostname} ${KERNEL_RELEASE} #89-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 01:02:46 UTC 2025 x86_64 GNU/Linux\n`);
  } else if (flags.includes('r')) io.out(`${KERNEL_RELEASE}\n`);
  else if (flags.includes('m')) io.out('x86_64\n');
  else io.out('Linux\n');
  return 0;
}

export function pwd(io: CommandIO): number {
  io.out(`${io.cwd}\n`);
  return 0;
}

export function seq(io: CommandIO): number {
  const nums = io.argv.slice(1).map(Number);
  const [first, incr, last] = nums.length === 1 ? [1, 1, nums[0] ?? 1] : nums.length === 2 ? [nums[0] ?? 1, 1, nums[1] ?? 1] : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
  for (let i = first; incr > 0 ? i <= last : i >= last; i += incr) io.out(`${i}\n`);
  return 0;
}

export function trueCmd(): number {
  return 0;
}

export function falseCmd(): number {
  return 1;
}

export function basename(io: CommandIO): number {
  const p = (io.argv[1] ?? '').replace(/\/+$/, '');
  io.out(`${p.slice(p.lastIndexOf('/') + 1) || '/'}\n`);
  return 0;
}

export function dirname(io: CommandIO): number {
  const p = (io.argv[1] ?? '').replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  io.out(`${i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i)}\n`);
  return 0;
}

function signalArg(args: string[]): [string, string[]] {
  const first = args[0] ?? '';
  if (first.startsWith('-') && first !== '--') {
    const s = first.slice(1).replace(/^s$/, '');
    const rest = first === '-s' ? args.slice(2) : args.slice(1);
    const sig = first === '-s' ? (args[1] ?? 'TERM') : s;
    const numbers: Record<string, string> = { '0': '0', '1': 'SIGHUP', '2': 'SIGINT', '3': 'SIGQUIT', '9': 'SIGKILL', '15': 'SIGTERM' };
    return [numbers[sig] ?? (sig.startsWith('SIG') ? sig : `SIG${sig.toUpperCase()}`), rest];
  }
  return ['SIGTERM', args];
}

/** `kill [-SIG] PID…`: the process is named `pid:N` for the runtime. */
export function* kill(io: CommandIO): Gen<number> {
  const [signal, pids] = signalArg(io.argv.slice(1));
  let status = 0;
  for (const pid of pids) {
    if (!(yield* killProcess(`pid:${pid}`, signal))) {
      io.err(io.busybox ? `kill: can't kill pid ${pid}: No such process\n` : `kill: (${pid}) - No such process\n`);
      status = 1;
    }
  }
  return status;
}

/** `killall [-SIG] NAME` (busybox); `killall -0 nginx` asks whether nginx still runs. */
export function* killall(io: CommandIO): Gen<number> {
  const [signal, names] = signalArg(io.argv.slice(1));
  let status = 0;
  for (const name of names) {
    if (!(yield* killProcess(name, signal))) {
      if (signal !== '0') io.err(`killall: ${name}: no process killed\n`);
      status = 1;
    }
  }
  return status;
}
