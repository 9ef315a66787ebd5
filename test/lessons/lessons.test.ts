// Every lesson is sound: both languages agree, every Run command does what the text says
// in a fresh sandbox of the lesson's scenario, predicts reveal, goals go from false to
// true with solution.sh. The same checks run as `npm run lessons:check`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLesson, formatProblem } from '../../src/lessons/lib/check';
import { lessonFolders } from '../../src/lessons/lib/check/disk';
import { LESSONS } from '../../src/lessons/lib/lessons';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'lessons');
const ids = LESSONS.map((l) => l.id);

describe('lessons', () => {
  it('the index lists every lesson folder, in order', () => {
    expect(LESSONS.map((l) => l.folder)).toEqual(lessonFolders(root));
  });

  for (const lesson of LESSONS) {
    it(lesson.folder, () => {
      const problems = checkLesson(lesson, { lessons: ids }).map(formatProblem);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
