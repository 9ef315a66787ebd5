// GNU sed on files: -i, -s, several operands, missing ones. Each expected output is what GNU sed 4.9 (Debian's, LC_ALL=C.UTF-8)
// printed for the same script and input on this machine; the core must print the same.
import { describe, expect, it } from 'vitest';
import { F5, POD, gnuSedOnFiles } from './run';

const FILES = { 'pod.yaml': POD, f5: F5, na: 'no newline' };

type Row = [args: string[], stdout: string, stderr: string, code: number, changed: Record<string, string>];

// stdin is 'stdin\n'; d1 is a directory; `changed` lists the files -i wrote.
const rows: Row[] = [
  [
    ['-i', 's/1.27/1.28/', 'pod.yaml'],
    '',
    '',
    0,
    {
      'pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.28\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
    },
  ],
  [
    ['-i.bak', 's/1.27/1.28/', 'pod.yaml'],
    '',
    '',
    0,
    {
      'pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.28\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
      'pod.yaml.bak':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\n  namespace: default\nspec:\n  containers:\n  - image: nginx:1.27\n    name: web\n    ports:\n    - containerPort: 80\n      protocol: TCP\n  restartPolicy: Always\nstatus:\n  phase: Running\n  podIP: 10.244.1.5\n',
    },
  ],
  [['-i', '2q', 'f5'], '', '', 0, { f5: 'a\nb\n' }],
  [['-n', '-i', '/image/p', 'pod.yaml'], '', '', 0, { 'pod.yaml': '  - image: nginx:1.27\n' }],
  [['-i', '-e', 's/a/X/', 'f5', 'na'], '', '', 0, { f5: 'X\nb\nc\nd\ne\n' }],
  [['-i', 's/a/b/'], '', 'sed: no input files\n', 4, {}],
  [
    ['s/a/b/', 'nofile', 'f5'],
    'b\nb\nc\nd\ne\n',
    "sed: can't read nofile: No such file or directory\n",
    2,
    {},
  ],
  [['-i', 's/a/b/', 'nofile'], '', "sed: can't read nofile: No such file or directory\n", 2, {}],
  [['-n', '$p', 'f5', 'nofile'], 'e\n', "sed: can't read nofile: No such file or directory\n", 2, {}],
  [['p', 'd1'], '', 'sed: read error on d1: Is a directory\n', 4, {}],
  [['-i', 'p', 'd1'], '', "sed: couldn't edit d1: not a regular file\n", 4, {}],
  [['-s', '-n', '1p', 'pod.yaml', 'f5'], 'apiVersion: v1\na\n', '', 0, {}],
  [['-n', '1p', 'pod.yaml', 'f5'], 'apiVersion: v1\n', '', 0, {}],
  [['=', 'na', 'f5'], '1\nno newline\n2\na\n3\nb\n4\nc\n5\nd\n6\ne\n', '', 0, {}],
  [['-s', '$d', 'na', 'f5'], 'a\nb\nc\nd\n', '', 0, {}],
  [['-i', '$a end', 'na', 'f5'], '', '', 0, { f5: 'a\nb\nc\nd\ne\nend\n', na: 'no newline\nend\n' }],
  [['-s', 'F', 'na', 'f5'], 'na\nno newline\nf5\na\nf5\nb\nf5\nc\nf5\nd\nf5\ne\n', '', 0, {}],
  [['-n', 'p', '-', 'na'], 'stdin\nno newline', '', 0, {}],
  [['-i', '1d', 'f5', '-'], '', "sed: can't read -: No such file or directory\n", 2, { f5: 'b\nc\nd\ne\n' }],
  [['-i*.orig', 's/a/X/', 'f5'], '', '', 0, { f5: 'X\nb\nc\nd\ne\n', 'f5.orig': 'a\nb\nc\nd\ne\n' }],
  [['-s', '2,/x/d', 'f5', 'f5'], 'a\na\n', '', 0, {}],
  [['-s', '1h;$G', 'f5', 'na'], 'a\nb\nc\nd\ne\na\nno newline\nno newline', '', 0, {}],
];

describe('sed on files, -s and -i', () => {
  it.each(rows)('sed %j', (args, stdout, stderr, code, changed) => {
    expect(gnuSedOnFiles(args, 'stdin\n', FILES, ['d1'])).toEqual({ stdout, stderr, code, changed });
  });
});
