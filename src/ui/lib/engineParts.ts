// The parts of the engine loaded on demand (`kubectl explain`'s docs, src/engine/parts.ts):
// a line that needs them waits until they have loaded, and they load anyway once the
// learner's first command has printed, so that they are there when wanted.
import type { EngineModule } from './engineModule';
import { whenIdle } from './quiet';

/** How long after the first command has printed the parts load anyway. */
const AFTER_FIRST_OUTPUT_MS = 2000;

export class EngineParts {
  private wanted = false;
  private asked = false;

  /** `wake`: run the frame loop again once a wanted load is done. */
  constructor(private readonly wake: () => void) {}

  /** Whether `line` can run now; if it needs the parts, their load starts (once, however many frames it waits). */
  readyFor(engine: EngineModule, line: string): boolean {
    if (engine.enginePartsLoaded() || !engine.needsEngineParts(line)) return true;
    if (!this.wanted) {
      this.wanted = true;
      void engine.loadEngineParts().then(this.wake);
    }
    return false;
  }

  /** After the first command has printed, when the learner is reading it: not in its way. */
  loadSoon(engine: EngineModule): void {
    if (this.asked) return;
    this.asked = true;
    setTimeout(() => whenIdle(() => void engine.loadEngineParts()), AFTER_FIRST_OUTPUT_MS);
  }
}
