import { describe, expect, it } from 'vitest';
import { runJsonPath } from '../../../src/engine/kubectl/jsonpath';

const list = {
  kind: 'List',
  items: [
    { metadata: { name: 'a', labels: { app: 'web' } }, status: { podIP: '10.244.1.2', conditions: [{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }] }, spec: { containers: [{ ports: [{ containerPort: 80 }, { containerPort: 443 }] }] } },
    { metadata: { name: 'b' }, status: { podIP: '10.244.2.3', conditions: [{ type: 'Ready', status: 'False' }] }, spec: { containers: [] } },
  ],
};

describe('kubectl -o jsonpath', () => {
  it.each([
    ['{.items[0].metadata.name}', 'a'],
    ['{.items[*].metadata.name}', 'a b'],
    ['{.items[-1].status.podIP}', '10.244.2.3'],
    ["{.items[0].metadata.labels['app']}", 'web'],
    ['{.items[0].metadata.labels}', '{"app":"web"}'],
    ['{.items[*].status.conditions[?(@.type=="Ready")].status}', 'True False'],
    ['{..containerPort}', '80 443'],
    ['{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}', 'a\t10.244.1.2\nb\t10.244.2.3\n'],
    ['names: {.items[0:1].metadata.name}', 'names: a'],
    ['{.items[5].metadata.name}', ''],
  ])('%s → %j', (template, expected) => {
    expect(runJsonPath(template, list)).toEqual({ ok: true, text: expected });
  });

  it('reports an unclosed action as kubectl does', () => {
    expect(runJsonPath('{.items', list)).toEqual({ ok: false, error: 'unclosed action' });
  });
});
