import type { BackgroundJob } from './jobTable';
import type { Job } from './jobs';
import type { ShellEffect, ShellProgram } from './shell';

/** A shell line the session runs (foreground, background job, or an editor kubectl edit started): its job and where it stands. */
export interface Running {
  job: Job;
  program: ShellProgram;
  /** The pipeline the line runs now (bash's unit of job control): Ctrl-Z makes it a job of its own. */
  pipe?: { program: ShellProgram; command: string };
  /** The program it waits for (kubectl, docker, …), and where that program's output goes. */
  external?: { program: Extract<ShellEffect, { op: 'exec' }>['program']; capture: boolean; stderr: 'terminal' | 'drop' | 'merge'; stdout: string };
  /** Set while it waits for `sleep`, a process as well: Ctrl-Z stops it. */
  sleeping?: boolean;
  /** The PID of the process its pipeline started last. */
  pid?: number;
  onOutput?: (text: string) => void;
  /** The kubectl process its kubectl commands talk to: `kubectl` in the foreground, `kubectl#PID` for a background job. */
  kubectl: string;
  /** Set for a background job: its line in the job table. */
  bg?: BackgroundJob;
  /** The editor `kubectl edit` started for this line, while it runs. */
  editor?: Running;
  /** The file `kubectl edit` has open in its editor. */
  editPath?: string;
  /** Set for an editor's own shell line: the kubectl line it edits for. */
  editorFor?: Running;
  /**
   * Set while the job is stopped (Ctrl-Z's SIGTSTP, SIGTTOU): what reached or befell it
   * meanwhile — a program's output, its exit, a sleep's end, the terminal it waited for —
   * done in order once SIGCONT (fg, bg) lets it run again.
   */
  continued?: (() => void)[];
}

/** The answer to a shell effect that makes the line wait (a sleep, a program, fg, wait). */
export const WAIT = Symbol('wait');
