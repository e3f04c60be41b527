"use client";

import { useEffect, useRef, useState } from "react";
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
/** How many entries lie below the visible part of a scrolled list (0 when everything is visible). */
function hiddenBelow(list: HTMLUListElement): number {
  if (list.scrollHeight - list.scrollTop - list.clientHeight < 2) return 0;
  const bottom = list.getBoundingClientRect().bottom;
  let count = 0;
  for (const item of Array.from(list.children)) if (item.getBoundingClientRect().top >= bottom - 2) count++;
  return Math.max(count, 1);
}

/** Series names as toggle buttons: clicking hides or shows a series. A cut legend says how many are below. */
export function ChartLegend({ entries, hidden, onToggle, orientation = "horizontal" }: ChartLegendProps) {
  const layout = orientation === "vertical" ? styles.legendVertical : styles.legendHorizontal;
  const ref = useRef<HTMLUListElement>(null);
  const [below, setBelow] = useState(0);
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const update = () => setBelow(hiddenBelow(list));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(list);
    list.addEventListener("scroll", update, { passive: true });
    return () => {
      observer.disconnect();
      list.removeEventListener("scroll", update);
    };
  }, [entries.length]);
  return (
    <div className={`${styles.legendWrap} ${layout}`}>
      <ul ref={ref} className={styles.legend} aria-label="Series" data-overflowing={below > 0 || undefined}>
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
      {below > 0 && (
        <button
          type="button"
          className={styles.legendCue}
          data-testid="legend-scroll-cue"
          onClick={() => ref.current?.scrollBy({ top: ref.current.clientHeight, behavior: "smooth" })}
        >
          ▾ {below} more series: scroll
        </button>
      )}
    </div>
  );
}
