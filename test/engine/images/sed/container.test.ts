// sed in containers: busybox's applet and Debian's GNU sed read and write the container's
// files through effects, each wording a refusal its own way (busybox's words from its
// editors/sed.c and libbb; GNU's checked against sed 4.9).
import { describe, expect, it } from 'vitest';
import { defaultCatalog, lookupImage } from '../../../../src/engine/images/catalog';
import { execCommand } from '../../../../src/engine/images/process';
import { context, run, world } from '../driver';
import { POD } from './run';

const catalog = defaultCatalog();

function sedIn(
  ref: 'busybox' | 'nginx',
  argv: string[],
  files: Record<string, string> = { '/tmp/pod.yaml': POD },
) {
  const image = lookupImage(catalog, ref)!;
  const w = world({ files: new Map(Object.entries(files)) });
  const r = run(execCommand(image, argv, context(image, w)), w);
  return { out: r.logs.map((l) => `${l.stream}: ${l.text}`), code: r.exitCode, files: w.files };
}

describe('sed in a busybox container', () => {
  it('edits a file in place and prints a range', () => {
    const edit = sedIn('busybox', ['sed', '-i', 's/1.27/1.28/', '/tmp/pod.yaml']);
    expect(edit.code).toBe(0);
    expect(edit.files.get('/tmp/pod.yaml')).toBe(POD.replace('1.27', '1.28'));
    const range = sedIn('busybox', ['sed', '-n', '/containers:/,/ports:/p', '/tmp/pod.yaml']);
    expect(range.out).toEqual([
      'stdout:   containers:',
      'stdout:   - image: nginx:1.27',
      'stdout:     name: web',
      'stdout:     ports:',
    ]);
  });

  // busybox's words: editors/sed.c (bb_error_msg_and_die) and libbb (fopen_or_warn, xregcomp).
  it.each([
    [['p', '/nope'], 'sed: /nope: No such file or directory'],
    [['k'], 'sed: unsupported command k'],
    [['s/a/b'], "sed: unmatched '/'"],
    [['-i', 's/a/b/'], 'sed: -i requires an argument'],
    [['s/\\(a/x/', '/tmp/pod.yaml'], "sed: bad regex '\\(a': Unmatched ( or \\("],
  ])('sed %j is refused as busybox words it', (args, message) => {
    expect(sedIn('busybox', ['sed', ...args])).toMatchObject({ out: [`stderr: ${message}`], code: 1 });
  });
});

describe('sed in a Debian container (nginx)', () => {
  it('strips the status from a pod and keeps a backup with -i.bak', () => {
    const r = sedIn('nginx', ['sed', '-i.bak', '/^status:/,$d', '/tmp/pod.yaml']);
    expect(r.code).toBe(0);
    expect(r.files.get('/tmp/pod.yaml')).toBe(POD.slice(0, POD.indexOf('status:')));
    expect(r.files.get('/tmp/pod.yaml.bak')).toBe(POD);
  });

  it('reads stdin in a pipe and words a missing file as GNU sed 4.9', () => {
    expect(sedIn('nginx', ['sh', '-c', 'echo web | sed s/web/api/'])).toMatchObject({
      out: ['stdout: api'],
      code: 0,
    });
    expect(sedIn('nginx', ['sed', 'p', '/nope'])).toMatchObject({
      out: ["stderr: sed: can't read /nope: No such file or directory"],
      code: 2,
    });
  });
});
