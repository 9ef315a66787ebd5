// A message's name beside its flying token stays off the components' names: in the middle of
// the nine steps' flights it covers far fewer than where it used to go, none along a row of
// parts, and it never leaves the stage.
import { describe as group, expect, it } from 'vitest';
import { layout } from '../../src/viz/stage/layout';
import { edge } from '../../src/viz/stage/geometry';
import { TOKEN_LABEL_H, tokenLabelSpot, tokenLabelWidth, type LabelSpot } from '../../src/viz/stage/tokenLabel';
import type { Box } from '../../src/viz/stage/types';
import { describe, nineSteps } from './fixtures';

const run = nineSteps();

function covers(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

group('token labels', () => {
  for (const size of [
    { width: 1000, height: 600 },
    { width: 640, height: 420 },
    { width: 374, height: 780 },
  ])
    it(`hide fewer components' names than before, and none along a row of parts, on a ${size.width}×${size.height} stage`, () => {
      const l = layout(run.after, size, describe);
      const flights = run.sb.trace.filter((e) => e.step !== undefined && e.from !== e.to);
      expect(flights.length).toBeGreaterThan(8);
      const path = (from: string, to: string) => {
        const ed = edge(l, from, to);
        return ed && { x: ed.from.x, y: ed.from.y, sx: ed.from.x, sy: ed.from.y, ex: ed.to.x, ey: ed.to.y, note: false, r: 10 };
      };
      /** The components a flight's name covers in the middle of its flight, with the name at `spot`. */
      const hidden = (spot: (p: NonNullable<ReturnType<typeof path>>, kind: string) => LabelSpot) =>
        flights.map((e) => {
          const p = path(e.from, e.to);
          if (!p) return { route: '', row: false, out: false, covered: [] as string[] };
          const { dx, dy } = spot(p, e.kind);
          const w = tokenLabelWidth(e.kind);
          const covered: string[] = [];
          let out = false;
          for (const t of [0.15, 0.3, 0.5, 0.7, 0.85]) {
            const box = { x: p.sx + (p.ex - p.sx) * t + dx, y: p.sy + (p.ey - p.sy) * t + dy, w, h: TOKEN_LABEL_H };
            out ||= box.x < 0 || box.x + box.w > l.width || box.y < 0;
            for (const c of l.components) if (covers(box, c)) covered.push(c.label);
          }
          return { route: `${e.from.split('#')[0]}>${e.to.split('#')[0]}`, row: p.sy === p.ey, out, covered };
        });
      const now = hidden((p, kind) => tokenLabelSpot(l, p, kind));
      const before = hidden(() => ({ dx: 14, dy: -17.5 }));
      expect(now.filter((f) => f.out)).toEqual([]);
      // Along a row of parts (kubectl → API server → etcd, kubelet → containerd → CNI) none at all.
      expect(now.filter((f) => f.row && f.covered.length > 0)).toEqual([]);
      expect(now.some((f) => f.row)).toBe(true);
      const count = (fs: typeof now) => fs.reduce((n, f) => n + f.covered.length, 0);
      expect(count(now)).toBeLessThan(count(before));
    });
});
