import { describe, expect, it } from 'vitest';
import { createSandbox, traceToJsonLines, type Job, type Sandbox } from '../../../src/engine';

/** Start `command`, let it run `ms` of virtual time, then press Ctrl-Z: its line's job. */
function stopAfter(sb: Sandbox, command: string, ms = 1000): Job {
  const job = sb.start(command);
  sb.advance(ms);
  sb.suspend();
  return job;
}

/** The line bash prints for a job Ctrl-Z stopped, after the terminal's `^Z`. */
const stopped = (n: number, command: string, mark = '+') => `^Z\n[${n}]${mark}  ${'Stopped'.padEnd(24)}${command}\n`;

/**
 * Ctrl-Z as the page sends it (sb.suspend(), as sb.interrupt() for Ctrl-C): SIGTSTP stops the
 * foreground job, bash reports it at once, and fg, bg or kill take it from the job table.
 */
describe('Ctrl-Z', () => {
  it('stops a watch: nothing printed while stopped, its events held until bg continues it, then kill ends it', () => {
    const sb = createSandbox({ seed: 1 });
    const watch = stopAfter(sb, 'kubectl get pods -w');
    expect(watch.output).toBe('No resources found in default namespace.\n' + stopped(1, 'kubectl get pods -w'));
    expect(watch.exitCode).toBe(148);
    expect(sb.run('echo $?').output).toBe('148\n');
    expect(sb.run('jobs').output).toBe('[1]+  Stopped                 kubectl get pods -w\n');

    // The stopped kubectl's watch stays open: the API server still sends, the laptop holds it.
    const before = sb.trace.length;
    expect(sb.run('kubectl run web --image=nginx').output).toBe('pod/web created\n');
    expect(sb.run('sleep 5').output).toBe('');
    const toWatch = sb.trace.slice(before).filter((e) => e.to === 'kubectl' && e.kind.startsWith('pod.') && !e.kind.endsWith('.response'));
    expect(toWatch.map((e) => e.kind)).toEqual(['pod.ADDED', 'pod.MODIFIED', 'pod.MODIFIED', 'pod.MODIFIED', 'pod.MODIFIED']);
    expect(sb.trace.slice(before).some((e) => e.kind === 'watch.close')).toBe(false);

    expect(sb.run('bg').output).toBe('[1]+ kubectl get pods -w &\n');
    // Printed as kubectl handles them now, the header first (it printed none before), their ages as of now.
    expect(sb.run('sleep 1').output).toBe(
      [
        'NAME   READY   STATUS    RESTARTS   AGE',
        'web    0/1     Pending   0          5s',
        'web    0/1     Pending   0          5s',
        'web    0/1     ContainerCreating   0          5s',
        'web    0/1     ContainerCreating   0          5s',
        'web    1/1     Running             0          5s',
        '',
      ].join('\n'),
    );
    expect(sb.run('jobs').output).toBe('[1]+  Running                 kubectl get pods -w &\n');
    expect(sb.run('kill %1').output).toBe('[1]+  Terminated              kubectl get pods -w\n');
    sb.runUntilIdle();
    expect(sb.trace.some((e) => e.kind === 'watch.close')).toBe(true);
  });

  it('stops only the pipeline running: the line goes on with status 148', () => {
    const sb = createSandbox({ seed: 1 });
    const line = stopAfter(sb, 'sleep 30 && echo woke || echo stopped: $?');
    expect(line.output).toBe(stopped(1, 'sleep 30') + 'stopped: 148\n');
    expect(line.done).toBe(true);
    expect(sb.run('jobs').output).toBe('[1]+  Stopped                 sleep 30\n');
    expect(sb.run('kill %1').output).toBe('[1]+  Terminated              sleep 30\n');
  });

  it("keeps a sleep's deadline, as Linux restarts its nanosleep: continued before it, the rest; after it, done at once", () => {
    const sb = createSandbox({ seed: 1 });
    const start = sb.now();
    stopAfter(sb, 'sleep 30', 5000);
    sb.advance(10_000);
    expect(sb.run('fg')).toEqual({ output: 'sleep 30\n', exitCode: 0 });
    expect(sb.now() - start).toBe(30_000);

    stopAfter(sb, 'sleep 3');
    sb.advance(10_000);
    const at = sb.now();
    expect(sb.run('fg').output).toBe('sleep 3\n');
    expect(sb.now() - at).toBe(0);
  });

  it('stops a job fg brought back: it keeps its number and is the current job', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('sleep 50 &');
    stopAfter(sb, 'sleep 40');
    const fg = stopAfter(sb, 'fg %1');
    expect(fg.output).toBe('sleep 50\n' + stopped(1, 'sleep 50'));
    expect(sb.run('echo $?').output).toBe('148\n');
    expect(sb.run('jobs').output).toBe('[1]+  Stopped                 sleep 50\n[2]-  Stopped                 sleep 40\n');
    expect(sb.run('bg %2 %1').output).toBe('[2]- sleep 40 &\n[1]+ sleep 50 &\n');
    expect(sb.run('wait %1; echo $?').output).toBe('0\n[1]-  Done                    sleep 50\n[2]+  Done                    sleep 40\n');
  });

  it('leaves a line waiting in wait alone (bash ignores SIGTSTP): only the terminal echoes ^Z', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('sleep 30 &');
    const wait = sb.start('wait');
    sb.advance(1000);
    expect(sb.suspend()).toBe(true);
    expect(wait.output).toBe('^Z');
    expect(wait.done).toBe(false);
    sb.interrupt();
    expect(wait.output).toBe('^Z^C\n');
    expect(sb.run('jobs').output).toBe('[1]+  Running                 sleep 30 &\n');
  });

  it('does nothing with no command running, or one reading a typed line', () => {
    const sb = createSandbox({ seed: 1 });
    expect(sb.suspend()).toBe(false);
    sb.run('kubectl run web --image=nginx');
    sb.run('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    expect(sb.run('kubectl exec -it web -- sh').reading).toBe(true);
    expect(sb.suspend()).toBe(false);
    expect(sb.actions.some((a) => 'suspend' in a)).toBe(false);
  });

  it('stops a port-forward: a connection waits unanswered until it is continued', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('kubectl run web --image=nginx');
    sb.run('kubectl wait --for=condition=Ready pod/web --timeout=60s');
    stopAfter(sb, 'kubectl port-forward pod/web 8080:80');
    // The kernel accepts the connection; the stopped kubectl never answers it.
    expect(sb.run('curl -s --max-time 3 localhost:8080; echo $?').output).toBe('28\n');
    // Continued, kubectl takes the connection curl gave up on: the late answer meets a reset, once.
    const fg = stopAfter(sb, 'fg');
    expect(fg.output).toBe('kubectl port-forward pod/web 8080:80\nHandling connection for 8080\n' + stopped(1, 'kubectl port-forward pod/web 8080:80'));
    expect(sb.run('bg').output).toBe('[1]+ kubectl port-forward pod/web 8080:80 &\n');
    expect(sb.run('curl -s localhost:8080 | grep title').output).toContain('<title>Welcome to nginx!</title>');
    expect(sb.run('kill %1').output).toBe('[1]+  Terminated              kubectl port-forward pod/web 8080:80\n');
  });

  it('gives the next kubectl a process of its own while a stopped one holds the foreground kubectl', () => {
    const sb = createSandbox({ seed: 1 });
    stopAfter(sb, 'kubectl get pods -w');
    expect(sb.run('kubectl get pods').output).toBe('No resources found in default namespace.\n');
    expect(sb.actorState('kubectl#2361')).toBeUndefined();
    sb.run('kill %1');
    sb.run('kubectl run web --image=nginx');
    expect(sb.run('kubectl get pods -o name').output).toBe('pod/web\n');
  });

  it('is replayed by time travel', () => {
    const sb = createSandbox({ seed: 1 });
    stopAfter(sb, 'kubectl get pods -w');
    sb.run('kubectl run web --image=nginx');
    sb.advance(3000);
    sb.run('bg');
    sb.advance(3000);
    const end = sb.now();
    const trace = traceToJsonLines(sb.trace);
    const jobs = sb.run('jobs').output;
    sb.seek(end);
    expect(sb.actions.filter((a) => 'suspend' in a)).toHaveLength(1);
    expect(traceToJsonLines(sb.trace)).toBe(trace);
    expect(sb.run('jobs').output).toBe(jobs);
  });
});

/** bash's bg builtin, and what fg and bg share: get_job_spec's job specs and start_job's refusals. */
describe('bg', () => {
  it('says what bash 5.2 says when there is nothing to continue', () => {
    const sb = createSandbox({ seed: 1 });
    expect(sb.run('bg')).toEqual({ output: 'bash: bg: current: no such job\n', exitCode: 1 });
    sb.run('sleep 30 &');
    expect(sb.run('bg')).toEqual({ output: 'bash: bg: job 1 already in background\n', exitCode: 1 });
    expect(sb.run('bg 2 %x').output).toBe('bash: bg: 2: no such job\nbash: bg: %x: no such job\n');
    expect(sb.run('bg -x')).toEqual({ output: 'bash: bg: -x: invalid option\nbg: usage: bg [job_spec ...]\n', exitCode: 2 });
    // A background job is a subshell, without job control.
    expect(sb.run('fg &').output).toBe('[2] 2362\nbash: fg: no job control\n[2]+  Exit 1                  fg\n');
  });

  it('refuses a job that has ended but is not reported yet, which is reported then', () => {
    const sb = createSandbox({ seed: 1 });
    sb.run('sleep 1 &');
    sb.advance(2000);
    expect(sb.run('bg').output).toBe('bash: bg: job has terminated\n[1]+  Done                    sleep 1\n');
    sb.run('sleep 1 &');
    sb.advance(2000);
    expect(sb.run('fg').output).toBe('bash: fg: job has terminated\n[1]+  Done                    sleep 1\n');
  });

  it('reads a bare number or name as a job spec, as fg does', () => {
    const sb = createSandbox({ seed: 1 });
    stopAfter(sb, 'sleep 30');
    expect(sb.run('bg 1').output).toBe('[1]+ sleep 30 &\n');
    expect(sb.run('fg sleep').output).toBe('sleep 30\n');
  });
});
