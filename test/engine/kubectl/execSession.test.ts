import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

/** The processes `ps` lists in the busybox Pod, by command. */
function processes(sb: ReturnType<typeof cluster>): string[] {
  const { output } = sb.run('kubectl exec box -- ps');
  return output.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).slice(3).join(' '));
}

describe('kubectl exec -it POD -- sh', () => {
  it('talks to one shell: the first line it reads and the last run in the same process', () => {
    const sb = cluster();
    sb.run('kubectl run box --image=busybox:1.36 -- sleep 3600');
    sb.run('kubectl wait --for=condition=Ready pod/box --timeout=60s');
    expect(sb.run('kubectl exec -it box -- sh')).toMatchObject({ output: '/ # ', reading: true });
    expect(sb.run('echo $$').output).toBe('echo $$\n7\n/ # ');
    expect(sb.run('cd /etc').output).toBe('cd /etc\n/etc # ');
    expect(sb.run('echo $$ $PWD').output).toBe('echo $$ $PWD\n7 /etc\n/etc # ');
    // One exec call started it; each line went to its stdin on that session, as a frame on
    // the stream all the way from kubectl to containerd, not as a new exec request.
    const kinds = (k: string) => sb.trace.filter((e) => e.kind === k).length;
    expect([kinds('pod.exec.create'), kinds('exec'), kinds('Exec')]).toEqual([1, 1, 1]);
    expect([kinds('pod.exec.stdin'), kinds('exec.stdin'), kinds('Exec.stdin'), kinds('Exec.stdin.response'), kinds('pod.exec.stdin.response')]).toEqual([3, 3, 3, 3, 3]);
    // ps, started by the shell, is its child: it takes the namespace's next PID and lists itself.
    expect(sb.run('ps').output).toMatch(/^\s+7 root\s+0:00 sh\n\s+8 root\s+0:00 ps\n/m);
    expect(sb.run('exit 2')).toMatchObject({ output: 'exit 2\ncommand terminated with exit code 2\n', exitCode: 2 });
    expect(processes(sb)).toEqual(['sleep 3600', 'ps']);
    // PIDs are not handed out again: after the shell (7), its ps (8) and the exec'd ps (14).
    expect(sb.run('kubectl exec box -- sh -c \'echo $$\'').output).toBe('20\n');
  });

  it('ends the shell when Ctrl-C drops the session, as a closed connection would', () => {
    const sb = cluster();
    sb.run('kubectl run box --image=busybox:1.36 -- sleep 3600');
    sb.run('kubectl wait --for=condition=Ready pod/box --timeout=60s');
    const job = sb.start('kubectl exec -it box -- sh');
    sb.advance(2000);
    expect(job.output).toBe('/ # ');
    sb.interrupt();
    expect(job.done).toBe(true);
    sb.advance(1000);
    expect(processes(sb)).toEqual(['sleep 3600', 'ps']);
  });
});
