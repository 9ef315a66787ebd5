import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

const STREAM_KINDS = new Set(['ReadLogs.chunk', 'containerLogs.chunk', 'pod.log.chunk']);

function ticking(sb: ReturnType<typeof cluster>, name: string, seconds: number): void {
  sb.run(`kubectl run ${name} --image=busybox -l app=tick -- sh -c 'i=0; while true; do echo "$i"; i=$((i+1)); sleep ${seconds}; done'`);
  sb.run(`kubectl wait --for=condition=Ready pod/${name} --timeout=60s`);
}

describe('kubectl logs -f', () => {
  it('prints each line as the container writes it, and Ctrl-C stops the stream all the way to the runtime', () => {
    const sb = cluster();
    ticking(sb, 'tick', 1);
    const job = sb.start('kubectl logs -f tick --tail=1');
    sb.advance(500);
    const first = job.output;
    expect(first).toMatch(/^\d+\n$/);
    sb.advance(3000);
    expect(job.done).toBe(false);
    const n = Number(first.trim());
    expect(job.output).toBe([n, n + 1, n + 2, n + 3].map((i) => `${i}\n`).join(''));
    const before = sb.trace.length;
    sb.interrupt();
    expect(job.done).toBe(true);
    sb.advance(5000);
    const after = sb.trace.slice(before).map((e) => e.kind);
    expect(after.slice(0, 3)).toEqual(['pod.log.close', 'containerLogs.close', 'ReadLogs']);
    // The container goes on writing, but nobody is sent its lines any more.
    expect(after.filter((k) => STREAM_KINDS.has(k)).length).toBeLessThanOrEqual(1);
    expect(sb.run('kubectl logs tick --tail=1').output.trim()).not.toBe(String(n + 3));
  });

  it('ends, exit 0, when the container exits', () => {
    const sb = cluster();
    sb.run(`kubectl run once --image=busybox -- sh -c 'echo start; sleep 30; echo done'`);
    sb.run('kubectl wait --for=condition=Ready pod/once --timeout=60s');
    const r = sb.run('kubectl logs -f once');
    expect(r).toMatchObject({ output: 'start\ndone\n', exitCode: 0 });
    expect(sb.trace.filter((e) => e.kind === 'pod.log.chunk').map((e) => e.detail)).toEqual([{ bytes: 5 }, { end: true }]);
  });

  it('follows every Pod a selector matches at once, up to --max-log-requests', () => {
    const sb = cluster();
    ticking(sb, 'a', 2);
    ticking(sb, 'b', 3);
    const job = sb.start('kubectl logs -f -l app=tick --prefix --tail=0');
    sb.advance(6500);
    const lines = job.output.trim().split('\n');
    const from = (pod: string) => lines.filter((l) => l.startsWith(`[pod/${pod}/${pod}] `)).map((l) => Number(l.split(' ')[1]));
    // Every two seconds from a, every three from b, interleaved as they were written.
    const [a, b] = [from('a'), from('b')];
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(b.length).toBeGreaterThanOrEqual(2);
    expect(a.length + b.length).toBe(lines.length);
    expect(a).toEqual(a.map((_, i) => a[0]! + i));
    expect(b).toEqual(b.map((_, i) => b[0]! + i));
    sb.interrupt();
    expect(sb.run('kubectl logs -f -l app=tick --max-log-requests=1')).toMatchObject({
      output: 'error: you are attempting to follow 2 log streams, but maximum allowed concurrency is 1, use --max-log-requests to increase the limit\n',
      exitCode: 1,
    });
  });
});
