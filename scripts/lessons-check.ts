// `npm run lessons:check [NN …]`: check every lesson in src/lessons (or the ones named):
// both languages agree, every link resolves, every Run command does what the text says in
// a fresh sandbox, predicts reveal, and goals go from false to true with solution.sh.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLesson, formatProblem } from '../src/lessons/lib/check';
import { LESSON_FOLDER, lessonFolders, loadLessonFromDisk } from '../src/lessons/lib/check/disk';
import { loadEngineParts } from '../src/engine/parts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lessons');

async function main(): Promise<number> {
  // A lesson's Run blocks may use any command: the whole engine is loaded first.
  await loadEngineParts();
  const folders = lessonFolders(root);
  const wanted = process.argv.slice(2);
  const ids = folders.map((f) => LESSON_FOLDER.exec(f)![1]!);
  let failed = 0;
  for (const folder of folders) {
    if (wanted.length > 0 && !wanted.some((w) => folder.startsWith(w))) continue;
    const src = await loadLessonFromDisk(root, folder);
    const problems = Array.isArray(src) ? src : checkLesson(src, { lessons: ids });
    if (problems.length === 0) {
      process.stdout.write(`ok    ${folder}\n`);
      continue;
    }
    failed++;
    process.stdout.write(`FAIL  ${folder}\n`);
    for (const p of problems) process.stdout.write(`  ${formatProblem(p).replace(/\n/g, '\n  ')}\n`);
  }
  process.stdout.write(failed === 0 ? 'all lessons pass\n' : `${failed} lesson(s) with problems\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
