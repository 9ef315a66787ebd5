// The lesson checks catch what they promise to catch, and say where.
import { describe, expect, it } from 'vitest';
import {
  checkGoals,
  checkLesson,
  checkRunnableBlocks,
  checkTexts,
  formatProblem,
} from '../../src/lessons/lib/check';
import { defineGoals } from '../../src/lessons/lib/goals';
import { exists } from '../../src/lessons/lib/predicates';
import type { LessonSource } from '../../src/lessons/lib/types';

function page(body: string, goals = ['made'], hints = 1): string {
  return `---
title: "T"
summary: "S"
minutes: 6
goals:
${goals.map((g) => `  - id: ${g}\n    text: "${g}"`).join('\n')}
hints:
${Array.from({ length: hints }, (_, i) => `  - "hint ${i}"`).join('\n')}
---

${body}
`;
}

const RUN = (cmd: string, flags = '') => `\`\`\`sh run${flags}\n${cmd}\n\`\`\``;
const PREDICT = (reveal: string) =>
  `\`\`\`predict\nquestion: "q"\nanswer: "a"\nwhy: "w"\nreveal: ${reveal}\n\`\`\``;

function source(en: string, zh: string, over: Partial<LessonSource> = {}): LessonSource {
  return {
    folder: '07-fixture',
    id: '07',
    text: { en, zh },
    scenario: 'name: fixture\n',
    solution: 'kubectl apply -f pod.yaml\n',
    goals: defineGoals({ made: (s) => exists(s, 'pods', 'kubia-manual') }),
    ...over,
  };
}

const problems = (src: LessonSource) => checkTexts(src, { lessons: ['07'] }).problems.map(formatProblem);

describe('checkTexts', () => {
  it('accepts two languages that agree', () => {
    const body = `Hello, see [step 4](#step-4) and [this lesson](#lesson-07).\n\n${RUN('kubectl get nodes')}`;
    expect(problems(source(page(body), page(body)))).toEqual([]);
  });

  it('names the lesson, the language and the block when the languages disagree', () => {
    const en = page(
      `${RUN('kubectl get nodes')}\n\n${PREDICT('{ kind: binding.create }')}\n\n${RUN('kubectl apply -f pod.yaml')}`,
      ['made'],
      2,
    );
    const zh = page(`${RUN('kubectl get node')}\n\n${PREDICT('{ step: 5 }')}`, ['made', 'extra'], 1);
    expect(problems(source(en, zh))).toEqual([
      '07-fixture (en.md vs zh.md): goal ids differ: en has [made], zh has [made, extra]',
      '07-fixture (en.md vs zh.md): en has 2 hints, zh has 1',
      '07-fixture (en.md vs zh.md): runnable block 1 differs: en.md line 13 `kubectl get nodes` vs zh.md line 14 `kubectl get node`',
      '07-fixture (en.md vs zh.md): runnable block 2 exists only in en.md (line 24)',
      '07-fixture (en.md vs zh.md): predict block 1 differs: en.md line 17 reveals {"kind":"binding.create"} after block 1, zh.md line 18 reveals {"step":5} after block 1',
    ]);
  });

  it('flags links that do not resolve and blocks that are not one command', () => {
    const body = `[a](#step-10) [b](#lesson-99) [c](notes.md) [d](#walk-pod-to-pod)\n\n${RUN('kubectl get pods\nkubectl get nodes')}\n\n${PREDICT('{ command: 1 }')}`;
    expect(problems(source(page(body), page(body))).filter((p) => p.includes('/en.md'))).toEqual([
      '07-fixture/en.md:12: link [a](#step-10) names a step outside 1–9',
      '07-fixture/en.md:12: link [b](#lesson-99) names lesson 99, which does not exist',
      '07-fixture/en.md:12: link [c](notes.md) is not #step-N, #walk-<id>, #lesson-NN or an https address',
      '07-fixture/en.md:14: runnable block 1 holds 2 commands; put one command in each block',
      '07-fixture/en.md:19: predict block reveals after runnable block 1, which comes before the question',
    ]);
  });

  it('wants one predicate per goal id', () => {
    const src = source(page('text', ['made', 'other']), page('text', ['made', 'other']), {
      goals: defineGoals({ made: () => true, stray: () => true }),
    });
    expect(problems(src)).toEqual([
      '07-fixture/goals.ts: goal "other" has no predicate',
      '07-fixture/goals.ts: predicate "stray" is not a goal in the front matter',
    ]);
  });
});

describe('checks in a sandbox', () => {
  it('reports a Run command that fails, and one marked `fails` that succeeds', () => {
    const body = `${RUN('kubectl get pod nope')}\n\n${RUN('kubectl get nodes', ' fails')}`;
    const src = source(page(body), page(body));
    const docs = checkTexts(src, { lessons: [] }).docs!;
    const found = checkRunnableBlocks(src, docs).map(formatProblem);
    expect(found).toEqual([
      '07-fixture runnable block 1 (en.md line 12, zh.md line 12): `kubectl get pod nope` exited 1:\n    Error from server (NotFound): pods "nope" not found',
      expect.stringMatching(
        /^07-fixture runnable block 2 \(en.md line 16, zh.md line 16\): `kubectl get nodes` should fail \(it is marked `sh run fails`\) but exited 0:\n {4}NAME/,
      ),
    ]);
  });

  it('reports a predict block whose moment never comes', () => {
    const body = `${PREDICT('{ kind: binding.create }')}\n\n${RUN('kubectl get nodes')}\n\n${PREDICT('{ kind: binding.create }')}\n\n${RUN('kubectl apply -f pod.yaml')}`;
    const src = source(page(body), page(body));
    const found = checkRunnableBlocks(src, checkTexts(src, { lessons: [] }).docs!).map(formatProblem);
    // The first question is answered by the apply two blocks later; the second as well. Asking
    // after the last block, nothing is left to reveal it.
    expect(found).toEqual([]);
    const late = `${RUN('kubectl apply -f pod.yaml')}\n\n${PREDICT('{ kind: binding.create }')}`;
    const src2 = source(page(late), page(late));
    expect(checkRunnableBlocks(src2, checkTexts(src2, { lessons: [] }).docs!).map(formatProblem)).toEqual([
      '07-fixture/en.md:16: predict block never reveals: nothing matched {"kind":"binding.create"} after runnable block 1',
      '07-fixture/zh.md:16: predict block never reveals: nothing matched {"kind":"binding.create"} after runnable block 1',
    ]);
  });

  it('wants every packet walk link to reach a walk the lesson\'s commands make', () => {
    const body = `${RUN('curl -s 192.168.56.11:30080', ' fails')}\n\nSee [the walk](#walk-laptop-w1) and [another](#walk-laptop-w2).`;
    const src = source(page(body), page(body));
    expect(checkRunnableBlocks(src, checkTexts(src, { lessons: [] }).docs!).map(formatProblem)).toEqual([
      "07-fixture/en.md:16: link [another](#walk-laptop-w2) names a packet walk the lesson's commands do not make (they make: #walk-laptop-w1)",
      "07-fixture/zh.md:16: link [another](#walk-laptop-w2) names a packet walk the lesson's commands do not make (they make: #walk-laptop-w1)",
    ]);
  });

  it('wants goals false at the start and true after solution.sh', () => {
    const body = RUN('kubectl get nodes');
    const good = source(page(body), page(body));
    expect(checkGoals(good, checkTexts(good, { lessons: [] }).docs!.en)).toEqual([]);
    const bad = source(page(body), page(body), {
      solution: 'kubectl get pods\nkubectl get pod nope\n',
      goals: defineGoals({
        made: (s) => exists(s, 'pods', 'kubia-manual') || exists(s, 'nodes', 'node-1', ''),
      }),
    });
    expect(checkGoals(bad, checkTexts(bad, { lessons: [] }).docs!.en).map(formatProblem)).toEqual([
      '07-fixture/goals.ts: goal "made" is already true before the learner has done anything',
      '07-fixture/solution.sh: `kubectl get pod nope` exited 1:\n    Error from server (NotFound): pods "nope" not found',
    ]);
  });

  it('reports a scenario that does not load', () => {
    const body = RUN('kubectl get nodes');
    const src = source(page(body), page(body), { scenario: 'name: x\nnodez: []\n' });
    expect(checkLesson(src, { lessons: [] }).map(formatProblem)).toContain(
      '07-fixture/scenario.yaml: scenario: unknown field "nodez" (known: name, startTime, clusterAgeSeconds, nodes, registry, laptop, objects, kubeProxyMode)',
    );
  });
});
