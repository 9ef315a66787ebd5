// Build the site and serve it with `vite preview` under a sub-path, in its own process
// group so that stopping it (or a crash of the runner) leaves no server behind. Used by the
// e2e global setup and by the web benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const BASE = '/pod-lab/';
const VITE = 'node_modules/vite/bin/vite.js';

export function buildSite(outDir: string): void {
  const build = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer ${url} within ${ms} ms`);
}

export interface Served {
  url: string;
  stop: () => void;
}

/** `isolated`: with the benchmark's COOP/COEP headers (bench/web/vite.isolated.config.ts). */
export async function serveSite(outDir: string, opts: { isolated?: boolean } = {}): Promise<Served> {
  const port = await freePort();
  const config = opts.isolated ? ['--config', 'bench/web/vite.isolated.config.ts'] : [];
  const child = spawn(process.execPath, [VITE, 'preview', ...config, '--outDir', outDir, '--base', BASE, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}${BASE}`;
  try {
    await waitFor(url, child, 30_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}
