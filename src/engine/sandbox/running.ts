import type { BackgroundJob } from './jobTable';
import type { Job } from './jobs';
import type { ShellProgram } from './shell';

/** A shell line the session runs (foreground, background job, or an editor kubectl edit started): its job and where it stands. */
export interface Running {
  job: Job;
  program: ShellProgram;
  /** The pipeline the line runs now (bash's unit of job control), and its text. */
  pipe?: { program: ShellProgram; command: string };
  external?: { capture: boolean; stderr: 'terminal' | 'drop' | 'merge'; stdout: string };
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
  /** Set for a stopped background job: what it does when `fg` continues it. */
  continued?: () => void;
}

/** The answer to a shell effect that makes the line wait (a sleep, a program, fg, wait). */
export const WAIT = Symbol('wait');
