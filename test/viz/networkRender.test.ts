// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WalkIndex } from '../../src/viz/network/hops';
import { badgeOf, layoutWalk } from '../../src/viz/network/layout';
import { createWalkDiagram } from '../../src/viz/network/render';
import { walkFrame } from '../../src/viz/network/trail';
import { clusterIPWalk, traceWith } from './walkFixtures';

const walk = new WalkIndex().update(traceWith(clusterIPWalk()))[0]!;
const layout = layoutWalk(walk, undefined, { width: 800, height: 440 });
const labels = { wire: 'the wire', laptop: 'laptop', packet: (s: string) => s };

function draw(svg: SVGSVGElement, diagram: ReturnType<typeof createWalkDiagram>, index: number, names = labels) {
  const acting = badgeOf(walk.hops[index]!.action);
  diagram.update(layout, { frame: walkFrame(walk, layout, index), ...(acting ? { acting } : {}), duration: 0, labels: names });
  return svg;
}

describe('walk diagram render', () => {
  it('keeps every device element while the packet moves, and moves the highlight and the token', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const diagram = createWalkDiagram(svg);
    draw(svg, diagram, 3);
    const before = [...svg.querySelectorAll('g.device')];
    expect(before).toHaveLength(layout.devices.length);
    const current = () => [...svg.querySelectorAll('g.device.current text.name')].map((t) => t.textContent);
    expect(current()).toEqual(['PREROUTING']);
    expect(svg.querySelector('g.token text')?.textContent).toBe('SYN');
    expect(svg.querySelector('tspan.acting')?.textContent).toBe('▶ DNAT');
    draw(svg, diagram, 4);
    expect([...svg.querySelectorAll('g.device')]).toEqual(before);
    expect(current()).toEqual(['routing']);
    expect(svg.querySelector('tspan.acting')).toBeNull();
    draw(svg, diagram, 30);
    expect([...svg.querySelectorAll('g.trail')].map((g) => g.getAttribute('class'))).toEqual(['trail dir-forward', 'trail dir-forward', 'trail dir-reply current']);
    expect(svg.querySelector('g.token')?.getAttribute('class')).toBe('token dir-reply');
    expect(svg.querySelector('g.the-wire text')?.textContent).toBe('the wire');
    diagram.destroy();
    expect(svg.childElementCount).toBe(0);
  });

  it('names the packet on the token in the language it is given', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const diagram = createWalkDiagram(svg);
    // The fixture's walk has no request/response: stand a made-up name in for SYN-ACK's.
    const zh = { ...labels, packet: (s: string) => (s === 'SYN-ACK' ? '应答包' : s) };
    draw(svg, diagram, walk.hops.findIndex((h) => h.segment === 'SYN-ACK'), zh);
    expect(svg.querySelector('g.token text')?.textContent).toBe('应答包');
    // The pill is sized for Chinese characters (about 11 px each), not Latin ones.
    expect(Number(svg.querySelector('g.token rect')?.getAttribute('width'))).toBeGreaterThanOrEqual(3 * 11);
    draw(svg, diagram, 3, zh);
    expect(svg.querySelector('g.token text')?.textContent).toBe('SYN');
    diagram.destroy();
  });
});
