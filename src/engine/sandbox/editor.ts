// The editor `kubectl edit` runs on its temporary file: in the page, kubectl's default
// editor (`vi`) is the editor pane; otherwise $KUBE_EDITOR or $EDITOR names a command line
// the laptop's shell runs, its output on the terminal, as editor.Launch runs it.
import type { EditorCommand, EditorResult } from '../kubectl/program';
import type { Running } from './running';
import type { SessionHost } from './session';
import { isCommand } from './shell';

/** What the editor asks of the shell session that runs kubectl edit. */
export interface EditorShell {
  /** A line the shell runs as a child process of its own for `editorFor`: a copy of its variables, a PID of its own. */
  child(line: string, editorFor: Running): Running;
  /** Run a child line until it waits or ends. */
  run(r: Running): void;
  /** A child line ended without the shell running it to its end. */
  forget(r: Running): void;
  /** The line the terminal shows `r` in; none while `r` is a job in the background. */
  terminalOf(r: Running): Running | undefined;
  /** SIGTTOU: `r`, a background job, stops until `fg` brings it back and `cont` goes on. */
  suspend(r: Running, cont: () => void): void;
}

/**
 * The editors of the session's kubectl edit commands, at most one per command line. A
 * kubectl edit in the background stops (SIGTTOU) where it needs the terminal: the pane (vi)
 * at once, any other editor once it has run, when kubectl gives the terminal back (its
 * term.Safe restores the terminal's state); `fg` continues it there.
 */
export class KubectlEditor {
  /** The kubectl edit line whose file the editor pane shows. */
  private pane: Running | undefined;

  constructor(
    private readonly host: SessionHost,
    private readonly shell: EditorShell,
  ) {}

  /**
   * `kubectl edit` runs its editor on `path`. In the page, kubectl's default editor (`vi`)
   * is the editor pane: the line waits, `editing` set, until closePane(). Any other editor
   * is a command line run on the laptop with the file's path last (`KUBE_EDITOR="sed -i …"`),
   * its output on the terminal; a program the laptop does not have cannot be launched.
   */
  open(r: Running, editor: EditorCommand, path: string): void {
    r.editPath = path;
    if (this.host.editorPane && !editor.shell && editor.args.length === 1 && editor.args[0] === 'vi') {
      this.inTerminal(r, (shown) => {
        this.pane = r;
        shown.job.editing = path;
      });
      return;
    }
    if (!editor.shell && !isCommand(editor.args[0] ?? '')) return this.answer(r, () => ({ ok: false, error: 'not-found' }));
    const ed = this.shell.child(editorLine(editor, path), r);
    r.editor = ed;
    // On the clock, as any program the shell starts: an editor that keeps changing a file
    // kubectl keeps reopening loops in virtual time, not in one call.
    this.host.clock.after(0, () => this.shell.run(ed));
  }

  /** Ctrl-C or a signal: the editor goes with the kubectl that started it, and tells it nothing. */
  drop(r: Running): void {
    if (this.pane === r) this.pane = undefined;
    const ed = r.editor;
    if (!ed) return;
    r.editor = undefined;
    ed.job.done = true;
    ed.job.exitCode = 130;
    this.shell.forget(ed);
  }

  /** The editor pane's Save & close or Cancel on the file `line` shows: kubectl reads the file as it is now. */
  closePane(line: Running | undefined): boolean {
    const r = this.pane;
    if (!r || !line || line.job.done || line.job.editing === undefined) return false;
    this.host.record({ t: this.host.clock.now(), closeEditor: true });
    this.pane = undefined;
    line.job.editing = undefined;
    this.closed(r, true);
    return true;
  }

  /** The editor has exited: kubectl goes on with the file's text, or with the editor's failure. */
  closed(r: Running, ok: boolean): void {
    r.editor = undefined;
    if (r.job.done) return;
    this.answer(r, () => (ok ? { ok: true, text: this.host.laptopFiles().get(r.editPath ?? '') ?? '' } : { ok: false, error: 'failed' }));
  }

  /** kubectl goes on with what the editor did once it has the terminal back, and reads the file then. */
  private answer(r: Running, result: () => EditorResult): void {
    this.inTerminal(r, () => this.host.actor(r.kubectl).send({ type: 'kubectl.edited', result: result() }));
  }

  /** Do what needs the terminal now, or, for a job in the background, once `fg` has continued it. */
  private inTerminal(r: Running, go: (shown: Running) => void): void {
    const shown = this.shell.terminalOf(r);
    if (shown) return go(shown);
    this.shell.suspend(r, () => go(this.shell.terminalOf(r) ?? r));
  }
}

/**
 * The command line kubectl's editor.Launch runs, as the laptop's shell would: the editor's
 * words and the file's path last, or, for an editor handed to `/bin/bash -c`, the editor
 * string with the path appended as Go's %q writes it.
 */
export function editorLine(editor: EditorCommand, path: string): string {
  if (editor.shell) return `${editor.args[editor.args.length - 1] ?? ''} ${JSON.stringify(path)}`;
  return [...editor.args, path].map(singleQuoted).join(' ');
}

function singleQuoted(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
