// The statechart's arrow labels: in the learner's words (en and zh) for every arrow of the
// machines the kubelet runs, and placed so that none covers another or a state.
import { describe, expect, it } from 'vitest';
import { containerWorkerMachine, podWorkerMachine } from '../../src/engine';
import { lookup, type Locale } from '../../src/ui/i18n/translate';
import { labelWidth, type LabelBox } from '../../src/viz/statechart/labels';
import { layoutChart, type ChartEdge, type StateNodeLike } from '../../src/viz/statechart/layout';
import { chartLabels } from '../../src/viz/statechart/render';

const machines = { pod: podWorkerMachine, container: containerWorkerMachine };
const key = (machine: string, e: ChartEdge) => `chart.${machine}.${e.from || '*'}.${e.to}`;

function intersect(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('statechart labels', () => {
  for (const [machine, m] of Object.entries(machines)) {
    const layout = layoutChart(m.root as unknown as StateNodeLike);

    it(`names every ${machine} worker arrow for a learner, in English and Chinese`, () => {
      for (const e of [...layout.edges, ...layout.global])
        for (const locale of ['en', 'zh'] as Locale[]) {
          const text = lookup(locale, key(machine, e));
          expect(text, `${locale} ${key(machine, e)}`).toBeTruthy();
          // Words, not the machine's event or guard names.
          expect(text).not.toMatch(/^[a-z]+[A-Z]\w*$|^(cw|pw)\./);
        }
      expect(lookup('en', 'chart.container.pulling.creating')).toBe('image pulled');
      expect(lookup('en', 'chart.container.crashLoop.checkingImage')).toContain('back-off over');
    });

    for (const locale of ['en', 'zh'] as Locale[])
      it(`places the ${machine} worker's labels (${locale}) clear of the states and of each other, whichever state is current`, () => {
        const describe = (e: ChartEdge) => lookup(locale, key(machine, e)) ?? e.label;
        for (const current of layout.states.map((s) => s.id)) {
          const { drawn, below } = chartLabels(layout, current, describe);
          expect(below, current).toBe(0);
          const labels = drawn.flatMap((d) => (d.placed ? [d.placed] : []));
          expect(labels.length, current).toBe(drawn.filter((d) => d.hot).length);
          for (const l of labels) {
            expect(l.w).toBeGreaterThanOrEqual(labelWidth(l.text));
            expect(l.x >= 0 && l.y >= 0 && l.x + l.w <= layout.width && l.y + l.h <= layout.height, `${current}: ${l.text}`).toBe(true);
            for (const s of layout.states) expect(intersect(l, s), `${current}: "${l.text}" over ${s.id}`).toBe(false);
            for (const o of labels) if (o !== l) expect(intersect(l, o), `${current}: "${l.text}" over "${o.text}"`).toBe(false);
          }
        }
      });
  }
});
