import type { TableOptions } from "@/lib/dashboards/model";
import type { ChartSeries } from "@/lib/charts/series-model";
import { buildMetricTable } from "@/lib/charts/table";
import type { TimeZoneSetting } from "@/lib/time";
import { useMemo } from "react";
import styles from "./widgets.module.css";

export interface TableWidgetBodyProps {
  series: readonly ChartSeries[];
  options: TableOptions | undefined;
  timezone: TimeZoneSetting;
}

/** Series as table rows with summary columns, or their data points as columns. */
export function TableWidgetBody({ series, options, timezone }: TableWidgetBodyProps) {
  const table = useMemo(() => buildMetricTable(series, options, timezone), [series, options, timezone]);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{table.corner}</th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" title={row.label}>
                <span className={styles.rowLabel}>
                  {row.color && (
                    <span className={styles.swatch} style={{ background: row.color }} aria-hidden="true" />
                  )}
                  {row.label}
                </span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.omittedTimeColumns > 0 && (
        <p className={styles.footnote}>{table.omittedTimeColumns} earlier data points are not shown.</p>
      )}
    </div>
  );
}
