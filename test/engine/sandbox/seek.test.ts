import { describe, expect, it } from 'vitest';
import { createSandbox, traceToJsonLines, type Sandbox } from '../../../src/engine';

function state(sb: Sandbox): string {
  return JSON.stringify({ snapshot: sb.snapshot(), files: [...sb.files().entries()] });
}

describe('time travel', () => {
  it('replays commands, Ctrl-C and saved files to rebuild the cluster exactly', () => {
    const sb = createSandbox({ seed: 4 });
    sb.run('kubectl apply -f pod.yaml');
    const early = sb.now() + 2000;
    sb.run('sleep 20');
    sb.writeFile('note.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: notes\n');
    sb.start('kubectl wait --for=delete pod/kubia-manual --timeout=300s');
    sb.advance(5000);
    sb.interrupt();
    sb.run('kubectl apply -f note.yaml');
    sb.advance(1000);
    const end = sb.now();
    const final = state(sb);
    const trace = traceToJsonLines(sb.trace);

    sb.seek(early);
    expect(sb.now()).toBe(early);
    expect(sb.files().has('note.yaml')).toBe(false);
    expect(sb.snapshot().objects.namespaces!.some((n) => n.metadata?.name === 'notes')).toBe(false);

    sb.seek(end);
    expect(state(sb)).toBe(final);
    expect(traceToJsonLines(sb.trace)).toBe(trace);
    expect(sb.actions.map((a) => ('command' in a ? 'cmd' : 'interrupt' in a ? '^C' : 'write'))).toEqual(['cmd', 'cmd', 'write', 'cmd', '^C', 'cmd']);
  });

  it('types the lines a shell in a container was given again, at their moments', () => {
    const sb = createSandbox({ seed: 4 });
    // Each line a moment after the last (as typed), so the replay starts it at the same point.
    sb.run('kubectl run web --image=nginx:1.27');
    sb.advance(5000);
    expect(sb.run('kubectl exec -it web -- sh')).toMatchObject({ output: '# ', reading: true });
    sb.advance(1000);
    expect(sb.run('hostname')).toMatchObject({ output: 'hostname\nweb\n# ', typed: true, reading: true });
    sb.advance(3000);
    const between = sb.now();
    expect(sb.run('exit')).toEqual({ output: 'exit\n', exitCode: 0, typed: true });
    sb.advance(1000);
    const end = sb.now();
    const trace = traceToJsonLines(sb.trace);

    sb.seek(between);
    expect(sb.current?.prompt).toBe('# ');
    expect(sb.current?.output).toBe('# hostname\nweb\n# ');
    sb.seek(end);
    expect(sb.current).toBeUndefined();
    expect(traceToJsonLines(sb.trace)).toBe(trace);
  });

  it('continues a new timeline from a point in the past', () => {
    const sb = createSandbox({ seed: 4 });
    sb.run('kubectl run a --image=nginx:1.27');
    const t = sb.now();
    sb.run('kubectl run b --image=nginx:1.27');
    sb.seek(t);
    sb.run('kubectl run c --image=nginx:1.27');
    const names = sb.snapshot().objects.pods!.filter((p) => p.metadata?.namespace === 'default').map((p) => p.metadata?.name);
    expect(names).toEqual(['a', 'c']);
  });
});
