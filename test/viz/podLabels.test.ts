import { describe as group, expect, it } from 'vitest';
import { layout } from '../../src/viz/stage/layout';
import { podLabels, type LabelledPod } from '../../src/viz/stage/podLabels';
import { describe, hundredPods, lessonTen } from './fixtures';

const pod = (over: Partial<LabelledPod>): LabelledPod => ({
  name: 'web-1',
  namespace: 'default',
  node: 'node-1',
  ip: '10.244.1.2',
  ready: '1/1',
  status: 'Running',
  tone: 'ok',
  compact: false,
  system: false,
  x: 0,
  y: 0,
  w: 154,
  h: 76,
  barsTop: 57,
  ...over,
});

/** The name as drawn, without the glyph a one-line box may put before it. */
const shownName = (text: string) => text.replace(/^[✓…■✗↓?] /, '');

/** A label cut to fit is a prefix of the full text followed by an ellipsis. */
function isCutFrom(shown: string, full: string): boolean {
  return shown === full || (shown.endsWith('…') && full.startsWith(shown.slice(0, -1)));
}

group('pod labels', () => {
  it.each([
    ['a roomy box', pod({}), { name: 'web-1', ip: '10.244.1.2', status: '✓ 1/1 Running', namespace: undefined }],
    ['a roomy box in dev', pod({ namespace: 'dev' }), { name: 'web-1', ip: '10.244.1.2', status: '✓ 1/1 Running', namespace: 'dev' }],
    ['a roomy box with no IP yet', pod({ ip: undefined, status: 'ContainerCreating', tone: 'progress', ready: '0/1' }), { name: 'web-1', ip: 'no IP yet', status: '… 0/1 ContainerCreating', namespace: undefined }],
    ['lesson 10 at its smallest', pod({ compact: true, w: 80, h: 62, barsTop: 54, namespace: 'dev' }), { name: 'web-1', ip: undefined, status: '✓ Running', namespace: 'dev' }],
    ['a crowd of short boxes', pod({ name: 'web-007', compact: true, w: 48, h: 27, barsTop: 19.6 }), { name: 'web-007', ip: undefined, status: undefined, namespace: undefined }],
    ['a box too small for three letters', pod({ name: 'web-007', compact: true, w: 22, h: 18, barsTop: 12.4 }), { name: '✓', ip: undefined, status: undefined, namespace: undefined }],
  ])('%s', (_, p, want) => {
    const l = podLabels(p, 'no IP yet');
    expect({ name: l.name.text, ip: l.ip?.text, status: l.status?.text, namespace: l.namespace?.text }).toEqual(want);
  });

  it('cuts a long name with an ellipsis rather than dropping it', () => {
    const l = podLabels(pod({ name: 'kubia-manual', compact: true, w: 60, h: 56, barsTop: 48 }), 'no IP yet');
    expect(l.name.text).toMatch(/^kubia-.*…$/);
    expect(isCutFrom(l.name.text, 'kubia-manual')).toBe(true);
  });

  it('keeps the name whole beside the namespace tag, or leaves the tag out', () => {
    const l = podLabels(pod({ name: 'kubia-manual-with-a-long-name', namespace: 'kube-flannel-ds', w: 104 }), 'no IP yet');
    expect(l.name.text.length === 0 || l.name.text.endsWith('…')).toBe(true);
    if (l.namespace) expect(l.name.text.length).toBeGreaterThanOrEqual(9);
  });

  it('says "no IP yet" in the language it is given', () => {
    expect(podLabels(pod({ ip: undefined }), '还没有 IP').ip?.text).toBe('还没有 IP');
  });
});

group('pod labels in the stage layout', () => {
  const snap = lessonTen();
  for (const size of [
    { width: 560, height: 380 },
    { width: 700, height: 460 },
    { width: 1000, height: 600 },
  ]) {
    it(`names every pod of lesson 10, and tags the two in dev, at ${size.width}×${size.height}`, () => {
      const pods = layout(snap, size, describe).pods.filter((p) => !p.system);
      expect(pods).toHaveLength(8);
      for (const p of pods) {
        // web-1, api-2, kubia: whole; kubia-manual at least as "kubia-m…".
        const shown = shownName(p.labels.name.text);
        expect(isCutFrom(shown, p.name), `${p.name} shown as ${shown}`).toBe(true);
        expect(shown.length).toBeGreaterThanOrEqual(Math.min(p.name.length, 8));
        // Every label stays inside its box.
        for (const l of [p.labels.name, p.labels.namespace, p.labels.ip, p.labels.status]) if (l) expect(l.y).toBeLessThanOrEqual(p.h);
      }
      expect(pods.filter((p) => p.labels.namespace).map((p) => `${p.labels.namespace!.text}/${p.name}`).sort()).toEqual(['dev/kubia', 'dev/web']);
      // The tag's box is inside the pod's.
      for (const p of pods) {
        const b = p.labels.namespace?.box;
        if (b) expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= p.w && b.y + b.h <= p.h).toBe(true);
      }
    });
  }

  it('names each of a hundred pods on ten nodes', () => {
    const pods = layout(hundredPods(), { width: 1100, height: 700 }, describe).pods.filter((p) => !p.system);
    for (const p of pods) expect(shownName(p.labels.name.text)).toBe(p.name);
  });

  it("lists a node's images after the word it is given", () => {
    const l = layout(snap, { width: 1000, height: 600 }, describe, { laptop: '', controlPlane: '', registry: '', unscheduled: '', noIp: '', images: '镜像：' });
    const worker = l.nodes.find((n) => n.role === 'worker')!;
    expect(worker.imagesText).toMatch(/^镜像：/);
    expect(worker.imagesText).not.toContain('pause');
  });
});
