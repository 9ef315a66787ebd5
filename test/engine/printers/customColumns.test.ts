import { describe, expect, it } from 'vitest';
import { parseCustomColumns, printCustomColumns, type CustomColumn } from '../../../src/engine/kubectl/printers/customColumns';

describe('custom-columns printer (cli-runtime customcolumn.go)', () => {
  it('accepts relaxed paths and rejects a column without a path', () => {
    expect(parseCustomColumns('A:metadata.name,B:{.status.podIP},C:{spec.nodeName}')).toEqual([
      { header: 'A', path: '.metadata.name' },
      { header: 'B', path: '.status.podIP' },
      { header: 'C', path: '.spec.nodeName' },
    ]);
    expect(parseCustomColumns('A:.metadata.(labels)')).toEqual({ error: 'unrecognized character in action: .(labels)' });
    expect(parseCustomColumns('NAME')).toEqual({ error: 'unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>' });
  });

  it('prints <none> for missing values, joins several with commas, leaves the last column unpadded', () => {
    const cols = parseCustomColumns('NAME:.metadata.name,IMAGES:.spec.containers[*].image,IP:.status.podIP') as CustomColumn[];
    const pods = [
      { metadata: { name: 'a-long-name' }, spec: { containers: [{ image: 'nginx' }, { image: 'busybox' }] }, status: { podIP: '10.244.1.2' } },
      { metadata: { name: 'b' }, spec: { containers: [{ image: 'redis' }] }, status: {} },
    ];
    expect(printCustomColumns(cols, pods, false)).toBe(
      'NAME          IMAGES          IP\na-long-name   nginx,busybox   10.244.1.2\nb             redis           <none>\n',
    );
    expect(printCustomColumns(cols, pods.slice(1), true)).toBe('b     redis   <none>\n');
  });

  it('reads a backslash-escaped dot as part of a key (annotation and label names)', () => {
    const cols = parseCustomColumns('NAME:.metadata.name,REV:.metadata.annotations.deployment\\.kubernetes\\.io/revision') as CustomColumn[];
    const rs = { metadata: { name: 'web-5d4b', annotations: { 'deployment.kubernetes.io/revision': '3' } } };
    expect(printCustomColumns(cols, [rs], false)).toBe('NAME       REV\nweb-5d4b   3\n');
  });
});

