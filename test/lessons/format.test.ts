// The lesson format: front matter, runnable and predict blocks, links, reveals.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/engine';
import { resolveLink } from '../../src/lessons/lib/links';
import { parseLesson } from '../../src/lessons/lib/parse';
import { isRevealed } from '../../src/lessons/lib/predict';
import type { LessonDoc, ParseResult } from '../../src/lessons/lib/types';

const FRONT = `---
title: "T"
summary: "S"
minutes: 8
goals:
  - id: one
    text: "first"
hints:
  - "h"
---
`;

function ok(r: ParseResult<LessonDoc>): LessonDoc {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return r.value;
}

function messages(text: string): string[] {
  const r = parseLesson(text, 'x/en.md');
  return r.ok ? [] : r.problems.map((p) => `${p.where}:${p.line}: ${p.message}`);
}

describe('parseLesson', () => {
  it('cuts the body into markdown, runnable and predict segments in reading order', () => {
    const doc = ok(
      parseLesson(`${FRONT}
Intro with a [link](#step-5).

\`\`\`sh run
kubectl get pods
\`\`\`

\`\`\`sh
kubectl get pods   # read only, [not a link](#step-99)
\`\`\`

\`\`\`predict
question: "Which node?"
choices: ["node-1", "node-2"]
answer: "node-1"
why: "Because."
reveal: { kind: binding.create }
\`\`\`

\`\`\`sh run fails
kubectl apply -f broken.yaml
\`\`\`
`),
    );
    expect(doc.segments.map((s) => s.kind)).toEqual(['markdown', 'run', 'markdown', 'predict', 'run']);
    expect(doc.runs.map((r) => [r.index, r.command, r.fails])).toEqual([
      [1, 'kubectl get pods', false],
      [2, 'kubectl apply -f broken.yaml', true],
    ]);
    expect(doc.predicts[0]).toMatchObject({
      question: 'Which node?',
      answer: 'node-1',
      reveal: { kind: 'binding.create' },
      after: 1,
    });
    // A plain ```sh block stays in the Markdown for the renderer, and links inside code are not links.
    const plain = doc.segments[2];
    expect(plain?.kind === 'markdown' && plain.text).toContain('```sh\nkubectl get pods');
    expect(doc.links).toEqual([{ text: 'link', href: '#step-5', line: 12 }]);
    expect(doc.runs[0]?.line).toBe(14);
  });

  it('keeps a heredoc as one runnable command', () => {
    const doc = ok(parseLesson(`${FRONT}\n\`\`\`sh run\ncat <<EOF > a.yaml\nkind: Pod\nEOF\n\`\`\`\n`));
    expect(doc.runs[0]?.command).toBe('cat <<EOF > a.yaml\nkind: Pod\nEOF');
  });

  it('rejects bad front matter with the field named', () => {
    expect(messages('no front matter')).toEqual([
      'x/en.md:1: the file must start with front matter between two `---` lines',
    ]);
    const bad = messages(
      `---\ntitle: ""\nsummary: s\nminutes: 40\ngoals:\n  - id: Bad_Id\n    text: t\nhints: []\nauthor: me\n---\n`,
    );
    expect(bad).toEqual([
      'x/en.md:1: front matter: unknown field "author" (known: title, summary, minutes, goals, hints)',
      'x/en.md:1: front matter: title must be a non-empty string',
      'x/en.md:1: front matter: minutes must be a number from 5 to 15',
      'x/en.md:1: front matter: goals[0].id must be kebab-case (a-z, 0-9, -)',
      'x/en.md:1: front matter: hints must be a non-empty list of strings',
    ]);
  });

  it('rejects broken blocks with their line', () => {
    expect(messages(`${FRONT}\n\`\`\`sh run now\nls\n\`\`\`\n`)).toEqual([
      'x/en.md:12: runnable block: write `sh run` or `sh run fails`, not "sh run now"',
    ]);
    expect(
      messages(
        `${FRONT}\n\`\`\`predict\nquestion: q\nanswer: c\nwhy: w\nchoices: [a, b]\nreveal: { step: 6 }\n\`\`\`\n`,
      ),
    ).toEqual(['x/en.md:12: predict block: answer "c" is not one of the choices']);
    expect(
      messages(`${FRONT}\n\`\`\`predict\nquestion: q\nanswer: a\nwhy: w\nreveal: { step: 12 }\n\`\`\`\n`),
    ).toEqual(['x/en.md:12: predict block: reveal step must be 1–9']);
    expect(
      messages(`${FRONT}\n\`\`\`predict\nquestion: q\nanswer: a\nwhy: w\nreveal: { when: later }\n\`\`\`\n`),
    ).toEqual([
      'x/en.md:12: predict block: reveal has an unknown field "when" (known: command, kind, step, from, to, ref)',
    ]);
    expect(messages(`${FRONT}\n\`\`\`sh run\nls\n`)).toEqual(['x/en.md:12: code block is never closed']);
  });
});

describe('resolveLink', () => {
  it('knows steps, packet walks, lessons and https addresses', () => {
    expect(resolveLink('#step-5')).toEqual({ kind: 'step', step: 5 });
    expect(resolveLink('#walk-pod-to-service')).toEqual({ kind: 'walk', id: 'pod-to-service' });
    expect(resolveLink('#lesson-03')).toEqual({ kind: 'lesson', id: '03' });
    expect(resolveLink('https://kubernetes.io/docs/')).toEqual({
      kind: 'external',
      href: 'https://kubernetes.io/docs/',
    });
    expect(resolveLink('#lesson-3')).toBeUndefined();
    expect(resolveLink('other.md')).toBeUndefined();
    expect(resolveLink('http://insecure.example')).toBeUndefined();
  });
});

describe('isRevealed', () => {
  const ev = (seq: number, kind: string, from: string, to: string, name?: string): TraceEvent => ({
    seq,
    t: seq,
    at: seq,
    from,
    to,
    kind,
    ...(name ? { ref: { kind: 'Pod', name } } : {}),
  });
  const trace = [
    ev(1, 'binding.create', 'scheduler', 'apiServer', 'a'),
    ev(2, 'RunPodSandbox', 'kubelet/node-1', 'containerRuntime/node-1', 'b'),
  ];
  const runs = [
    { index: 1, command: 'kubectl apply -f pod.yaml', fails: false, line: 1 },
    { index: 2, command: 'kubectl get pods', fails: false, line: 2 },
  ];

  it('matches trace events recorded after the question, by kind, component and object', () => {
    const state = { trace, commands: [] };
    expect(isRevealed({ kind: 'binding.create' }, state, { seq: 0, commands: 0 }, runs)).toBe(true);
    expect(isRevealed({ kind: 'binding.create' }, state, { seq: 1, commands: 0 }, runs)).toBe(false);
    expect(isRevealed({ kind: 'RunPodSandbox', from: 'kubelet' }, state, { seq: 0, commands: 0 }, runs)).toBe(
      true,
    );
    expect(
      isRevealed({ kind: 'RunPodSandbox', from: 'kubelet/node-2' }, state, { seq: 0, commands: 0 }, runs),
    ).toBe(false);
    expect(isRevealed({ kind: 'RunPodSandbox', ref: 'a' }, state, { seq: 0, commands: 0 }, runs)).toBe(false);
  });

  it('reveals after the n-th runnable block has finished', () => {
    const commands = [
      { t: 0, command: 'kubectl apply -f pod.yaml' },
      { t: 1, command: 'kubectl get pods' },
    ];
    expect(isRevealed({ command: 2 }, { trace, commands }, { seq: 0, commands: 0 }, runs)).toBe(true);
    expect(isRevealed({ command: 2 }, { trace, commands }, { seq: 0, commands: 0 }, runs, true)).toBe(false);
    expect(isRevealed({ command: 2 }, { trace, commands }, { seq: 0, commands: 2 }, runs)).toBe(false);
  });
});
