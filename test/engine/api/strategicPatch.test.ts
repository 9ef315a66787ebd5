import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/kubectl/applyPatch';
import { strategicMerge } from '../../../src/engine/api/strategicMerge';
import { twoWayMergePatch } from '../../../src/engine/api/strategicPatch';

const pod = (containers: unknown[], extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers, ...extra } });

describe('twoWayMergePatch (CreateTwoWayMergePatch)', () => {
  it('changes one container image as kubectl edit sends it', () => {
    const before = pod([{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }]);
    const after = pod([{ name: 'web', image: 'nginx:1.28', ports: [{ containerPort: 80 }] }]);
    const patch = twoWayMergePatch(before, after);
    expect(canonicalJson(patch)).toBe('{"spec":{"$setElementOrder/containers":[{"name":"web"}],"containers":[{"image":"nginx:1.28","name":"web"}]}}');
    expect(strategicMerge(before, patch)).toEqual(after);
  });

  it('deletes removed keys and list items, and keeps the new order', () => {
    const before = pod([{ name: 'a', image: 'x', ports: [{ containerPort: 80 }, { containerPort: 81 }] }, { name: 'b', image: 'y' }], { hostname: 'h' });
    const after = pod([{ name: 'b', image: 'y' }, { name: 'a', image: 'x', ports: [{ containerPort: 8080 }] }, { name: 'c', image: 'z' }]);
    const patch = twoWayMergePatch(before, after);
    expect((patch.spec as Record<string, unknown>).hostname).toBeNull();
    expect(strategicMerge(before, patch)).toEqual(after);
  });

  it('is empty for equal objects', () => {
    expect(twoWayMergePatch(pod([{ name: 'a' }]), pod([{ name: 'a' }]))).toEqual({});
  });
});
