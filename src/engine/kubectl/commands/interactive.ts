// Pod Lab's terminal runs one command line at a time: it cannot yet hand the learner's
// keyboard to a shell inside a container (`kubectl exec -it web -- sh`,
// `kubectl run -it tmp --image=busybox`). Such a command is refused before it changes
// anything, with the form that does work: the command to run, after `--`.

/** Shells a terminal would talk to. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'zsh', 'dash']);

/** A lone shell (or no command at all: the image's own, a shell for busybox or alpine) waits for typed input. */
export function interactiveShell(command: readonly string[]): boolean {
  if (command.length === 0) return true;
  return command.length === 1 && SHELLS.has(command[0]!.split('/').pop() ?? '');
}

/** The refusal, with an example of the form that works. */
export function noKeyboard(example: string): string {
  return `error: Pod Lab cannot connect your keyboard to a shell in a container yet; name the command to run after --, e.g. ${example}`;
}
