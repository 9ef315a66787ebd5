import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { laptopProgram, laptopRuns } from '../../src/ui/lib/laptopProgram';
import { layout } from '../../src/viz/stage/layout';

describe("the laptop box's name", () => {
  const commands = laptopRuns([
    { t: 1_000, command: 'docker build -t hello:v1 .' },
    { t: 5_000, command: 'kubectl port-forward pod/web 8080:80 &' },
    { t: 9_000, command: 'curl -s localhost:8080 | head -3' },
    { t: 12_000, command: 'kubectl get pods' },
    { t: 15_000, command: 'A=1 ping -c 1 10.244.1.2 && docker push registry.local/hello:v1' },
  ]);

  it('is docker before anything has run: the nine steps start by building an image', () => {
    expect(laptopProgram(0, [])).toBe('docker');
    expect(laptopProgram(500, commands)).toBe('docker');
  });

  it('follows the program last started on the laptop at that moment, kubectl lines aside', () => {
    expect(laptopProgram(9_000, commands)).toBe('curl');
    expect(laptopProgram(13_000, commands)).toBe('curl');
    expect(laptopProgram(15_000, commands)).toBe('docker');
  });

  it('goes back with the timeline', () => {
    expect(laptopProgram(8_999, commands)).toBe('docker');
  });

  it('is the label the stage draws', () => {
    const snapshot = createSandbox({ seed: 1 }).snapshot();
    const box = (program?: string) => layout(snapshot, { width: 1200, height: 700 }, { status: () => '', ready: () => '' }, undefined, program).components.find((c) => c.id === 'laptop')!;
    expect(box().label).toBe('docker');
    expect(box('curl').label).toBe('curl');
  });
});
