// Pod Lab in the browser. index.html paints a terminal of plain HTML before any script runs;
// this entry is small, so that it runs at once: it keeps the lines entered in that terminal
// and loads the app (Svelte, the header, the terminal), which takes the terminal over.
// Evaluating and mounting the app holds the page for a moment on a slow laptop, so it waits
// for a pause in typing, as the engine does — counting from now, when the terminal has just
// appeared and the learner may start typing; a line entered with Enter needs it at once.
import { bootLinesWaiting, holdBootLines } from './lib/bootTerminal';
import { noteTyping, pauseInTyping } from './lib/quiet';

const TYPING_PAUSE_MS = 300;

performance.mark('podlab:script');
holdBootLines();
noteTyping();
void pauseInTyping(TYPING_PAUSE_MS, bootLinesWaiting).then(() => import('./app'));
