/**
 * Node only (scripts/lessons-check.ts and tests): read every lesson folder from disk.
 * The browser uses ../lessons.ts instead, whose `?raw` imports only Vite understands.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LessonGoals, LessonProblem, LessonSource } from '../types';

/** A lesson folder is named `NN-slug`. */
export const LESSON_FOLDER = /^(\d{2})-[a-z0-9-]+$/;
const FILES = ['en.md', 'zh.md', 'scenario.yaml', 'goals.ts', 'solution.sh'] as const;

export function lessonFolders(root: string): string[] {
  return readdirSync(root)
    .filter((name) => LESSON_FOLDER.test(name) && statSync(join(root, name)).isDirectory())
    .sort();
}

export async function loadLessonFromDisk(
  root: string,
  folder: string,
): Promise<LessonSource | LessonProblem[]> {
  const dir = join(root, folder);
  const missing = FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0)
    return missing.map((f) => ({ where: `${folder}/${f}`, message: 'file is missing' }));
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const mod = (await import(pathToFileURL(join(dir, 'goals.ts')).href)) as { default?: LessonGoals };
  if (!mod.default)
    return [{ where: `${folder}/goals.ts`, message: 'goals.ts must `export default defineGoals({...})`' }];
  return {
    folder,
    id: LESSON_FOLDER.exec(folder)![1]!,
    text: { en: read('en.md'), zh: read('zh.md') },
    scenario: read('scenario.yaml'),
    solution: read('solution.sh'),
    goals: mod.default,
  };
}
