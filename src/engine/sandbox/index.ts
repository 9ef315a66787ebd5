import { defaultScenario } from '../scenario/default';
import { loadScenario } from '../scenario/load';
import type { Scenario } from '../scenario/types';
import { Sandbox } from './sandbox';

export interface SandboxOptions {
  /** Seeds every random choice: UIDs, IPs, MACs, name suffixes, load balancing. */
  seed?: number | string;
  /** A scenario, or the text of a scenario file (YAML). The default cluster when absent. */
  scenario?: Scenario | string;
  /**
   * The page has an editor pane: `kubectl edit` with no $KUBE_EDITOR or $EDITOR (kubectl's
   * default, `vi`) opens its file there and waits for `closeEditor()`. Without one (the
   * headless CLI) there is no `vi` on the laptop: set KUBE_EDITOR to a command instead.
   */
  editorPane?: boolean;
}

/** Start a simulated cluster. Throws with a clear message if the scenario is invalid. */
export function createSandbox(opts: SandboxOptions = {}): Sandbox {
  let scenario: Scenario;
  if (opts.scenario === undefined) scenario = defaultScenario();
  else if (typeof opts.scenario === 'string') {
    const loaded = loadScenario(opts.scenario);
    if (!loaded.ok) throw new Error(loaded.error);
    scenario = loaded.scenario;
  } else scenario = opts.scenario;
  return new Sandbox(scenario, opts.seed ?? 1, opts.editorPane ?? false);
}

export { Sandbox } from './sandbox';
export type { SandboxChange } from './sandbox';
export type { Job, RunResult, LoggedCommand, LoggedAction } from './jobs';
export type { ClusterSnapshot, NodeSnapshot, SandboxSnapshot } from './snapshot';
