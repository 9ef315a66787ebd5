// The laptop's second box on the stage is named for the program that last used the
// laptop's side of the lab: `docker` building and pushing images, `curl` and `ping`
// sending packets (to a NodePort, a port-forward, kubectl proxy). The trace names all of
// them `laptop`; the learner typed one of them.

/** The programs whose messages leave from or arrive at the laptop box. */
const LAPTOP_PROGRAMS = new Set(['docker', 'curl', 'ping']);
/** Before any of them has run: the nine steps start with `docker build`. */
export const FIRST_LAPTOP_PROGRAM = 'docker';

/** The commands of a line, as the shell would start them: `A=1 curl … | head -3 && docker ps` → curl, head, docker. */
function programsOf(line: string): string[] {
  return line
    .split(/\|\||&&|[|;&]/)
    .map((part) => part.trim().split(/\s+/).find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) ?? '')
    .filter((word) => word !== '');
}

/** The laptop's programs as the commands started them: a command typed at a container's shell runs in the Pod, not here. */
export function laptopRuns(commands: readonly { t: number; command: string; typed?: true }[]): { t: number; program: string }[] {
  const runs: { t: number; program: string }[] = [];
  for (const c of commands) {
    if (c.typed) continue;
    for (const p of programsOf(c.command)) if (LAPTOP_PROGRAMS.has(p)) runs.push({ t: c.t, program: p });
  }
  return runs;
}

/** The laptop program last started at or before `t` (virtual ms). */
export function laptopProgram(t: number, runs: readonly { t: number; program: string }[]): string {
  let program = FIRST_LAPTOP_PROGRAM;
  let at = -Infinity;
  for (const r of runs) if (r.t <= t && r.t >= at) [program, at] = [r.program, r.t];
  return program;
}
