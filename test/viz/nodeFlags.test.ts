// @vitest-environment happy-dom
import { describe as group, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { layout } from '../../src/viz/stage/layout';
import { createStage } from '../../src/viz/stage/render';
import { describe } from './fixtures';

group("a node's state on the stage", () => {
  const sb = createSandbox({ seed: 1 });
  sb.run('kubectl cordon node-1');
  sb.run('kubectl taint nodes node-2 dedicated=gpu:NoSchedule');
  sb.runUntilIdle();
  const l = layout(sb.snapshot(), { width: 1200, height: 700 }, describe);

  it("says what kubectl get nodes adds to Ready, and the taints a learner put on, not the control plane's own", () => {
    const flags = Object.fromEntries(l.nodes.map((n) => [n.name, n.flags]));
    expect(flags).toEqual({ 'control-plane': [], 'node-1': ['SchedulingDisabled'], 'node-2': ['dedicated=gpu:NoSchedule'] });
  });

  it('prints them where the IP goes, and names them to a screen reader', () => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(el);
    createStage(el, document.createElement('div')).update(l, { duration: 0 });
    const meta = (name: string) => el.querySelector(`g.node[aria-label^="node ${name},"] .node-meta`);
    expect(meta('node-1')?.textContent).toBe('SchedulingDisabled');
    expect(meta('node-1')?.getAttribute('class')).toContain('flagged');
    expect(meta('node-2')?.textContent).toBe('dedicated=gpu:NoSchedule');
    expect(meta('control-plane')?.textContent).toContain('192.168.56.10');
    expect(el.querySelector('g.node[aria-label^="node node-1,"]')?.getAttribute('aria-label')).toBe('node node-1, 192.168.56.11, SchedulingDisabled');
  });
});
