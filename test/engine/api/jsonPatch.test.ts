import { describe, expect, it } from 'vitest';
import { applyJsonPatch } from '../../../src/engine/api/jsonPatch';

describe('JSON patch (RFC 6902), as kubectl rollout undo sends it', () => {
  const deployment = { metadata: { name: 'web', annotations: { 'a/b': '1', keep: 'x' } }, spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.161' }] } } } };

  it('replaces whole subtrees and leaves the input untouched', () => {
    const template = { spec: { containers: [{ name: 'web', image: 'nginx:1.16.1' }] } };
    const r = applyJsonPatch(deployment, [
      { op: 'replace', path: '/spec/template', value: template },
      { op: 'replace', path: '/metadata/annotations', value: { keep: 'x' } },
    ]);
    expect(r).toEqual({ ok: true, value: { metadata: { name: 'web', annotations: { keep: 'x' } }, spec: { template } } });
    expect(deployment.spec.template.spec.containers[0]!.image).toBe('nginx:1.161');
  });

  it('reads ~1 as a slash in a key, adds to and removes from lists', () => {
    const r = applyJsonPatch(deployment, [
      { op: 'remove', path: '/metadata/annotations/a~1b' },
      { op: 'add', path: '/spec/template/spec/containers/-', value: { name: 'side' } },
      { op: 'test', path: '/metadata/name', value: 'web' },
    ]);
    expect(r.ok && (r.value as typeof deployment).metadata.annotations).toEqual({ keep: 'x' });
    expect(r.ok && (r.value as typeof deployment).spec.template.spec.containers.map((c) => c.name)).toEqual(['web', 'side']);
  });

  it('fails on a path that is not there, or a test that does not hold', () => {
    expect(applyJsonPatch(deployment, [{ op: 'replace', path: '/spec/nope/x', value: 1 }])).toEqual({ ok: false, error: 'doc is missing path: "/spec/nope/x": missing value' });
    expect(applyJsonPatch(deployment, [{ op: 'test', path: '/metadata/name', value: 'db' }]).ok).toBe(false);
    expect(applyJsonPatch(deployment, { op: 'add' }).ok).toBe(false);
  });
});
