// Writes to the stage's SVG that skip what is already there. Setting an attribute or a text
// even to the value it has restyles the element, and new text is laid out again (shaped):
// with a hundred pods a redraw that rewrites every label costs frames; one that touches
// only the pods whose STATUS changed does not.

interface Written extends Element {
  __w?: Record<string, string>;
}

/** Set `name` on `el` unless it already holds `value`. */
export function setAttr(el: Element, name: string, value: string | number): void {
  const w = ((el as Written).__w ??= {});
  const v = String(value);
  if (w[name] === v) return;
  w[name] = v;
  el.setAttribute(name, v);
}

/** Set an element's text unless it already reads `value`. */
export function setText(el: Element, value: string): void {
  const w = ((el as Written).__w ??= {});
  if (w['#text'] === value) return;
  w['#text'] = value;
  el.textContent = value;
}

/** Add or remove a class unless it is already so. */
export function setClass(el: Element, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
