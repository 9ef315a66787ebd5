// What the stage lets the learner do: select a pod, node or component with the mouse or
// the keyboard, so the inspector can say why it is as it is.
import type { Selection } from 'd3';

export type StageTarget = { kind: 'pod'; id: string } | { kind: 'node'; id: string } | { kind: 'component'; id: string };

export interface StageOptions {
  /** ms for moves and fades; 0 under prefers-reduced-motion. */
  duration: number;
  selected?: StageTarget;
  /** The size of the box the svg is drawn in (the token layer scales like the svg's viewBox). */
  viewport?: { width: number; height: number };
  onSelect?: (target: StageTarget) => void;
}

/**
 * Mark elements as selectable: a button for assistive technology, with what to select in
 * `data-target`. One listener on the svg (see `selectOn`) handles clicks and keys for all.
 */
export function selectable<E extends SVGElement, D>(sel: Selection<E, D, SVGGElement, unknown>, target: (d: D) => StageTarget, label: (d: D) => string): void {
  sel
    .attr('role', 'button')
    .attr('aria-label', label)
    .attr('data-target', (d) => {
      const t = target(d);
      return `${t.kind}:${t.id}`;
    });
}

function targetOf(e: Event): StageTarget | undefined {
  const el = (e.target as Element | null)?.closest('[data-target]');
  const v = el?.getAttribute('data-target');
  if (!v) return undefined;
  const i = v.indexOf(':');
  return { kind: v.slice(0, i) as StageTarget['kind'], id: v.slice(i + 1) };
}

/** Click, Enter or Space on a selectable element selects it, as on a button. */
export function selectOn(svgEl: SVGSVGElement, onSelect: () => ((t: StageTarget) => void) | undefined): void {
  svgEl.addEventListener('click', (e) => {
    const t = targetOf(e);
    if (t) onSelect()?.(t);
  });
  svgEl.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const t = targetOf(e);
    if (!t) return;
    e.preventDefault();
    onSelect()?.(t);
  });
}

/** True (and remembered) when an element's data changed since it was last drawn. */
export function changed(el: Element, sig: string): boolean {
  const x = el as Element & { __sig?: string };
  if (x.__sig === sig) return false;
  x.__sig = sig;
  return true;
}

/**
 * The stage is one stop in the Tab order (roving tabindex): Tab enters at the selected
 * (or last focused) thing, arrow keys move between pods, nodes and components.
 */
export function rove(svgEl: SVGSVGElement): void {
  const items = [...svgEl.querySelectorAll<SVGElement>('[role="button"]')];
  const focused = items.find((el) => el === document.activeElement);
  const active = focused ?? items.find((el) => el.classList.contains('selected')) ?? items.find((el) => el.dataset.rove === '1') ?? items[0];
  for (const el of items) {
    const want = el === active ? '0' : '-1';
    // Only touch what changes: setting an attribute, even to its value, costs a restyle.
    if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
    if (el === active && el.dataset.rove !== '1') el.dataset.rove = '1';
    else if (el !== active && el.dataset.rove !== undefined) delete el.dataset.rove;
  }
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function roveKeys(svgEl: SVGSVGElement): (e: KeyboardEvent) => void {
  return (e) => {
    const items = [...svgEl.querySelectorAll<SVGElement>('[role="button"]')];
    const i = items.indexOf(e.target as SVGElement);
    if (i < 0) return;
    const step = STEP[e.key];
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : step !== undefined ? (i + step + items.length) % items.length : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const el = items[next]!;
    for (const x of items) x.setAttribute('tabindex', x === el ? '0' : '-1');
    el.focus();
  };
}
