import { describe, expect, it } from 'vitest';
import { LESSONS, parseLesson, type Segment } from '../../src/lessons/lib';
import { gateOpen, outputGates, splitAtHeading } from '../../src/ui/lib/lessonGates';

const md = (text: string): Segment => ({ kind: 'markdown', text, line: 1 });
const run = (index: number): Segment => ({
  kind: 'run',
  block: { index, command: `cmd ${index}`, fails: false, line: 1 },
});
const predict = (): Segment => ({
  kind: 'predict',
  block: { question: 'q', answer: 'a', why: 'w', reveal: { command: 1 }, after: 0, line: 1 },
});

describe('splitAtHeading', () => {
  it.each([
    ['no heading', 'out\n\ntext', ['out\n\ntext', '']],
    [
      'a heading after the output',
      '```sh\nout\n```\n\nwhy\n\n## Next\n\nintro',
      ['```sh\nout\n```\n\nwhy', '## Next\n\nintro'],
    ],
    ['a heading first', '## Recap\n\ntext', ['', '## Recap\n\ntext']],
    [
      'a shell comment in a code block is no heading',
      '```sh\n# not a heading\n```\ntext',
      ['```sh\n# not a heading\n```\ntext', ''],
    ],
    ['a hash without a space is no heading', '#step-5 text', ['#step-5 text', '']],
  ])('%s', (_, text, want) => {
    expect(splitAtHeading(text)).toEqual(want);
  });
});

describe('outputGates', () => {
  it('holds the text after the command that follows a question, not the text before it', () => {
    const gates = outputGates([
      md('intro'),
      predict(),
      md('what to type'),
      run(1),
      md('output'),
      run(2),
      md('more output'),
    ]);
    expect(gates).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      { run: 1, predicts: [0] },
      undefined,
      { run: 2, predicts: [0] },
    ]);
  });

  it('ends at the next heading: the new section is not held', () => {
    const gates = outputGates([
      predict(),
      run(1),
      md('output\n\n## Next\n\nintro'),
      run(2),
      md('plain output'),
    ]);
    expect(gates).toEqual([undefined, undefined, { run: 1, predicts: [0] }, undefined, undefined]);
  });

  it('waits for every question of the section above the text', () => {
    const gates = outputGates([predict(), predict(), run(1), md('output')]);
    expect(gates[3]).toEqual({ run: 1, predicts: [0, 1] });
  });

  it('holds nothing in a lesson without questions', () => {
    expect(outputGates([md('a'), run(1), md('output'), run(2), md('b')]).every((g) => g === undefined)).toBe(
      true,
    );
  });

  it('holds the answer to "who is calling?" in lesson 9 until kubectl logs has run', () => {
    const src = LESSONS.find((l) => l.id === '09')!;
    const doc = parseLesson(src.text.en);
    if (!doc.ok) throw new Error('lesson 9 parses');
    const gates = outputGates(doc.value.segments);
    const i = doc.value.segments.findIndex(
      (s) => s.kind === 'markdown' && s.text.includes('::ffff:10.244.1.0'),
    );
    const gate = gates[i]!;
    expect(doc.value.runs[gate.run - 1]!.command).toBe('kubectl logs kubia');
    // The "Break it" section after it is not held.
    const seg = doc.value.segments[i] as { text: string };
    expect(splitAtHeading(seg.text)[1]).toMatch(/^## Break it/);
  });

  it('holds the same commands\u2019 output in both languages of every lesson', () => {
    for (const src of LESSONS) {
      const held = (text: string) => {
        const doc = parseLesson(text);
        if (!doc.ok) throw new Error(`${src.folder} parses`);
        return outputGates(doc.value.segments).flatMap((g) => (g ? [g.run] : []));
      };
      expect(held(src.text.zh), src.folder).toEqual(held(src.text.en));
    }
  });
});

describe('gateOpen', () => {
  const gate = { run: 3, predicts: [0, 1] };
  it.each([
    ['nothing yet', [], [], false],
    ['its command ran', [3], [], true],
    ['another command ran', [2], [0], false],
    ['one question of two revealed', [], [0], false],
    ['every question revealed', [], [0, 1], true],
  ] as const)('%s', (_, ran, revealed, want) => {
    expect(
      gateOpen(
        gate,
        (r) => (ran as readonly number[]).includes(r),
        (p) => (revealed as readonly number[]).includes(p),
      ),
    ).toBe(want);
  });
});
