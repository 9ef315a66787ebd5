// Keyboard shortcuts of the page. They act only when the focus is not somewhere that needs
// the key itself (the terminal, the editor, a button's Space, a slider's arrows).

export type ShortcutAction = 'toggle' | 'forward' | 'back' | 'slower' | 'faster' | 'help';

const KEYS: Record<string, ShortcutAction> = {
  ' ': 'toggle',
  ArrowRight: 'forward',
  ArrowLeft: 'back',
  '[': 'slower',
  ']': 'faster',
  '?': 'help',
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
  // `?` is not typed into a button or a tab, so it may open the help from there too.
  if (action === 'help' && el && !el.closest('input, textarea, [contenteditable="true"], .cm-editor')) return action;
  return ownsKeys(el) ? undefined : action;
}
