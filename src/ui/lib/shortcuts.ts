// Keyboard shortcuts of the page. They act only when the focus is not somewhere that needs
// the key itself (the terminal, the editor, a button's Space, a slider's arrows). Escape in
// the terminal hands the focus to the stage, where they act (see Terminal.svelte).

export type ShortcutAction = 'toggle' | 'forward' | 'back' | 'slower' | 'faster' | 'help' | 'present';

const KEYS: Record<string, ShortcutAction> = {
  ' ': 'toggle',
  ArrowRight: 'forward',
  ArrowLeft: 'back',
  '[': 'slower',
  ']': 'faster',
  '?': 'help',
  f: 'present',
  F: 'present',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** True when the element takes typed keys (or Space/arrows) itself. */
export function ownsKeys(el: Element | null): boolean {
  if (!el) return false;
  if (el.closest('input, textarea, select, button, a[href], [contenteditable="true"], .cm-editor, [role="button"], [role="tab"], dialog')) return true;
  return false;
}

export function shortcutFor(e: KeyLike): ShortcutAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const action = KEYS[e.key];
  if (!action) return undefined;
  const el = e.target instanceof Element ? e.target : null;
  // `?` and `f` are not typed into a button or a tab, so they act from there too.
  // (A select keeps them: it jumps to the option they start.)
  if ((action === 'help' || action === 'present') && el && !el.closest('input, textarea, select, [contenteditable="true"], .cm-editor')) return action;
  return ownsKeys(el) ? undefined : action;
}
