import { STALE_RED_AFTER_INTERVALS } from "./constants";

// Every widget knows the age of its data. When a refresh brings nothing drawable for a widget (its account is
// throttled, the Region is down) the last good result stays on screen, marked stale since it was fetched.

export interface PanelLike {
  key: string;
  series: ReadonlyArray<{ values: readonly number[] }>;
  errors: readonly unknown[];
}

export interface KeptPanel<P extends PanelLike> {
  panel: P;
  /** Epoch ms when this panel's data was fetched. */
  fetchedAt: number;
  /** Set when the latest refresh failed for this widget: the kept data is from fetchedAt. */
  staleSince?: number;
  /** Why the latest refresh failed, when it did. */
  failure?: string;
}

function isGood(panel: PanelLike): boolean {
  return panel.errors.length === 0 || panel.series.some((s) => s.values.length > 0);
}

/**
 * Folds a new response into what is kept per widget. A panel that failed outright is replaced by the last good
 * one (stale since its fetch); a good panel replaces it. `describe` turns a failed panel into a short reason.
 */
export function keepLastGood<P extends PanelLike>(
  kept: ReadonlyMap<string, KeptPanel<P>>,
  panels: readonly P[],
  fetchedAt: number,
  describe: (panel: P) => string,
): Map<string, KeptPanel<P>> {
  const next = new Map<string, KeptPanel<P>>();
  for (const panel of panels) {
    const previous = kept.get(panel.key);
    if (isGood(panel) || !previous) {
      next.set(panel.key, { panel, fetchedAt });
    } else {
      next.set(panel.key, {
        panel: previous.panel,
        fetchedAt: previous.fetchedAt,
        staleSince: previous.fetchedAt,
        failure: describe(panel),
      });
    }
  }
  return next;
}

export type StaleLevel = "fresh" | "amber" | "red";

/** Amber once a refresh failed; red when the data is older than five refresh intervals. */
export function staleLevel(
  staleSince: number | undefined,
  now: number,
  refreshMs: number | null,
): StaleLevel {
  if (staleSince === undefined) return "fresh";
  if (refreshMs !== null && now - staleSince > STALE_RED_AFTER_INTERVALS * refreshMs) return "red";
  return "amber";
}
