import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/engine';
import { scrubPreview } from '../../src/ui/lib/scrubPreview';

describe('the timeline preview while dragging', () => {
  const sb = createSandbox({ seed: 1 });
  const t0 = sb.now();
  sb.advance(5_000);
  const applied = sb.now();
  sb.run('kubectl apply -f pod.yaml');
  sb.runUntilIdle();
  const commands = [{ t: applied, line: 'kubectl apply -f pod.yaml' }];
  const at = (kind: string) => sb.trace.find((e) => e.kind === kind)!.t;

  it('says nothing before the first command', () => {
    expect(scrubPreview(t0 + 1_000, commands, sb.trace)).toEqual({});
  });

  it('names the command and the step the cluster was in at that moment', () => {
    expect(scrubPreview(at('binding.create'), commands, sb.trace)).toEqual({ command: 'kubectl apply -f pod.yaml', step: 5 });
    expect(scrubPreview(at('RunPodSandbox'), commands, sb.trace)).toEqual({ command: 'kubectl apply -f pod.yaml', step: 7 });
    expect(scrubPreview(at('StartContainer'), commands, sb.trace)).toEqual({ command: 'kubectl apply -f pod.yaml', step: 9 });
  });

  it("does not carry an earlier command's step over to a later command", () => {
    const later = [...commands, { t: sb.now(), line: 'kubectl get pods' }];
    expect(scrubPreview(sb.now(), later, sb.trace)).toEqual({ command: 'kubectl get pods' });
  });
});
