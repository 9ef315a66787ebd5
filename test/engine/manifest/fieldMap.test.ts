import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fieldsOf, rootTypeName } from '../../../src/engine/manifest/fieldMap';
import { RESOURCES } from '../../../src/engine/api/resources';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('generated field map', () => {
  it('is what scripts/gen-field-map.ts generates from the installed kubernetes-models', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/gen-field-map.ts'), '--check'], { cwd: repo, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('covers every served kind, with Go integer widths', () => {
    for (const r of RESOURCES) expect(rootTypeName(r.groupVersion, r.kind), r.kind).toBeDefined();
    expect(fieldsOf('ContainerPort')?.get('containerPort')).toEqual({ k: 'scalar', code: 'i32' });
    expect(fieldsOf('PodSpec')?.get('terminationGracePeriodSeconds')).toEqual({ k: 'scalar', code: 'i64' });
    expect(fieldsOf('Container')?.get('ports')).toEqual({ k: 'list', of: { k: 'struct', name: 'ContainerPort' } });
  });
});
