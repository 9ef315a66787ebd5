// The YAML editor, loaded with a dynamic import so CodeMirror is not part of the first
// page load. It underlines the problems the engine finds (hover shows the message).
import { EditorView, basicSetup } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import type { Problem } from '../lib/diagnostics';

export interface EditorOptions {
  doc: string;
  label: string;
  onChange: (text: string) => void;
  problems: (text: string) => Problem[];
  /** Ctrl/Cmd-S. */
  onSave: () => void;
}

export interface EditorHandle {
  setDoc(text: string, label: string): void;
  relint(): void;
  focus(): void;
  destroy(): void;
}

/** A problem at line:column → the span to underline: the word there, or the rest of the line. */
export function span(doc: Text, p: Problem): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
  const from = Math.min(line.to, line.from + Math.max(0, p.column - 1));
  const rest = doc.sliceString(from, line.to);
  const word = /^[^\s:]+/.exec(rest)?.[0].length ?? 0;
  const to = word > 0 ? from + word : line.to > from ? line.to : Math.min(doc.length, from + 1);
  return { from, to: Math.max(to, from) };
}

function extensions(opts: EditorOptions, label: string) {
  return [
    basicSetup,
    yaml(),
    lintGutter(),
    linter((view) => opts.problems(view.state.doc.toString()).map((p): Diagnostic => ({ ...span(view.state.doc, p), severity: 'error', message: p.message })), { delay: 250 }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) opts.onChange(u.state.doc.toString());
    }),
    EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    EditorView.domEventHandlers({
      keydown: (e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 's') {
          e.preventDefault();
          opts.onSave();
          return true;
        }
        return false;
      },
    }),
    EditorView.theme({ '&': { height: '100%', fontSize: '13px' }, '.cm-scroller': { fontFamily: 'var(--mono)' } }),
  ];
}

export function createEditor(parent: HTMLElement, opts: EditorOptions): EditorHandle {
  const view = new EditorView({ parent, state: EditorState.create({ doc: opts.doc, extensions: extensions(opts, opts.label) }) });
  return {
    setDoc(text, label) {
      view.setState(EditorState.create({ doc: text, extensions: extensions(opts, label) }));
    },
    relint() {
      forceLinting(view);
    },
    focus() {
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
