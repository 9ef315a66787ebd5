// The text of `kubectl edit`'s temp file and what kubectl reads back from it
// (kubectl/pkg/cmd/util/editor: editoptions.go, editor.go; cmd/util's StripComments).
import { parseDocument } from 'yaml';
import type { ApiStatus } from '../../api/objects';
import { groupOf, type ResourceInfo } from '../../api/resources';
import { canonicalJson } from '../applyPatch';
import type { EditorCommand } from '../program';

/** Why the file is opened again: a head line and, for an invalid object, its causes. */
export interface EditReason {
  head: string;
  other: string[];
}

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** editHeader.writeTo: the header, then each reason as comments, its causes as `# * …`. */
export function headerText(reasons: readonly EditReason[]): string {
  let out = HEADER;
  for (const r of reasons) {
    out += `# ${hashOnLineBreak(r.head)}${r.other.length > 0 ? ':' : ''}\n`;
    for (const o of r.other) out += `# * ${hashOnLineBreak(o)}\n`;
    out += '#\n';
  }
  return out;
}

/** A message's later lines become comments too (a '#' after each line break not already followed by one). */
function hashOnLineBreak(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s[i] === '\n' && i + 1 < s.length && s[i + 1] !== '#' ? '\n# ' : s[i];
  return out;
}

/** ManualStrip: the file without its comment lines (a `#!` line stays). */
export function manualStrip(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t.startsWith('#') && !t.startsWith('#!')) return;
    kept.push(line + (i < lines.length - 1 ? '\n' : ''));
  });
  return kept.join('');
}

/**
 * StripComments: the file as JSON (yaml.ToJSON, which sorts keys as Go's encoder does), so
 * comments, spacing and key order do not count as changes; the comment-less text when it
 * is not YAML.
 */
export function stripComments(text: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return manualStrip(text);
  return canonicalJson(doc.toJSON() ?? null);
}

/** hasLines: is there a line that is neither blank nor a comment? */
export function hasLines(text: string): boolean {
  return text.split('\n').some((l) => {
    const t = l.trim();
    return t.length > 0 && t[0] !== '#';
  });
}

/**
 * defaultEnvEditor: $KUBE_EDITOR, else $EDITOR, else `vi`. One word is run as it is; words
 * without quotes or backslashes are split on spaces; anything else goes to `$SHELL -c`.
 */
export function editorCommand(environ: Readonly<Record<string, string>>): EditorCommand {
  const editor = environ.KUBE_EDITOR || environ.EDITOR || 'vi';
  if (!editor.includes(' ')) return { args: [editor], shell: false };
  if (!/["'\\]/.test(editor)) return { args: editor.split(' '), shell: false };
  return { args: [environ.SHELL || '/bin/bash', '-c', editor], shell: true };
}

/** Editor.Launch's errors, as kubectl's error line prints them. */
export function launchError(editor: EditorCommand, error: 'not-found' | 'failed'): string {
  const words = editor.args.join(' ');
  return error === 'not-found' ? `error: unable to launch the editor ${JSON.stringify(words)}` : `error: there was a problem with the editor ${JSON.stringify(words)}`;
}

/** How editResults.addError words an object: the resource, with its group (`deployments.apps`). */
export function resourceString(resource: ResourceInfo): string {
  const group = groupOf(resource);
  return group ? `${resource.resource}.${group}` : resource.resource;
}

/** What a failed PATCH adds to the results: the error line, and a reason to reopen the file for an invalid object. */
export function patchError(status: ApiStatus, resource: ResourceInfo, name: string): { line: string; kind: 'invalid' | 'notfound' | 'retryable'; reason?: EditReason } {
  const what = `${resourceString(resource)} ${JSON.stringify(name)}`;
  if (status.reason === 'Invalid') {
    const other = (status.details?.causes ?? []).map((c) => `${c.field ?? ''}: ${c.message ?? ''}`);
    return { line: `error: ${what} is invalid`, kind: 'invalid', reason: { head: `${what} was not valid`, other } };
  }
  if (status.reason === 'NotFound') return { line: `error: ${what} could not be found on the server`, kind: 'notfound' };
  return { line: `error: ${what} could not be patched: ${status.message}`, kind: 'retryable' };
}
