// Which of the nine steps the current story has been through. A story is the latest
// command that sent numbered messages, together with the commands just before it that
// did earlier steps (docker build → docker push → kubectl apply is one story: 1 … 9).
import type { TraceEvent } from '../../engine';

/** Steps of the messages before `before` (a seq): those after it have not been shown yet. */
export function stepsSeen(trace: readonly TraceEvent[], commandTimes: readonly number[], before = Infinity): Set<number> {
  const starts = [...commandTimes].sort((a, b) => a - b);
  const perCommand = starts.map(() => new Set<number>());
  let c = 0;
  for (const e of trace) {
    if (e.seq >= before) break;
    if (e.step === undefined) continue;
    while (c + 1 < starts.length && e.t >= starts[c + 1]!) c++;
    if (starts.length && e.t >= starts[0]!) perCommand[c]!.add(e.step);
  }
  const seen = new Set<number>();
  for (let i = perCommand.length - 1; i >= 0; i--) {
    const steps = perCommand[i]!;
    if (steps.size === 0) continue;
    if (seen.size > 0 && Math.max(...steps) >= Math.min(...seen)) break;
    for (const s of steps) seen.add(s);
  }
  return seen;
}
