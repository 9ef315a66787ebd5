// @vitest-environment happy-dom
import { describe as group, expect, it, vi } from 'vitest';
import { layout } from '../../src/viz/stage/layout';
import { createStage } from '../../src/viz/stage/render';
import { describe, nineSteps } from './fixtures';

const run = nineSteps();

function svg(): SVGSVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(el);
  return el;
}

function stageOf(el: SVGSVGElement, overlay = document.createElement('div')) {
  return { stage: createStage(el, overlay), overlay };
}

group('stage render', () => {
  it('joins pods by uid: the pending pod keeps its element when it is bound and runs', () => {
    const el = svg();
    const { stage } = stageOf(el);
    stage.update(layout(run.pending, { width: 1000, height: 600 }, describe), { duration: 0 });
    const before = [...el.querySelectorAll('g.pod:not(.system)')];
    expect(before).toHaveLength(1);
    expect(before[0]!.textContent).toContain('0/1 Pending');
    stage.update(layout(run.after, { width: 1000, height: 600 }, describe), { duration: 0 });
    const after = [...el.querySelectorAll('g.pod:not(.system)')];
    expect(after[0]).toBe(before[0]);
    expect(after[0]!.getAttribute('class')).toContain('tone-ok');
    expect(after[0]!.textContent).toContain('✓ 1/1 Running');
    expect(after[0]!.getAttribute('aria-label')).toBe('pod kubia-manual, 1/1 ready, status Running, IP 10.244.2.2');
  });

  it('a redraw leaves the text of pods whose STATUS did not change as it was (no relayout)', () => {
    const el = svg();
    const { stage } = stageOf(el);
    stage.update(layout(run.after, { width: 1000, height: 600 }, describe), { duration: 0 });
    const status = el.querySelector('g.pod:not(.system) .pod-status')!;
    const text = status.firstChild;
    stage.update(layout(run.after, { width: 1000, height: 600 }, describe), { duration: 0 });
    expect(status.firstChild).toBe(text);
    stage.update(layout(run.pending, { width: 1000, height: 600 }, describe), { duration: 0 });
    expect(status.textContent).toContain('0/1 Pending');
  });

  it('cuts the names in the laptop and registry frames to fit a narrow stage', () => {
    const el = svg();
    const { stage } = stageOf(el);
    const snap = { ...run.after, laptop: { ...run.after.laptop, files: ['kubia-wrongport-service.yaml', ...run.after.laptop.files] } };
    const l = layout(snap, { width: 560, height: 500 }, describe);
    stage.update(l, { duration: 0 });
    const lines = [...el.querySelectorAll('text.frame-line')].map((t) => ({ text: t.textContent ?? '', frame: l.frames.find((f) => f.x + 10 === Number(t.getAttribute('x')))! }));
    expect(lines.some((t) => t.text.startsWith('kubia-wrong') && t.text.endsWith('…'))).toBe(true);
    expect(lines.some((t) => t.frame.id === 'registryFrame' && t.text.startsWith('curlimages') && t.text.endsWith('…'))).toBe(true);
    // 10px monospace is 6 px a character: every line stays inside its frame.
    for (const t of lines) expect(10 + t.text.length * 6).toBeLessThanOrEqual(t.frame.w);
    const labels = [...el.querySelectorAll('text.frame-label')].map((t) => t.textContent ?? '');
    expect(labels).toContain('laptop');
    expect(labels.some((t) => t.startsWith('image reg'))).toBe(true);
  });

  it('draws a crowd on the canvas, with no token elements', () => {
    const { stage, overlay } = stageOf(svg());
    const l = layout(run.after, { width: 1000, height: 600 }, describe);
    stage.update(l, { duration: 0 });
    const token = { key: 7, from: 'scheduler', to: 'apiServer', kind: 'binding.create', step: 5, progress: 0.5, light: false, current: true, labelled: true };
    // A token on the virtual clock is put in place by each call: the next frame must call again.
    expect(stage.tokens([token], l)).toBe(true);
    expect(overlay.querySelectorAll('div.token')).toHaveLength(1);
    // Without a worker (here) the page paints the crowd itself, every frame.
    expect(stage.tokens([token, { ...token, key: 8 }], l, true)).toBe(true);
    expect(overlay.querySelectorAll('div.token')).toHaveLength(0);
  });

  it('says that tokens gliding on real time need no call until they change', () => {
    // jsdom has no Web Animations; in a browser the compositor glides these tokens.
    const animate = vi.fn(() => ({ cancel() {} }) as unknown as Animation);
    HTMLElement.prototype.animate = animate;
    const { stage } = stageOf(svg());
    const l = layout(run.after, { width: 1000, height: 600 }, describe);
    stage.update(l, { duration: 0 });
    const token = { key: 7, from: 'scheduler', to: 'apiServer', kind: 'binding.create', step: 5, progress: 0, light: false, current: true, labelled: true, motion: { start: 0, duration: 700 } };
    try {
      expect(stage.tokens([token], l)).toBe(false);
      expect(animate).toHaveBeenCalled();
      const { motion: _, ...onTheClock } = token;
      expect(stage.tokens([token, { ...onTheClock, key: 8 }], l)).toBe(true);
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).animate;
    }
  });

  it('draws a numbered token on the edge between the two components', () => {
    const { stage, overlay } = stageOf(svg());
    const l = layout(run.after, { width: 1000, height: 600 }, describe);
    stage.update(l, { duration: 0 });
    stage.tokens([{ key: 7, from: 'scheduler', to: 'apiServer', kind: 'binding.create', step: 5, progress: 0.5, light: false, current: true, labelled: true }], l);
    const token = overlay.querySelector<HTMLElement>('div.token')!;
    expect(token.querySelector('.num')!.textContent).toBe('5');
    expect(token.querySelector('.kind')!.textContent).toBe('binding.create');
    const cx = Number(/translate\(([\d.]+)px,/.exec(token.style.transform)?.[1]);
    const api = l.components.find((c) => c.id === 'apiServer')!;
    const sched = l.components.find((c) => c.id === 'scheduler')!;
    expect(cx).toBeGreaterThan(Math.min(api.x, sched.x));
    expect(cx).toBeLessThan(Math.max(api.x + api.w, sched.x + sched.w));
  });
});
