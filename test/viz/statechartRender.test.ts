// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { containerWorkerMachine } from '../../src/engine';
import { layoutChart, type StateNodeLike } from '../../src/viz/statechart/layout';
import { renderChart } from '../../src/viz/statechart/render';

describe('statechart render', () => {
  it('keeps the labels of the arrows out of the current state apart, however many fan out', () => {
    const layout = layoutChart(containerWorkerMachine.root as unknown as StateNodeLike);
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(el);
    for (const current of layout.states.map((s) => s.id)) {
      renderChart(el, layout, { current, sub: undefined, markerId: 'm', anyState: 'from any state' });
      const labels = [...el.querySelectorAll('g.edge text')]
        .filter((t) => t.textContent !== '')
        .map((t) => {
          const x = Number(t.getAttribute('x'));
          const half = (t.textContent!.length * 5.5) / 2;
          return { text: t.textContent!, x1: x - half, x2: x + half, y: Number(t.getAttribute('y')) };
        });
      for (const a of labels)
        for (const b of labels) {
          if (a === b) continue;
          const overlap = a.x1 < b.x2 && b.x1 < a.x2 && Math.abs(a.y - b.y) < 10;
          expect(overlap, `${current}: "${a.text}" and "${b.text}"`).toBe(false);
        }
    }
  });
});
