import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/engine/api/objects';
import { decodesStrictly, validateObject } from '../../../src/engine/manifest';
import { cluster } from '../kubectl/helpers';

// The API server stores the Events a component records (the kubelet's, the scheduler's)
// without checking them again: they are built from typed fields, as client-go builds them.
// These tests hold that shortcut to what it assumes.
describe('Events recorded by the cluster', () => {
  it('are objects the API server would accept from a user too', () => {
    const sb = cluster();
    expect(sb.run('kubectl run web --image=nginx').exitCode).toBe(0);
    expect(sb.run('kubectl run broken --image=no-such-image:9').exitCode).toBe(0);
    sb.run('sleep 60');
    const events = (sb.snapshot().objects.events ?? []) as KubeObject[];
    const reasons = new Set(events.map((e) => (e as { reason?: string }).reason));
    for (const reason of ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'Failed', 'BackOff']) expect(reasons).toContain(reason);
    for (const e of events) {
      const { metadata, ...sent } = e;
      const body = { ...sent, metadata: { name: metadata?.name, namespace: metadata?.namespace } } as KubeObject;
      expect(decodesStrictly(body as Record<string, unknown>)).toBe(true);
      expect(validateObject(body)).toEqual([]);
    }
  });

  it('from a user are still checked: a bad name or an unknown field is rejected', () => {
    const event = (name: string, extra = '') => `apiVersion: v1
kind: Event
metadata:
  name: ${name}
involvedObject:
  kind: Pod
  name: web
  namespace: default
reason: Test
message: hello${extra}
`;
    const sb = cluster({ 'bad.yaml': event('Bad_Name'), 'typo.yaml': event('ok', '\nmesage: typo\n') });
    const bad = sb.run('kubectl create -f bad.yaml');
    expect(bad.exitCode).toBe(1);
    expect(bad.output).toContain('is invalid: metadata.name: Invalid value: "Bad_Name"');
    const typo = sb.run('kubectl create -f typo.yaml');
    expect(typo.exitCode).toBe(1);
    expect(typo.output).toContain('unknown field "mesage"');
  });
});
