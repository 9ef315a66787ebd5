import { describe, expect, it } from 'vitest';
import { createSandbox, isIncomplete } from '../../src/engine';
import { LESSONS, LESSON_SEED, parseLesson } from '../../src/lessons/lib';
import { guessMatches, occurrences, runState, scriptCommands, stepEvent } from '../../src/ui/lib/lessonRuns';

const entry = (line: string, done: boolean, exitCode?: number) => ({
  line,
  done,
  ...(exitCode !== undefined ? { exitCode } : {}),
});

describe('a Run button read off the terminal', () => {
  const curl = 'kubectl exec client -- curl -s kubia';

  it('ticks blocks of the same command one at a time', () => {
    const entries = [entry('kubectl get pods', true, 0), entry(curl, true, 0), entry(curl, false)];
    expect(runState(entries, [], curl, 0)).toEqual({ state: 'done', exitCode: 0 });
    expect(runState(entries, [], curl, 1)).toEqual({ state: 'running' });
    expect(runState(entries, [], curl, 2)).toEqual({ state: 'idle' });
    expect(runState(entries, [curl], curl, 2)).toEqual({ state: 'queued' });
  });

  it('matches the command as typed, spaces around it aside, and keeps its exit status', () => {
    expect(
      runState(
        [entry('  kubectl exec client -- curl -sS kubia-typo ', true, 7)],
        [],
        'kubectl exec client -- curl -sS kubia-typo',
      ),
    ).toEqual({ state: 'done', exitCode: 7 });
    expect(runState([entry('kubectl get pods -o wide', true, 0)], [], 'kubectl get pods')).toEqual({
      state: 'idle',
    });
  });

  it('counts the earlier blocks with the same command', () => {
    expect(occurrences([{ command: 'a' }, { command: 'b' }, { command: 'a ' }, { command: 'a' }])).toEqual([
      0, 0, 1, 2,
    ]);
  });
});

describe('the solution as commands', () => {
  it('drops comments and blank lines and keeps a heredoc whole', () => {
    const script =
      '# lesson 3\nkubectl apply -f a.yaml\n\ncat <<EOF > fixed.yaml\nkind: Pod\n# not a comment here\nEOF\nkubectl get pods\n';
    expect(scriptCommands(script, isIncomplete)).toEqual([
      'kubectl apply -f a.yaml',
      'cat <<EOF > fixed.yaml\nkind: Pod\n# not a comment here\nEOF',
      'kubectl get pods',
    ]);
  });

  it('splits every lesson solution into commands the shell accepts whole', () => {
    for (const l of LESSONS)
      for (const c of scriptCommands(l.solution, isIncomplete))
        expect(isIncomplete(c), `${l.folder}: ${c}`).toBe(false);
  });
});

describe('a #step-N link', () => {
  it('lands on the first message of that step in the latest flow', () => {
    const src = LESSONS.find((l) => l.id === '02')!;
    const sb = createSandbox({ seed: LESSON_SEED, scenario: src.scenario });
    expect(stepEvent(sb.trace, 1)).toBeUndefined();
    sb.run('docker build -t kubia .');
    sb.run('kubectl apply -f pod.yaml');
    sb.run('kubectl wait --for=condition=Ready pod/kubia-manual --timeout=120s');
    expect(stepEvent(sb.trace, 1)).toMatchObject({ seq: 1, from: 'laptop', to: 'registry' });
    const five = stepEvent(sb.trace, 5)!;
    expect(five).toMatchObject({ kind: 'pod.ADDED', to: 'scheduler', step: 5 });
    expect(sb.trace.filter((e) => e.step === 5 && e.seq < five.seq)).toEqual([]);
    expect(stepEvent(sb.trace, 4)).toMatchObject({ kind: 'pod.get', step: 4 });
  });

  it('picks the latest flow when a step happened twice', () => {
    const src = LESSONS.find((l) => l.id === '02')!;
    const sb = createSandbox({ seed: LESSON_SEED, scenario: src.scenario });
    sb.run('kubectl apply -f pod.yaml');
    sb.run('kubectl run second --image=nginx');
    sb.advance(30_000);
    const five = stepEvent(sb.trace, 5)!;
    expect(five.ref?.name).toBe('second');
    expect(five.kind).toBe('pod.ADDED');
  });
});

describe('a free-text guess', () => {
  it('is right when it says the answer, whatever the case, spacing or full stop', () => {
    expect(guessMatches('  10.244.1.2 ', '10.244.1.2')).toBe(true);
    expect(guessMatches('The API  server.', 'the API server')).toBe(true);
    expect(guessMatches('the scheduler', 'the API server')).toBe(false);
  });
});

describe('the lessons as the page reads them', () => {
  it('parses every lesson in both languages, with the same runnable blocks', () => {
    for (const l of LESSONS) {
      const en = parseLesson(l.text.en);
      const zh = parseLesson(l.text.zh);
      expect(en.ok && zh.ok, l.folder).toBe(true);
      if (en.ok && zh.ok)
        expect(zh.value.runs.map((r) => r.command)).toEqual(en.value.runs.map((r) => r.command));
    }
  });
});
