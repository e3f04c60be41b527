import { formatValue } from "@/lib/charts/format-value";
import { barRows, type SnapshotItem } from "@/lib/charts/snapshot";
import styles from "./widgets.module.css";

/** CloudWatch's bar view: one bar per series on a shared scale that includes zero. */
export function BarWidgetBody({ items }: { items: readonly SnapshotItem[] }) {
  const rows = barRows(items);
  return (
    <ul className={styles.bars} aria-label="Values">
      {rows.map((row) => (
        <li key={row.key} className={styles.barRow}>
          <span className={styles.barLabel} title={row.label}>
            {row.label}
          </span>
          <span className={styles.barTrack} aria-hidden="true">
            <span
              className={styles.barFill}
              style={{
                left: `${row.start * 100}%`,
                width: `${(row.end - row.start) * 100}%`,
                background: row.color,
              }}
            />
          </span>
          <span className={styles.barValue}>
            {row.value === null ? "—" : formatValue(row.value, row.unit ? { unit: row.unit } : {})}
          </span>
        </li>
      ))}
    </ul>
  );
}
