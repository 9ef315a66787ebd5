// The processes the learner's shell starts on the laptop: their PIDs, the kubectl process a
// line talks to, launching a program for a line (kubectl, docker, a node's shell, curl,
// ping), and stopping and continuing them as SIGTSTP/SIGTTOU and SIGCONT do.
import type { AnyActorRef } from 'xstate';
import { machineCommand } from './machines';
import type { Running } from './running';
import type { ProgramEvent, SessionHost } from './session';
import type { ShellEffect } from './shell';

/** The learner's bash is not PID 1: the first processes it forks get numbers like these. */
const FIRST_PID = 2361;

export class LaptopProcesses {
  private nextPid = FIRST_PID;

  constructor(
    private readonly host: SessionHost,
    /** Every line still running, by job id. */
    private readonly live: ReadonlyMap<string, Running>,
    /** What a program tells the terminal, when it is the session that answers for it (a command the node cannot run). */
    private readonly fromProgram: (e: ProgramEvent) => void,
  ) {}

  /** The next PID, for a process the shell forks. */
  pid(): number {
    return this.nextPid++;
  }

  /** The kubectl process a foreground line talks to: `kubectl`, unless a job stopped by Ctrl-Z holds it; then one of its own. */
  freeKubectl(): string {
    for (const r of this.live.values()) if (r.bg && r.kubectl === 'kubectl') return `kubectl#${this.pid()}`;
    return 'kubectl';
  }

  /** The kubectl process at `address`, if it has been started. */
  kubectl(address: string): AnyActorRef | undefined {
    return this.host.actor(address) as AnyActorRef | undefined;
  }

  /** SIGTSTP or SIGTTOU: the job's process does nothing until continued; what reaches it meanwhile is held. */
  stop(job: Running): void {
    job.continued ??= [];
    if (job.external?.program === 'kubectl') this.kubectl(job.kubectl)?.send({ type: 'kubectl.stop' });
  }

  /** SIGCONT: the job's process runs again, and handles what it held in order. */
  cont(job: Running): void {
    if (job.job.done) return;
    const held = job.continued ?? [];
    job.continued = undefined;
    if (job.external?.program === 'kubectl') this.kubectl(job.kubectl)?.send({ type: 'kubectl.cont' });
    for (const go of held) go();
  }

  /** Do it now, or once the stopped job is continued. */
  whenRunning(r: Running, go: () => void): void {
    if (r.continued) r.continued.push(go);
    else go();
  }

  /** Start the program a line runs: its output and exit come back as program events for the line's job. */
  execute(r: Running, e: Extract<ShellEffect, { op: 'exec' }>, contextNamespace: string | undefined): void {
    const job = r.job.id;
    const pid = r.bg && e.program === 'kubectl' ? r.bg.pid : this.pid();
    r.pid = pid;
    if (e.program === 'node-shell' || e.program === 'curl' || e.program === 'ping') {
      const target = machineCommand(e.program, e.argv, this.host.scenario);
      if ('error' in target) {
        this.host.clock.after(0, () => {
          this.fromProgram({ job, kind: 'output', stream: target.code === 0 ? 'stdout' : 'stderr', text: target.error });
          this.fromProgram({ job, kind: 'exit', code: target.code });
        });
      } else this.host.actor(target.address).send({ type: 'node.exec', job, argv: target.argv });
      return;
    }
    if (e.program === 'docker') {
      this.host.actor('laptop').send({ type: 'docker.exec', job, argv: e.argv, ...(e.stdin !== undefined ? { stdin: e.stdin } : {}) });
      return;
    }
    const env = {
      argv: e.argv,
      ...(e.stdin !== undefined ? { stdin: e.stdin } : {}),
      files: this.host.laptopFiles(),
      now: () => this.host.epoch + this.host.clock.now(),
      namespace: contextNamespace ?? 'default',
      ...(contextNamespace !== undefined ? { contextNamespace } : {}),
      server: this.host.apiServerURL(),
      pid,
      environ: e.environ,
    };
    if (r.kubectl !== 'kubectl') this.host.kubectlProcess(r.kubectl);
    this.host.actor(r.kubectl).send({ type: 'kubectl.exec', job, env });
  }
}
