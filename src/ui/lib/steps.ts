// Which of the nine steps the current story has been through. A story is the latest
// command that sent numbered messages, together with the commands just before it that
// did earlier steps (docker build → docker push → kubectl apply is one story: 1 … 9).
// A story that starts at kubectl, with an image already in the registry, had its steps 1
// and 2 done before it: they are shown as such, never as done by it.
import type { TraceEvent } from '../../engine';
import { shortImage } from '../../viz/stage/layout';

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

/**
 * The image this story fetched from the registry when it ran no docker build or push:
 * steps 1 and 2 then happened before it (someone built and pushed the image earlier, as
 * lesson 2 does), not in it. Undefined when the story built or pushed, or has not yet got
 * an answer from the registry for its image (a pull that failed never counts).
 */
export function imageFromRegistry(trace: readonly TraceEvent[], seen: ReadonlySet<number>, before = Infinity): string | undefined {
  if (seen.has(1) || seen.has(2) || !seen.has(8)) return undefined;
  for (let i = trace.length - 1; i >= 0; i--) {
    const e = trace[i]!;
    if (e.seq >= before || e.step !== 8 || e.kind !== 'manifest.get.response') continue;
    const ref = e.detail?.ref;
    return e.detail?.code === 200 && typeof ref === 'string' ? shortImage(ref) : undefined;
  }
  return undefined;
}
