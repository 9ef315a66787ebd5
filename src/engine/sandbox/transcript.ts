import { parseScriptRaw } from '../shell';
import type { Sandbox } from './sandbox';

/**
 * Run a script the way a teacher would type it, one command at a time, and return the
 * terminal transcript: `$ command` then what it printed (comments are left out, as a
 * terminal never echoes them).
 */
export function runTranscript(sb: Sandbox, script: string): { transcript: string; exitCode: number } {
  const parsed = parseScriptRaw(script);
  const sources = parsed.ok ? parsed.script.source : parsed.partial.source;
  let transcript = '';
  let exitCode = 0;
  for (const source of sources) {
    const r = sb.run(source);
    // A line typed into a program's prompt is echoed in its output, after that prompt.
    transcript += r.typed ? stripClear(r.output) : `$ ${source.replace(/\n/g, '\n> ')}\n${stripClear(r.output)}`;
    exitCode = r.exitCode;
  }
  if (!parsed.ok) {
    transcript += `${parsed.error}\n`;
    exitCode = 2;
  }
  return { transcript, exitCode };
}

/** `clear` prints the terminal's clear-screen sequence; a transcript has no screen to clear. */
const CLEAR = '\u001b[H\u001b[2J';

function stripClear(text: string): string {
  return text.split(CLEAR).join('');
}
