// The JavaScript the built page loads before anything else (the entry and its
// modulepreloads), the chunks it loads later, and all it has loaded by the time a first
// command has run, gzipped as a server would send them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface JsSizes {
  initialGzip: number;
  lazy: { file: string; gzip: number }[];
}

export function jsSizes(outDir: string): JsSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
  const gz = (file: string) => gzipOf(outDir, file);
  const all = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initialGzip: [...initial].reduce((n, f) => n + gz(f), 0),
    lazy: all.filter((f) => !initial.has(f)).map((file) => ({ file, gzip: gz(file) })),
  };
}

function gzipOf(outDir: string, file: string): number {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
}

/** Every JS file in the page's resource list (and its scripts), as built files under `outDir`. */
export async function loadedJs(page: Page, outDir: string): Promise<{ files: string[]; gzip: number }> {
  const urls = (await page.evaluate('performance.getEntriesByType("resource").map((r) => r.name).concat([...document.scripts].map((s) => s.src))')) as string[];
  const files = [...new Set(urls.filter((u) => /\.m?js(\?|$)/.test(u)).map((u) => new URL(u).pathname.replace(/^.*?\/assets\//, 'assets/')))];
  const missing = files.filter((f) => !existsSync(join(outDir, f)));
  if (missing.length > 0) throw new Error(`loaded JS not in the build: ${missing.join(', ')}`);
  return { files, gzip: files.reduce((n, f) => n + gzipOf(outDir, f), 0) };
}
