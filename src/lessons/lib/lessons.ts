/**
 * The lessons, in order. Texts come in as `?raw` imports, which Vite (the browser build)
 * and Vitest both understand; Node scripts read the folders from disk instead
 * (check/disk.ts). A test keeps this list and the folders on disk in step.
 */
import en01 from '../01-what-is-a-pod/en.md?raw';
import zh01 from '../01-what-is-a-pod/zh.md?raw';
import scenario01 from '../01-what-is-a-pod/scenario.yaml?raw';
import solution01 from '../01-what-is-a-pod/solution.sh?raw';
import goals01 from '../01-what-is-a-pod/goals';
import en02 from '../02-nine-steps/en.md?raw';
import zh02 from '../02-nine-steps/zh.md?raw';
import scenario02 from '../02-nine-steps/scenario.yaml?raw';
import solution02 from '../02-nine-steps/solution.sh?raw';
import goals02 from '../02-nine-steps/goals';
import en03 from '../03-pod-manifest/en.md?raw';
import zh03 from '../03-pod-manifest/zh.md?raw';
import scenario03 from '../03-pod-manifest/scenario.yaml?raw';
import solution03 from '../03-pod-manifest/solution.sh?raw';
import goals03 from '../03-pod-manifest/goals';
import en05 from '../05-init-containers/en.md?raw';
import zh05 from '../05-init-containers/zh.md?raw';
import scenario05 from '../05-init-containers/scenario.yaml?raw';
import solution05 from '../05-init-containers/solution.sh?raw';
import goals05 from '../05-init-containers/goals';
import en10 from '../10-deleting-pods/en.md?raw';
import zh10 from '../10-deleting-pods/zh.md?raw';
import scenario10 from '../10-deleting-pods/scenario.yaml?raw';
import solution10 from '../10-deleting-pods/solution.sh?raw';
import goals10 from '../10-deleting-pods/goals';
import type { LessonGoals, LessonSource } from './types';

function lesson(
  folder: string,
  en: string,
  zh: string,
  scenario: string,
  solution: string,
  goals: LessonGoals,
): LessonSource {
  return { folder, id: folder.slice(0, 2), text: { en, zh }, scenario, solution, goals };
}

/** Every lesson, in teaching order. Lessons 4 and 6–9 (networking) are still to come. */
export const LESSONS: readonly LessonSource[] = [
  lesson('01-what-is-a-pod', en01, zh01, scenario01, solution01, goals01),
  lesson('02-nine-steps', en02, zh02, scenario02, solution02, goals02),
  lesson('03-pod-manifest', en03, zh03, scenario03, solution03, goals03),
  lesson('05-init-containers', en05, zh05, scenario05, solution05, goals05),
  lesson('10-deleting-pods', en10, zh10, scenario10, solution10, goals10),
];

/** The lesson with this id (`03`) or folder name (`03-pod-manifest`). */
export function findLesson(idOrFolder: string): LessonSource | undefined {
  return LESSONS.find((l) => l.id === idOrFolder || l.folder === idOrFolder);
}
