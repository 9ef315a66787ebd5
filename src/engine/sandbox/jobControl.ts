// Bash's job control over the session's jobs: the builtins `jobs`, `kill`, `fg`, `bg` and
// `wait`, the jobs Ctrl-Z stops, the lines bash prints before a prompt for the jobs that
// stopped or ended since, and the foreground line that waits (fg, wait) until its job ends or
// stops.
import type { Output } from './builtins';
import {
  bgLine,
  exitStatus,
  findJob,
  findJobSpec,
  jobLine,
  killTargets,
  nextJobNumber,
  notice,
  SIGTSTP,
  SIGTTOU,
  type BackgroundJob,
  type JobStatus,
  type StopSignal,
} from './jobTable';
import { WAIT, type Running } from './running';

/** What job control asks of the shell session around it. */
export interface JobShell {
  /** Write to the terminal, as the foreground line `r` does. */
  write(r: Running, text: string): void;
  /** Go on with a line that waited (fg, wait), with the builtin's answer. */
  resume(r: Running, out: Output): void;
  /** A signal ends a job: its kubectl stops as on Ctrl-C, and the job finishes with 128 + N. */
  signal(job: Running, status: JobStatus): void;
  /** SIGTSTP or SIGTTOU has stopped the job's process: it does nothing until continued. */
  stop(job: Running): void;
  /** SIGCONT: the job's process runs again, on the clock as a signal is delivered. */
  cont(job: Running): void;
}

/** What a foreground line waits for: the job `fg` brought back, or what `wait` was given. */
type Awaited = { fg: Running } | { all: true } | { one: BackgroundJob } | { any: BackgroundJob[] };

const answer = (code: number, stderr = ''): Output => ({ stdout: '', stderr, code });

export class JobControl {
  /** The job table, oldest first; a finished job stays until bash has reported it. */
  private jobs: Running[] = [];
  /** bash's bgpids: the exit statuses of jobs already reported, for `wait PID`. */
  private readonly saved = new Map<number, number>();
  /** The foreground line waiting in `fg` or `wait`, for what, and the complaints to print when it goes on. */
  private waiter: { line: Running; for: Awaited; stderr: string } | undefined;
  /** How many times a job has stopped: the one that stopped last is the current job. */
  private stops = 0;

  constructor(private readonly shell: JobShell) {}

  /** `LIST &`: the job takes its line in the table, with the next job number. */
  add(job: Running, pid: number, command: string): BackgroundJob {
    job.bg = { number: nextJobNumber(this.table()), pid, command, status: 'Running' };
    this.jobs.push(job);
    return job.bg;
  }

  /** The line the terminal shows a job in: a foreground line itself, or the `fg` that brought a background job back; none for a job in the background. */
  terminalOf(r: Running): Running | undefined {
    if (!r.bg) return r;
    const w = this.waiter;
    return w && 'fg' in w.for && w.for.fg === r ? w.line : undefined;
  }

  /** `jobs`, `kill [-SIG] %N|PID…`, `fg [%N]`, `bg [%N…]`, and one step of `wait` (see shell.ts). */
  builtin(r: Running, argv: string[]): Output | typeof WAIT {
    if (argv[0] === 'jobs') return this.list();
    // A background job is a subshell without job control.
    if ((argv[0] === 'fg' || argv[0] === 'bg') && r.bg) return answer(1, `bash: ${argv[0]}: no job control\n`);
    if (argv[0] === 'bg') return this.bg(argv.slice(1));
    if (argv[0] === 'kill') {
      const { targets, status, out } = killTargets(this.table(), argv);
      for (const t of targets) this.shell.signal(this.jobs.find((b) => b.bg === t)!, status);
      return out;
    }
    if (argv[0] === 'fg') return this.fg(r, argv[1]);
    if (argv[1] === '-n') return this.waitAny(r, argv.slice(2));
    return argv[1] === undefined ? this.waitAll(r) : this.waitOne(r, argv[1]);
  }

  /** A background job has ended (a stopped one too, killed): the table says how, and a line waiting for it goes on. */
  ended(job: Running, code: number): void {
    const bg = job.bg!;
    bg.notified = false;
    if (bg.status === 'Running') {
      bg.status = code === 0 ? 'Done' : 'Exit';
      bg.code = code;
    }
    this.changed(job);
  }

  /** SIGTTOU: a background job that touched the terminal stops, reported before the next prompt; `fg` continues it with `cont`. */
  stopped(job: Running, cont: () => void): void {
    if (job.bg!.status !== 'Stopped') {
      this.stop(job, SIGTTOU);
      job.bg!.notified = false;
      this.changed(job);
    }
    job.continued?.push(cont);
  }

  /**
   * Ctrl-Z (SIGTSTP): the foreground job stops, in the table again (or new to it) as the
   * current job. bash says so at once: the terminal's `^Z`, then the job's line.
   */
  suspended(job: Running): string {
    this.stop(job, SIGTSTP);
    job.bg!.notified = true;
    if (!this.jobs.includes(job)) this.jobs = [...this.jobs, job].sort((a, b) => a.bg!.number - b.bg!.number);
    return '^Z' + notice(this.table(), job.bg!);
  }

  /** Ctrl-Z on a line waiting in fg or wait: the job fg brought back, which SIGTSTP stops (the wait is over), or `wait` (bash ignores SIGTSTP itself). */
  suspendedIn(line: Running): Running | 'wait' | undefined {
    const w = this.waiter;
    if (w?.line !== line) return undefined;
    if (!('fg' in w.for)) return 'wait';
    this.waiter = undefined;
    return w.for.fg;
  }

  private stop(job: Running, signal: StopSignal): void {
    job.bg!.status = 'Stopped';
    job.bg!.stop = { signal, seq: ++this.stops };
    this.shell.stop(job);
  }

  /** Ctrl-C on a line waiting in `fg` or `wait`: the wait ends; the job `fg` brought back is the one the SIGINT reaches. */
  interrupted(line: Running): Running | undefined {
    const w = this.waiter;
    if (w?.line !== line) return undefined;
    this.waiter = undefined;
    return 'fg' in w.for ? w.for.fg : undefined;
  }

  /** Before its prompt bash says which jobs have stopped or ended since, and forgets the ended ones. */
  report(): string {
    const table = this.table();
    const text = table.filter((b) => b.status !== 'Running' && !b.notified).map((b) => notice(table, b)).join('');
    this.forgetEnded();
    return text;
  }

  private table(): BackgroundJob[] {
    return this.jobs.map((b) => b.bg!);
  }

  /** Ended jobs leave the table once reported, their status kept for `wait PID`; stopped ones stay, reported. */
  private forgetEnded(): void {
    for (const { bg } of this.jobs) {
      if (bg!.status === 'Stopped') bg!.notified = true;
      else if (bg!.status !== 'Running') this.saved.set(bg!.pid, exitStatus(bg!));
    }
    this.jobs = this.jobs.filter((b) => b.bg!.status === 'Running' || b.bg!.status === 'Stopped');
  }

  private list(): Output {
    const table = this.table();
    const stdout = table.map((b) => jobLine(table, b)).join('');
    this.forgetEnded();
    return { stdout, stderr: '', code: 0 };
  }

  /** `fg`: the job leaves the table and the line waits for it, a stopped job continued (SIGCONT). A job that has ended is only reported. */
  private fg(r: Running, spec: string | undefined): Output | typeof WAIT {
    const found = findJobSpec(this.table(), spec, 'fg');
    if (typeof found === 'string') return answer(1, found);
    if (found.status !== 'Running' && found.status !== 'Stopped') return answer(1, 'bash: fg: job has terminated\n');
    const job = this.jobs.find((b) => b.bg === found)!;
    this.jobs = this.jobs.filter((b) => b !== job);
    this.shell.write(r, found.command + '\n');
    this.waiter = { line: r, for: { fg: job }, stderr: '' };
    if (found.status === 'Stopped') this.cont(job);
    return WAIT;
  }

  /** `bg [%N…]`: each stopped job continued (SIGCONT) in the background, as bash's start_job words it: `[1]+ cmd &`. */
  private bg(args: string[]): Output {
    if (args[0] === '--') args = args.slice(1);
    else if (args[0] !== undefined && /^-./.test(args[0])) return answer(2, `bash: bg: ${args[0]}: invalid option\nbg: usage: bg [job_spec ...]\n`);
    let stdout = '';
    let stderr = '';
    for (const spec of args.length > 0 ? args : [undefined]) {
      const found = findJobSpec(this.table(), spec, 'bg');
      if (typeof found === 'string') stderr += found;
      else if (found.status === 'Running') stderr += `bash: bg: job ${found.number} already in background\n`;
      else if (found.status !== 'Stopped') stderr += 'bash: bg: job has terminated\n';
      else {
        stdout += bgLine(this.table(), found);
        this.cont(this.jobs.find((b) => b.bg === found)!);
      }
    }
    return { stdout, stderr, code: stderr ? 1 : 0 };
  }

  /** SIGCONT: the job runs again, and what befell it while stopped goes on as the signal arrives. */
  private cont(job: Running): void {
    job.bg!.status = 'Running';
    job.bg!.stop = undefined;
    this.shell.cont(job);
  }

  /** `wait`: every running job, then status 0; bash warns of each stopped one, and forgets the statuses it kept. */
  private waitAll(r: Running): Output | typeof WAIT {
    this.saved.clear();
    const stderr = this.table()
      .filter((b) => b.status === 'Stopped')
      .map(stoppedWarning)
      .join('');
    return this.waitFor(r, { all: true }, stderr);
  }

  /** `wait ID`: that job's status, or the one kept for a reported PID; an unknown PID is not the shell's child. */
  private waitOne(r: Running, id: string): Output | typeof WAIT {
    if (/^\d+$/.test(id)) {
      const job = this.table().find((j) => j.pid === Number(id));
      const kept = this.saved.get(Number(id));
      if (job) return this.waitJob(r, job);
      return kept !== undefined ? answer(kept) : answer(127, `bash: wait: pid ${id} is not a child of this shell\n`);
    }
    const found = this.jobSpec(id);
    return 'number' in found ? this.waitJob(r, found) : found;
  }

  /** A job stopped already is not waited for: bash warns, and gives the stop's status. */
  private waitJob(r: Running, job: BackgroundJob): Output | typeof WAIT {
    if (job.status === 'Stopped') return answer(exitStatus(job), `bash: warning: wait_for_job: job ${job.number} is stopped\n`);
    return this.waitFor(r, { one: job }, '');
  }

  /** `wait -n [ID…]`: the next of those jobs (or of all) still running to end; 127 if none is. */
  private waitAny(r: Running, ids: string[]): Output | typeof WAIT {
    let stderr = '';
    const named: BackgroundJob[] = [];
    for (const id of ids) {
      const found = /^\d+$/.test(id) ? (this.table().find((j) => j.pid === Number(id)) ?? answer(127, `bash: wait: ${id}: no such job\n`)) : this.jobSpec(id);
      if ('number' in found) named.push(found);
      else stderr += found.stderr;
    }
    const running = (ids.length > 0 ? named : this.table()).filter((j) => j.status === 'Running');
    if (running.length === 0) return answer(127, stderr);
    return this.waitFor(r, { any: running }, stderr);
  }

  /** A `%…` jobspec's job, or bash's complaint about the argument. */
  private jobSpec(id: string): BackgroundJob | Output {
    if (!id.startsWith('%')) return answer(1, `bash: wait: \`${id}': not a pid or valid job spec\n`);
    const found = findJob(this.table(), id, 'wait');
    return typeof found === 'string' ? answer(127, found) : found;
  }

  /** The answer now, if what the line waits for has happened already; else the line waits. */
  private waitFor(r: Running, awaited: Awaited, stderr: string): Output | typeof WAIT {
    const now = this.outcome(awaited, undefined);
    if (now) return { ...now, stderr: stderr + now.stderr };
    this.waiter = { line: r, for: awaited, stderr };
    return WAIT;
  }

  /** A job has ended or stopped: the line waiting in fg or wait goes on if that was what it waited for. */
  private changed(job: Running): void {
    const w = this.waiter;
    // `wait` goes on past a job that stops meanwhile, warning of it as of the others.
    if (w && 'all' in w.for && job.bg!.status === 'Stopped') w.stderr += stoppedWarning(job.bg!);
    const out = w && this.outcome(w.for, job.bg);
    if (!w || !out) return;
    this.waiter = undefined;
    this.shell.resume(w.line, { ...out, stderr: w.stderr + out.stderr });
  }

  /** What the wait answers once it is over (`changed`: the job that has just ended or stopped), or undefined while it goes on. */
  private outcome(awaited: Awaited, changed: BackgroundJob | undefined): Output | undefined {
    if ('fg' in awaited) return changed && changed === awaited.fg.bg && changed.status !== 'Stopped' ? answer(exitStatus(changed)) : undefined;
    if ('all' in awaited) return this.table().some((j) => j.status === 'Running') ? undefined : answer(0);
    if ('one' in awaited) return awaited.one.status === 'Running' ? undefined : answer(exitStatus(awaited.one));
    if (changed && awaited.any.includes(changed) && changed.status !== 'Stopped') return answer(exitStatus(changed));
    return awaited.any.some((j) => j.status === 'Running') ? undefined : answer(127);
  }
}

/** What `wait` says of a stopped job it does not wait for. */
function stoppedWarning(job: BackgroundJob): string {
  return `bash: wait: warning: job ${job.number}[${job.pid}] stopped\n`;
}
