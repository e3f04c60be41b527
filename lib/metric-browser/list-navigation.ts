// Keyboard movement in a listbox (WAI-ARIA practice): arrows step, Home/End jump, PageUp/PageDown move a page.

/** [I] Items skipped by PageUp / PageDown. */
export const LIST_PAGE_SIZE = 10;

/**
 * The index to make active after `key`, or null when the key does not move (the caller then lets the event
 * through). `current` is -1 when nothing is active yet.
 */
export function nextListIndex(
  key: string,
  current: number,
  count: number,
  pageSize = LIST_PAGE_SIZE,
): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case "ArrowDown":
      return current < 0 ? 0 : clamp(current + 1);
    case "ArrowUp":
      return current < 0 ? last : clamp(current - 1);
    case "Home":
      return 0;
    case "End":
      return last;
    case "PageDown":
      return clamp((current < 0 ? 0 : current) + pageSize);
    case "PageUp":
      return clamp((current < 0 ? 0 : current) - pageSize);
    default:
      return null;
  }
}
