import { describe, expect, it } from 'vitest';
import { createSandbox, runTranscript, traceToJsonLines } from '../../../src/engine';

const SCRIPT = `kubectl apply -f pod.yaml
sleep 10
kubectl get pods -o wide
kubectl run web --image=nginx:1.27
sleep 20
kubectl get pods -o wide
`;

function record(seed: number) {
  const sb = createSandbox({ seed });
  const { transcript } = runTranscript(sb, SCRIPT);
  return { transcript, trace: traceToJsonLines(sb.trace), snapshot: JSON.stringify(sb.snapshot()) };
}

describe('determinism', () => {
  it('gives byte-identical transcript, trace and snapshot for the same script and seed', () => {
    const a = record(7);
    const b = record(7);
    expect(a.trace.length).toBeGreaterThan(1000);
    expect(b.transcript).toBe(a.transcript);
    expect(b.trace).toBe(a.trace);
    expect(b.snapshot).toBe(a.snapshot);
  });

  it('draws UIDs, IPs and names from the seed, so another seed gives another run', () => {
    const a = record(7);
    const c = record(8);
    expect(c.trace).not.toBe(a.trace);
  });
});
