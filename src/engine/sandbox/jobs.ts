/** One command line the learner ran, and what it has printed so far. */
export interface Job {
  id: string;
  command: string;
  startedAt: number;
  /** stdout and stderr interleaved, as a terminal shows them. */
  output: string;
  done: boolean;
  exitCode?: number;
  /** Set while the program waits for a line typed at this prompt (a shell in a container). */
  prompt?: string;
  /** Set while `kubectl edit` waits for the editor pane to close this file (a laptop path). */
  editing?: string;
  /** Underlines for the editor: errors that point into a file. */
  diagnostics: { source: string; line: number; column: number; message: string }[];
}

export interface RunResult {
  output: string;
  exitCode: number;
  /** The line went to a program waiting for input, not to the shell. */
  typed?: boolean;
  /** The program now waits for the next line (its prompt ends the output). */
  reading?: boolean;
  /** `kubectl edit` waits for the editor pane to close this file. */
  editing?: string;
}

/** A command in the sandbox's history: when it started, so a replay can start it at the same moment. */
export interface LoggedCommand {
  t: number;
  command: string;
  /** A line typed at a program's prompt (a shell in a container), not a command of the laptop's shell. */
  typed?: true;
}

/** Everything the learner did, for time travel: commands, Ctrl-C, Ctrl-Z, and files saved from the editor. */
export type LoggedAction =
  | LoggedCommand
  | { t: number; interrupt: true }
  | { t: number; suspend: true }
  | { t: number; write: { path: string; text: string } }
  /** The editor pane closed the file `kubectl edit` waits for (Save & close, Cancel). */
  | { t: number; closeEditor: true };
