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

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The <text class="cls"> child of `parent`, reading `value`, set at (x, y): there only
 * while it has something to say. An empty <text> is still styled and laid out, and a crowd
 * of small pods has hundreds of them.
 */
export function optionalText(parent: Element, cls: string, before: Element | null, value: string, x: number, y: number): void {
  let el: Element | undefined;
  for (const c of parent.children) if (c.classList.contains(cls)) el = c;
  if (value === '') {
    el?.remove();
    return;
  }
  if (!el) {
    el = document.createElementNS(SVG_NS, 'text');
    el.setAttribute('class', cls);
    parent.insertBefore(el, before);
  }
  setAttr(el, 'x', x);
  setAttr(el, 'y', y);
  setText(el, value);
}

/** The <rect class="cls"> child of `parent` covering `box`, there only while there is a box. */
export function optionalRect(parent: Element, cls: string, before: Element | null, box: { x: number; y: number; w: number; h: number } | undefined): void {
  let el: Element | undefined;
  for (const c of parent.children) if (c.classList.contains(cls)) el = c;
  if (!box) {
    el?.remove();
    return;
  }
  if (!el) {
    el = document.createElementNS(SVG_NS, 'rect');
    el.setAttribute('class', cls);
    el.setAttribute('rx', '3');
    parent.insertBefore(el, before);
  }
  setAttr(el, 'x', box.x);
  setAttr(el, 'y', box.y);
  setAttr(el, 'width', box.w);
  setAttr(el, 'height', box.h);
}
