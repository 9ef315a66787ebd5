import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../src/engine';

describe('localhost inside a Pod', () => {
  it('leaves from 127.0.0.1 and crosses only lo, for localhost and 127.0.0.1 alike', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl run kubia --image=luksa/kubia --port=8080');
    sb.run('sleep 15');
    const before = sb.trace.length;
    expect(sb.run('kubectl exec kubia -- curl -s localhost:8080').output).toBe("You've hit kubia\n");
    expect(sb.run('kubectl exec kubia -- curl -s 127.0.0.1:8080').output).toBe("You've hit kubia\n");
    const hops = sb.trace.slice(before).filter((e) => e.kind === 'packet.hop').map((e) => e.detail!);
    expect(hops.length).toBeGreaterThan(0);
    expect(new Set(hops.map((h) => h.device))).toEqual(new Set(['lo', 'socket']));
    expect(new Set(hops.map((h) => `${h.ipSrc} → ${h.ipDst}`))).toEqual(new Set(['127.0.0.1 → 127.0.0.1']));
    expect(hops.find((h) => h.device === 'lo')?.rule).toBe('local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1');
    expect(sb.run('kubectl logs kubia --tail=1').output).toBe('Received request from ::ffff:127.0.0.1\n');
  });
});
