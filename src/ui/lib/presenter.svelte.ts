// Presenter mode, for a teacher at a projector: the lesson and the side pane step aside and
// the stage takes their room. The drawings then lay out at a smaller size than their box and
// the svg's viewBox scales them up, so the room becomes bigger text, not wider gaps.

export interface Size {
  width: number;
  height: number;
}

/**
 * The size the cluster is laid out at before it is scaled up. Smaller, and labels are cut
 * shorter (see viz/stage/text.ts); this one keeps most component names whole.
 */
export const STAGE_DESIGN: Size = { width: 600, height: 400 };
/** How much the cluster may be enlarged: beyond it the boxes would outgrow their labels' use. */
export const MAX_STAGE_ZOOM = 2;
/** How much more than usual a packet walk may be enlarged (on top of viz/network's MAX_ZOOM). */
export const WALK_ZOOM = 1.6;

/** How much a box of `size` enlarges the cluster drawn in it: at least 1 (never smaller text). */
export function stageZoom(size: Size, design: Size = STAGE_DESIGN): number {
  const fit = Math.min(size.width / design.width, size.height / design.height);
  return Math.min(MAX_STAGE_ZOOM, Math.max(1, fit));
}

/** The size to lay a drawing out at so that, scaled to `size`, it is `zoom` times bigger. */
export function shrink(size: Size, zoom: number): Size {
  return { width: size.width / zoom, height: size.height / zoom };
}

class Presenter {
  /** Whether the page is in presenter mode (not kept in the link: no view toggle is). */
  on = $state(false);

  toggle(): void {
    this.on = !this.on;
  }
}

export const presenter = new Presenter();
