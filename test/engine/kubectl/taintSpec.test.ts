import { describe, expect, it } from 'vitest';
import { conflictingTaints, existingTaintKeys, parseTaint, parseTaints, reorganizeTaints, taintString } from '../../../src/engine/kubectl/commands/taintSpec';

describe('kubectl taint arguments (parseTaints)', () => {
  it.each([
    ['dedicated=special-user:NoSchedule', { key: 'dedicated', value: 'special-user', effect: 'NoSchedule' }],
    ['bar:NoExecute', { key: 'bar', effect: 'NoExecute' }],
    ['example.com/gpu=true:PreferNoSchedule', { key: 'example.com/gpu', value: 'true', effect: 'PreferNoSchedule' }],
    ['key=:NoSchedule', { key: 'key', effect: 'NoSchedule' }],
    ['dedicated', { key: 'dedicated', effect: '' }],
  ])('reads %s', (spec, taint) => {
    expect(parseTaint(spec)).toEqual(taint);
  });

  it.each([
    ['key=value:Foo', 'invalid taint effect: Foo, unsupported taint effect'],
    ['a:b:NoSchedule', 'invalid taint spec: a:b:NoSchedule'],
    ['a=b=c:NoSchedule', 'invalid taint spec: a=b=c:NoSchedule'],
    ['dedicated', 'invalid taint spec: dedicated'],
  ])('refuses %s as kubectl words it', (spec, error) => {
    expect(parseTaints([spec])).toBe(error);
  });

  it('checks the key as a qualified name and the value as a label value', () => {
    // Without a colon the whole word is the key, so `key=value` fails as a key.
    expect(parseTaints(['key=value'])).toMatch(/^invalid taint spec: key=value, name part must consist of alphanumeric characters/);
    expect(parseTaints(['-bad:NoSchedule'])).toMatch(/^invalid taint spec: -bad:NoSchedule, name part must consist of alphanumeric characters/);
    expect(parseTaints(['k=-v:NoSchedule'])).toMatch(/^invalid taint spec: k=-v:NoSchedule, a valid label must be an empty string/);
  });

  it('splits additions from removals and refuses the same key and effect twice', () => {
    expect(parseTaints(['a=1:NoSchedule', 'b:NoSchedule-', 'c-'])).toEqual({
      add: [{ key: 'a', value: '1', effect: 'NoSchedule' }],
      remove: [
        { key: 'b', effect: 'NoSchedule' },
        { key: 'c', effect: '' },
      ],
    });
    expect(parseTaints(['a=1:NoSchedule', 'a=2:NoSchedule'])).toBe('duplicated taints with the same key and effect: {a 2 NoSchedule <nil>}');
    expect(parseTaints(['a=1:NoSchedule', 'a=2:NoExecute'])).not.toBeTypeOf('string');
  });

  it('refuses to add and remove one key in the same command', () => {
    expect(conflictingTaints({ add: [{ key: 'a', effect: 'NoSchedule' }], remove: [{ key: 'a', effect: '' }] })).toBe(
      'can not both modify and remove the following taint(s) in the same command: {"a":""}',
    );
    expect(conflictingTaints({ add: [{ key: 'a', effect: 'NoSchedule' }], remove: [{ key: 'a', effect: 'NoExecute' }] })).toBeUndefined();
  });

  it('prints taints as Taint.ToString does', () => {
    expect(taintString({ key: 'k', value: 'v', effect: 'NoSchedule' })).toBe('k=v:NoSchedule');
    expect(taintString({ key: 'k', effect: 'NoSchedule' })).toBe('k:NoSchedule');
    expect(taintString({ key: 'k', effect: '' })).toBe('k');
  });
});

describe('what kubectl taint does to a node (reorganizeTaints)', () => {
  const gpu = { key: 'gpu', value: 'true', effect: 'NoSchedule' };
  const zone = { key: 'zone', value: 'a', effect: 'PreferNoSchedule' };

  it('puts new taints first and says tainted', () => {
    expect(reorganizeTaints([zone], false, { add: [gpu], remove: [] })).toEqual({ operation: 'tainted', taints: [gpu, zone], errors: [] });
  });

  it('removes by key and effect, or by key alone, and says untainted', () => {
    const gpuExec = { key: 'gpu', effect: 'NoExecute' };
    expect(reorganizeTaints([gpu, gpuExec, zone], false, { add: [], remove: [{ key: 'gpu', effect: 'NoSchedule' }] }).taints).toEqual([gpuExec, zone]);
    expect(reorganizeTaints([gpu, gpuExec, zone], false, { add: [], remove: [{ key: 'gpu', effect: '' }] })).toEqual({ operation: 'untainted', taints: [zone], errors: [] });
  });

  it('reports each removal that finds nothing', () => {
    const r = reorganizeTaints([zone], false, { add: [], remove: [{ key: 'gpu', effect: 'NoSchedule' }, { key: 'x', effect: '' }] });
    expect(r.errors).toEqual(['taint "gpu:NoSchedule" not found', 'taint "x" not found']);
  });

  it('says modified for --overwrite, or when it both added and removed', () => {
    expect(reorganizeTaints([gpu], true, { add: [{ ...gpu, value: 'false' }], remove: [] }).operation).toBe('modified');
    expect(reorganizeTaints([zone], false, { add: [gpu], remove: [{ key: 'zone', effect: '' }] })).toEqual({ operation: 'modified', taints: [gpu], errors: [] });
  });

  it('names the keys an addition would overwrite', () => {
    expect(existingTaintKeys([gpu, zone], [{ key: 'gpu', effect: 'NoSchedule' }, { key: 'zone', effect: 'PreferNoSchedule' }])).toBe('gpu,zone');
    expect(existingTaintKeys([gpu], [{ key: 'gpu', effect: 'NoExecute' }])).toBe('');
  });
});
