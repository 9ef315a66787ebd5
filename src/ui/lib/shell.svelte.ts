// The page's panes beyond the terminal, once loaded (see ../panes.ts and ../main.ts). They
// are shown one per frame, so that a key typed meanwhile waits for one pane at most.
import type * as Panes from '../panes';

export type PanesModule = typeof Panes;

/** The order the panes appear in: the stage first, the lesson and the help last. */
export const PANE_ORDER = ['stage', 'side', 'lesson'] as const;
export type PaneName = (typeof PANE_ORDER)[number];

class Shell {
  panes = $state.raw<PanesModule | undefined>(undefined);
  /** How many panes of PANE_ORDER are shown. */
  shown = $state(0);

  has(pane: PaneName): boolean {
    return this.panes !== undefined && PANE_ORDER.indexOf(pane) < this.shown;
  }

  /** Load the panes and show them one frame after another. */
  async load(): Promise<void> {
    this.panes = await import('../panes');
    for (let i = 0; i < PANE_ORDER.length; i++) {
      this.shown = i + 1;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
  }
}

export const shell = new Shell();
