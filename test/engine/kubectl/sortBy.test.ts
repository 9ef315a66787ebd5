import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/engine/api/objects';
import { goSort } from '../../../src/engine/kubectl/goSort';
import { naturalLess, relaxedJsonPath, sortObjects } from '../../../src/engine/kubectl/sortBy';

const pod = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, ...extra }) as KubeObject;
const names = (r: { objs: KubeObject[] } | { error: string }) => ('objs' in r ? r.objs.map((o) => o.metadata?.name) : r.error);

describe('kubectl get --sort-by', () => {
  it("orders names naturally, as kubectl's sortorder does: digits by value, digits before letters", () => {
    expect(naturalLess('web-2', 'web-10')).toBe(true);
    expect(naturalLess('web-10', 'web-2')).toBe(false);
    expect(naturalLess('9a', 'a')).toBe(true);
    expect(naturalLess('x01', 'x1')).toBe(false);
    expect(naturalLess('x1', 'x01')).toBe(true);
    expect(naturalLess('web', 'web-1')).toBe(true);
  });

  it('reads the field as kubectl relaxes it, and refuses other shapes', () => {
    expect(relaxedJsonPath('.metadata.name')).toEqual({ path: '.metadata.name' });
    expect(relaxedJsonPath('{metadata.name}')).toEqual({ path: '.metadata.name' });
    expect(relaxedJsonPath('{{.x}}')).toHaveProperty('error');
  });

  it('compares quantities by amount and puts objects without the field first', () => {
    const objs = [pod('a', { spec: { mem: '1Gi' } }), pod('b', { spec: { mem: '512Mi' } }), pod('c'), pod('d', { spec: { mem: '2000M' } })];
    expect(names(sortObjects(objs, '.spec.mem', true))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('refuses a field no object has, except when printing a table', () => {
    const objs = [pod('b'), pod('a')];
    expect(names(sortObjects(objs, '.spec.nothing', false))).toBe('couldn\'t find any field with path "{.spec.nothing}" in the list of objects');
    expect(names(sortObjects(objs, '.spec.nothing', true))).toHaveLength(2);
    expect(names(sortObjects(objs, '.metadata', true))).toMatch(/unsortable type: map/);
  });

  it("Go's sort.Sort leaves any list sorted and loses nothing, ties included (pdqsort past 12 items)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300 }), (xs) => {
        const a = xs.map((v, i) => ({ v, i }));
        goSort(a.length, (i, j) => a[i]!.v < a[j]!.v, (i, j) => ([a[i], a[j]] = [a[j]!, a[i]!]));
        for (let k = 1; k < a.length; k++) expect(a[k - 1]!.v).toBeLessThanOrEqual(a[k]!.v);
        expect(a.map((x) => x.i).sort((p, q) => p - q)).toEqual(xs.map((_, i) => i));
      }),
    );
  });

  it('keeps ties in input order up to 12 items, where Go sorts by insertion', () => {
    const a = [3, 1, 3, 1, 2, 3].map((v, i) => ({ v, i }));
    goSort(a.length, (i, j) => a[i]!.v < a[j]!.v, (i, j) => ([a[i], a[j]] = [a[j]!, a[i]!]));
    expect(a.map((x) => x.i)).toEqual([1, 3, 4, 0, 2, 5]);
  });
});
