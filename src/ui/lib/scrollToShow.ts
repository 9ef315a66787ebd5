// Keep an item of a short scrolling list in view (the nine steps at projector height), moving
// that list only: `scrollIntoView` would also scroll the page and every pane around it.

/**
 * The `scrollTop` that shows the item (offsets relative to the list's content), with `margin`
 * pixels of its neighbours where they fit; undefined when the item is already fully visible.
 */
export function scrollToShow(
  view: { scrollTop: number; height: number },
  item: { top: number; height: number },
  margin = 0,
): number | undefined {
  const bottom = view.scrollTop + view.height;
  if (item.top >= view.scrollTop && item.top + item.height <= bottom) return undefined;
  if (item.top < view.scrollTop) return Math.max(0, item.top - margin);
  // Below: align its bottom, but never push its top out of view on a list shorter than the item.
  return Math.min(item.top, item.top + item.height + margin - view.height);
}
