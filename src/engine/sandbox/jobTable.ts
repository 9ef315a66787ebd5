// Bash's job table for the learner's shell: what `cmd &` starts, what `jobs` lists, which
// job `%1`, `%%`, `%-`, `%kubectl` or a PID names, and the lines bash prints when a job
// starts (`[1] 2364`), is listed (`[1]+  Running                 … &`), has stopped, is
// continued by bg (`[1]+ … &`), or has ended and is reported before the next prompt
// (`[1]+  Done …`, `Exit 1`, `Terminated`).
import type { Output } from './builtins';

export type JobStatus = 'Running' | 'Stopped' | 'Done' | 'Exit' | 'Terminated' | 'Killed' | 'Interrupt';

export interface BackgroundJob {
  /** The job number bash gives it: one more than the highest still in the table. */
  number: number;
  pid: number;
  /** The command as typed, without its `&`. */
  command: string;
  status: JobStatus;
  code?: number;
  /** A stopped job is reported once (before a prompt, or by `jobs`) and stays in the table. */
  notified?: boolean;
  /** How a stopped job stopped, and the how-manieth stop that was: the job stopped last is the current one. */
  stop?: { signal: StopSignal; seq: number };
}

/** The signals that stop a job (Linux x86 numbers): Ctrl-Z's SIGTSTP, SIGTTOU for a background job that sets the terminal. */
export const SIGTSTP = 20;
export const SIGTTOU = 22;
export type StopSignal = typeof SIGTSTP | typeof SIGTTOU;

/** bash's LONGEST_SIGNAL_DESC: the status column is this wide. */
const STATUS_WIDTH = 24;

/** A status as the jobs table words it: `Exit 1`, `Terminated`, … */
function statusText(job: BackgroundJob): string {
  return job.status === 'Exit' ? `Exit ${job.code ?? 1}` : job.status;
}

/**
 * The current job (`%+`) and the previous one (`%-`), as bash's reset_current picks them:
 * the stopped jobs first, the one that stopped last first, then the newest of the others.
 */
function currentAndPrevious(jobs: readonly BackgroundJob[]): (BackgroundJob | undefined)[] {
  const newest = [...jobs].reverse();
  const stopped = newest.filter((j) => j.status === 'Stopped').sort((a, b) => (b.stop?.seq ?? 0) - (a.stop?.seq ?? 0));
  return [...stopped, ...newest.filter((j) => j.status !== 'Stopped')].slice(0, 2);
}

/** `+` for the current job, `-` for the previous one, else a space. */
function mark(jobs: readonly BackgroundJob[], job: BackgroundJob): string {
  const [current, previous] = currentAndPrevious(jobs);
  if (current === job) return '+';
  return previous === job ? '-' : ' ';
}

/** One line of `jobs`, or of the report bash prints when a job has ended. */
export function jobLine(jobs: readonly BackgroundJob[], job: BackgroundJob): string {
  const running = job.status === 'Running';
  return `[${job.number}]${mark(jobs, job)}  ${statusText(job).padEnd(STATUS_WIDTH)}${job.command}${running ? ' &' : ''}\n`;
}

/** What bg prints for a job it continues (start_job): `[1]+ cmd &`, the mark as it was while the job was stopped. */
export function bgLine(jobs: readonly BackgroundJob[], job: BackgroundJob): string {
  const m = mark(jobs, job);
  return `[${job.number}]${m === ' ' ? ' ' : m + ' '}${job.command} &\n`;
}

/** What bash prints before its prompt when a job has stopped (after a blank line) or ended. */
export function notice(jobs: readonly BackgroundJob[], job: BackgroundJob): string {
  return (job.status === 'Stopped' ? '\n' : '') + jobLine(jobs, job);
}

/** The status `$?` or `wait` gives for a job: its exit code, or 128 + the signal that ended or stopped it. */
export function exitStatus(job: BackgroundJob): number {
  if (job.status === 'Done') return 0;
  if (job.status === 'Exit') return job.code ?? 1;
  if (job.status === 'Stopped') return 128 + (job.stop?.signal ?? SIGTTOU);
  return 128 + signalNumber(job.status);
}

/** The number of the signal that ends a job with this status. */
export function signalNumber(status: JobStatus): number {
  return SIGNAL_NUMBERS[status] ?? 15;
}

const SIGNAL_NUMBERS: Partial<Record<JobStatus, number>> = { Terminated: 15, Killed: 9, Interrupt: 2 };

/** The job number a new job gets. */
export function nextJobNumber(jobs: readonly BackgroundJob[]): number {
  return jobs.reduce((n, j) => Math.max(n, j.number), 0) + 1;
}

/**
 * The job a jobspec names: `%N`, `%%`/`%+` (current), `%-` (previous), `%name` (the job whose
 * command starts with name), or, for kill, a PID. An error text as bash words it otherwise.
 */
export function findJob(jobs: readonly BackgroundJob[], spec: string | undefined, builtin: string): BackgroundJob | string {
  const [current, previous] = currentAndPrevious(jobs);
  if (spec === undefined || spec === '%%' || spec === '%+' || spec === '%') return current ?? `bash: ${builtin}: ${spec ?? 'current'}: no such job\n`;
  if (spec === '%-') return previous ?? current ?? `bash: ${builtin}: %-: no such job\n`;
  const m = /^%(\d+)$/.exec(spec);
  if (m) return jobs.find((j) => j.number === Number(m[1])) ?? `bash: ${builtin}: ${spec}: no such job\n`;
  if (spec.startsWith('%')) return jobs.find((j) => j.command.startsWith(spec.slice(1))) ?? `bash: ${builtin}: ${spec}: no such job\n`;
  if (/^\d+$/.test(spec)) return jobs.find((j) => j.pid === Number(spec)) ?? `bash: ${builtin}: (${spec}) - No such process\n`;
  return `bash: ${builtin}: ${spec}: arguments must be process or job IDs\n`;
}

/**
 * The job fg or bg names, as bash's get_job_spec reads it: the `%` is optional, so `1` is
 * job 1 and `sleep` the job whose command starts with sleep (never a PID).
 */
export function findJobSpec(jobs: readonly BackgroundJob[], spec: string | undefined, builtin: 'fg' | 'bg'): BackgroundJob | string {
  if (spec === undefined || spec.startsWith('%')) return findJob(jobs, spec, builtin);
  const word = spec === '' || spec === '+' ? '%%' : spec === '-' ? '%-' : `%${spec}`;
  const found = findJob(jobs, word, builtin);
  return typeof found === 'string' ? `bash: ${builtin}: ${spec}: no such job\n` : found;
}

/** The signals `kill` is given by name or number, and what the jobs table says of a job they end. */
const SIGNALS: Record<string, JobStatus> = { TERM: 'Terminated', '15': 'Terminated', KILL: 'Killed', '9': 'Killed', INT: 'Interrupt', '2': 'Interrupt' };

const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

/** `kill [-SIG] %N|PID…`: the jobs to end and how, or bash's complaint. */
export function killTargets(jobs: readonly BackgroundJob[], argv: string[]): { targets: BackgroundJob[]; status: JobStatus; out: Output } {
  let args = argv.slice(1);
  let status: JobStatus = 'Terminated';
  const sig = args[0]?.startsWith('-') ? args[0].slice(1).replace(/^SIG/, '') : undefined;
  if (sig !== undefined) {
    const known = SIGNALS[sig.toUpperCase()];
    if (!known) return { targets: [], status, out: { stdout: '', stderr: `bash: kill: ${sig}: invalid signal specification\n`, code: 1 } };
    status = known;
    args = args.slice(1);
  }
  if (args.length === 0) return { targets: [], status, out: { stdout: '', stderr: KILL_USAGE, code: 2 } };
  const targets: BackgroundJob[] = [];
  let stderr = '';
  for (const a of args) {
    const found = findJob(jobs, a, 'kill');
    if (typeof found === 'string') stderr += found;
    else targets.push(found);
  }
  return { targets, status, out: { stdout: '', stderr, code: stderr ? 1 : 0 } };
}
