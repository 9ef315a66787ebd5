// The engine's first evaluation and the cluster's first boot each hold the page for a
// moment (a few hundred ms on a slow laptop). Started while the learner types, they would
// freeze the echo of the keys, so they wait for a pause in typing; a command already sent
// (Enter) needs the cluster, and goes at once.
let lastKey = -Infinity;
if (typeof document !== 'undefined') document.addEventListener('keydown', () => noteTyping(), true);

/** The learner is typing, or about to (the caret was just put in the terminal). */
export function noteTyping(): void {
  lastKey = performance.now();
}

export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 0);
}

/** Resolve once the browser is idle and no key was pressed for `quietMs`, or `urgent()` says go. */
export function pauseInTyping(quietMs: number, urgent: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const since = performance.now() - lastKey;
      if (urgent() || since >= quietMs) resolve();
      else setTimeout(() => whenIdle(check), Math.min(quietMs - since, 50));
    };
    whenIdle(check);
  });
}
