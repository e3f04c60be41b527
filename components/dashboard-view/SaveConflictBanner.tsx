import type { SavedDashboardJson } from "@/lib/client/dashboards";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./view.module.css";

/** Someone saved while this editor was editing: save over theirs (kept in the history) or load theirs. */
export function SaveConflictBanner({
  theirs,
  onSaveMine,
  onLoadTheirs,
}: {
  theirs: SavedDashboardJson;
  onSaveMine: () => void;
  onLoadTheirs: () => void;
}) {
  return (
    <div className={styles.banner} role="alert" data-testid={TEST_IDS.saveConflict}>
      <span>
        Someone saved version {theirs.version} of this dashboard while you were editing. Your changes are kept
        here; their version stays in the history either way.
      </span>
      <button type="button" className={`${styles.button} ${styles.primary}`} onClick={onSaveMine}>
        Save mine as the newest version
      </button>
      <button type="button" className={styles.button} onClick={onLoadTheirs}>
        Discard mine, load theirs
      </button>
    </div>
  );
}
