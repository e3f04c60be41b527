"use client";

import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./charts.module.css";

export interface LegendEntry {
  id: string;
  label: string;
  color: string;
}

export interface ChartLegendProps {
  entries: readonly LegendEntry[];
  hidden: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** "vertical" for a legend at the right of the chart. */
  orientation?: "horizontal" | "vertical";
}

/** Series names as toggle buttons: clicking hides or shows a series. */
export function ChartLegend({ entries, hidden, onToggle, orientation = "horizontal" }: ChartLegendProps) {
  const layout = orientation === "vertical" ? styles.legendVertical : styles.legendHorizontal;
  return (
    <ul className={`${styles.legend} ${layout}`} aria-label="Series">
      {entries.map((entry) => {
        const shown = !hidden.has(entry.id);
        return (
          <li key={entry.id}>
            <button
              type="button"
              className={styles.legendItem}
              data-testid={TEST_IDS.legendItem}
              aria-pressed={shown}
              title={`${shown ? "Hide" : "Show"} ${entry.label}`}
              onClick={() => onToggle(entry.id)}
            >
              <span className={styles.swatch} style={{ background: entry.color }} aria-hidden="true" />
              <span className={styles.legendLabel}>{entry.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
