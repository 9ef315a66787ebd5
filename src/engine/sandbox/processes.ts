// The processes the learner's shell starts on the laptop: their PIDs, and launching a program
// for a line (kubectl, docker, a node's shell, curl, ping).
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
    /** What a program tells the terminal, when it is the session that answers for it (a command the node cannot run). */
    private readonly fromProgram: (e: ProgramEvent) => void,
  ) {}

  /** The next PID, for a process the shell forks. */
  pid(): number {
    return this.nextPid++;
  }

  /** Start the program a line runs: its output and exit come back as program events for the line's job. */
  execute(r: Running, e: Extract<ShellEffect, { op: 'exec' }>, contextNamespace: string | undefined): void {
    const job = r.job.id;
    const pid = r.bg && e.program === 'kubectl' ? r.bg.pid : this.pid();
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
