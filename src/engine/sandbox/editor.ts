import type { EditorCommand } from '../kubectl/program';

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
