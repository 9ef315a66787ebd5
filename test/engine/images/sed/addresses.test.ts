// GNU sed addresses. Each expected output is what GNU sed 4.9 (Debian's, LC_ALL=C.UTF-8)
// printed for the same script and input on this machine; the core must print the same.
import { describe, expect, it } from 'vitest';
import { F5, S10, gnuSed } from './run';

type Row = [args: string[], stdin: string, stdout: string, stderr?: string, code?: number];

const rows: Row[] = [
  [['-n', '3p'], S10, '3\n'],
  [['-n', '$p'], S10, '10\n'],
  [['-n', '/5/p'], S10, '5\n'],
  [['-n', '\\%5%p'], S10, '5\n'],
  [['-n', '\\,1,p'], S10, '1\n10\n'],
  [['-n', '3,5p'], S10, '3\n4\n5\n'],
  [['-n', '8,$p'], S10, '8\n9\n10\n'],
  [['-n', '5,3p'], S10, '5\n'],
  [['-n', '$,8p'], S10, '10\n'],
  [['-n', '/3/,/5/p'], S10, '3\n4\n5\n'],
  [['-n', '/3/,/3/p'], S10, '3\n4\n5\n6\n7\n8\n9\n10\n'],
  [['-n', '2,/./p'], S10, '2\n3\n'],
  [['-n', '0,/1/p'], S10, '1\n'],
  [['-n', '1,/1/p'], S10, '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n'],
  [['-n', '/4/,+2p'], S10, '4\n5\n6\n'],
  [['-n', '/7/,+9p'], S10, '7\n8\n9\n10\n'],
  [['-n', '2,+0p'], S10, '2\n'],
  [['-n', '2,~4p'], S10, '2\n3\n4\n'],
  [['-n', '4,~4p'], S10, '4\n5\n6\n7\n8\n'],
  [['-n', '5,~4p'], S10, '5\n6\n7\n8\n'],
  [['-n', '0~4p'], S10, '4\n8\n'],
  [['-n', '1~3p'], S10, '1\n4\n7\n10\n'],
  [['-n', '2~0p'], S10, '2\n'],
  [['3,8!d'], S10, '3\n4\n5\n6\n7\n8\n'],
  [['2,3 ! d'], S10, '2\n3\n'],
  [['2 , 3 d'], S10, '1\n4\n5\n6\n7\n8\n9\n10\n'],
  [['-n', '/[0-9]/{/1/!p}'], S10, '2\n3\n4\n5\n6\n7\n8\n9\n'],
  [['-n', '/2/,/4/{=;p}'], S10, '2\n2\n3\n3\n4\n4\n'],
  [['-n', '1{N;N};2,4p'], S10, '1\n2\n3\n4\n'],
  [['-n', '1{N;N};2,1p'], S10, ''],
  [['-n', '/3/,5{p;N;N;N}'], S10, '3\n'],
  [['-n', '/^1$/,/^1/p'], S10, '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n'],
  [['-n', '/A/Ip'], F5, 'a\n'],
  [['/B/I,/D/Id'], F5, 'a\ne\n'],
  [['-n', '$!{$!p}'], F5, 'a\nb\nc\nd\n'],
  [['1!{2!{s/./X/}}'], F5, 'a\nb\nX\nX\nX\n'],
  [['/b/,/c/{/c/{s/c/C/}}'], F5, 'a\nb\nC\nd\ne\n'],
];

describe('sed addresses', () => {
  it.each(rows)('sed %j', (args, stdin, stdout, stderr = '', code = 0) => {
    expect(gnuSed(args, stdin)).toEqual({ stdout, stderr, code });
  });
});
