import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./time.module.css";

export interface ZoomControlsProps {
  onBack: () => void;
  onReset: () => void;
  /** A previous (zoomed-out) range exists. */
  canGoBack: boolean;
  /** The view is zoomed in relative to the dashboard's own range. */
  canReset: boolean;
}

/** Undo the last drag-to-zoom, or return to the dashboard's range. */
export function ZoomControls({ onBack, onReset, canGoBack, canReset }: ZoomControlsProps) {
  return (
    <div className={styles.zoom} role="group" aria-label="Zoom">
      <button
        type="button"
        className={styles.button}
        onClick={onBack}
        disabled={!canGoBack}
        data-testid={TEST_IDS.zoomBack}
        title="Back to the range before the last zoom"
      >
        <span aria-hidden="true">←</span> Back
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={onReset}
        disabled={!canReset}
        data-testid={TEST_IDS.zoomReset}
        title="Return to the dashboard's time range"
      >
        Reset zoom
      </button>
    </div>
  );
}
