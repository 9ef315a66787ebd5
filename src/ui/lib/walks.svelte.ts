// Which packet walk the network view shows. Lessons open one with a `#walk-<id>` link,
// the terminal opens the newest after a curl; the network view reads `walks.selected`.

class WalkSelection {
  /** The walk id as the trace names it (`node-1/w3`), or undefined for the newest. */
  selected = $state<string | undefined>(undefined);
  /** Bumped on every request to show the network view, so the view can come forward. */
  requests = $state(0);

  open(id: string | undefined): void {
    this.selected = id;
    this.requests += 1;
  }
}

export const walks = new WalkSelection();

/**
 * A lesson link `#walk-node-1-w3` names the walk `node-1/w3` (link ids cannot hold a slash).
 */
export function walkIdFromLink(hash: string): string | undefined {
  const m = /^#?walk-(.+)-(w\d+)$/.exec(hash);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
