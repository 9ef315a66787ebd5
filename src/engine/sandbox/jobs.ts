/** One command line the learner ran, and what it has printed so far. */
export interface Job {
  id: string;
  command: string;
  startedAt: number;
  /** stdout and stderr interleaved, as a terminal shows them. */
  output: string;
  done: boolean;
  exitCode?: number;
  /** Underlines for the editor: errors that point into a file. */
  diagnostics: { source: string; line: number; column: number; message: string }[];
}

export interface RunResult {
  output: string;
  exitCode: number;
}

/** A command in the sandbox's history: when it started, so a replay can start it at the same moment. */
export interface LoggedCommand {
  t: number;
  command: string;
}

/** Everything the learner did, for time travel: commands, Ctrl-C, and files saved from the editor. */
export type LoggedAction = LoggedCommand | { t: number; interrupt: true } | { t: number; write: { path: string; text: string } };
