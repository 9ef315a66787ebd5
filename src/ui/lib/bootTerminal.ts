// The terminal index.html paints before any script has run (`#boot`): it takes keys while
// the app loads. This entry-side half keeps the lines entered there (Enter) and shows them
// as the app shows type-ahead; the app's Terminal takes the rest over when it mounts, in
// the same task, so there is only ever one terminal input on the page.
import { noteTyping } from './quiet';
import { PROMPT } from './terminal';

/** What the learner left in the boot terminal, for the app's terminal to carry on with. */
export interface BootTerminal {
  /** The line being typed, with its caret or selection. */
  value: string;
  selectionStart: number;
  selectionEnd: number;
  /** Whether the caret was in it: the app's terminal takes the focus over. */
  focused: boolean;
  /** Lines entered with Enter before the app could run them, oldest first. */
  lines: string[];
}

const entered: string[] = [];

function boot(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.getElementById('boot');
}

/** Keep each line entered in the boot terminal (with the prompt, dimmed, as queued). */
export function holdBootLines(): void {
  const shell = boot();
  const input = shell?.querySelector('input');
  const log = shell?.querySelector('.log');
  if (!input || !log) return;
  input.addEventListener('focus', noteTyping);
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    entered.push(input.value);
    const echo = document.createElement('span');
    echo.textContent = PROMPT + input.value;
    log.append(echo);
    input.value = '';
  });
}

/** Lines were entered that wait for the app (and the cluster). */
export function bootLinesWaiting(): boolean {
  return entered.length > 0;
}

/** Take the boot terminal off the page and return what was typed in it (once). */
export function takeBootTerminal(): BootTerminal | undefined {
  const shell = boot();
  const input = shell?.querySelector('input');
  if (!shell || !input) return undefined;
  const taken: BootTerminal = {
    value: input.value,
    selectionStart: input.selectionStart ?? input.value.length,
    selectionEnd: input.selectionEnd ?? input.value.length,
    focused: document.activeElement === input,
    lines: entered.splice(0),
  };
  shell.remove();
  return taken;
}
