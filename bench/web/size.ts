// The JavaScript the built page loads before anything else (the entry and its
// modulepreloads), and the chunks it loads later, gzipped as a server would send them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSizes {
  initialGzip: number;
  lazy: { file: string; gzip: number }[];
}

export function jsSizes(outDir: string): JsSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const all = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initialGzip: [...initial].reduce((n, f) => n + gz(f), 0),
    lazy: all.filter((f) => !initial.has(f)).map((file) => ({ file, gzip: gz(file) })),
  };
}
