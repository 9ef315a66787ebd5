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
import en04 from '../04-inside-a-pod/en.md?raw';
import zh04 from '../04-inside-a-pod/zh.md?raw';
import scenario04 from '../04-inside-a-pod/scenario.yaml?raw';
import solution04 from '../04-inside-a-pod/solution.sh?raw';
import goals04 from '../04-inside-a-pod/goals';
import en05 from '../05-init-containers/en.md?raw';
import zh05 from '../05-init-containers/zh.md?raw';
import scenario05 from '../05-init-containers/scenario.yaml?raw';
import solution05 from '../05-init-containers/solution.sh?raw';
import goals05 from '../05-init-containers/goals';
import en06 from '../06-one-node/en.md?raw';
import zh06 from '../06-one-node/zh.md?raw';
import scenario06 from '../06-one-node/scenario.yaml?raw';
import solution06 from '../06-one-node/solution.sh?raw';
import goals06 from '../06-one-node/goals';
import en07 from '../07-across-nodes/en.md?raw';
import zh07 from '../07-across-nodes/zh.md?raw';
import scenario07 from '../07-across-nodes/scenario.yaml?raw';
import solution07 from '../07-across-nodes/solution.sh?raw';
import goals07 from '../07-across-nodes/goals';
import en08 from '../08-services/en.md?raw';
import zh08 from '../08-services/zh.md?raw';
import scenario08 from '../08-services/scenario.yaml?raw';
import solution08 from '../08-services/solution.sh?raw';
import goals08 from '../08-services/goals';
import en09 from '../09-nodeport/en.md?raw';
import zh09 from '../09-nodeport/zh.md?raw';
import scenario09 from '../09-nodeport/scenario.yaml?raw';
import solution09 from '../09-nodeport/solution.sh?raw';
import goals09 from '../09-nodeport/goals';
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

/** Every lesson, in teaching order. */
export const LESSONS: readonly LessonSource[] = [
  lesson('01-what-is-a-pod', en01, zh01, scenario01, solution01, goals01),
  lesson('02-nine-steps', en02, zh02, scenario02, solution02, goals02),
  lesson('03-pod-manifest', en03, zh03, scenario03, solution03, goals03),
  lesson('04-inside-a-pod', en04, zh04, scenario04, solution04, goals04),
  lesson('05-init-containers', en05, zh05, scenario05, solution05, goals05),
  lesson('06-one-node', en06, zh06, scenario06, solution06, goals06),
  lesson('07-across-nodes', en07, zh07, scenario07, solution07, goals07),
  lesson('08-services', en08, zh08, scenario08, solution08, goals08),
  lesson('09-nodeport', en09, zh09, scenario09, solution09, goals09),
  lesson('10-deleting-pods', en10, zh10, scenario10, solution10, goals10),
];

/** The lesson with this id (`03`) or folder name (`03-pod-manifest`). */
export function findLesson(idOrFolder: string): LessonSource | undefined {
  return LESSONS.find((l) => l.id === idOrFolder || l.folder === idOrFolder);
}
