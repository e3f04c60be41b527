"use client";

import { formatValue } from "@/lib/charts/format-value";
import type { ChartSeries } from "@/lib/charts/series-model";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { formatPointTime } from "@/lib/charts/time-axis";
import type { TimeZoneSetting } from "@/lib/time";
import styles from "./charts.module.css";

/** [I] Rows listed in the tooltip; the rest are counted. */
export const MAX_TOOLTIP_ROWS = 15;

export interface ChartTooltipProps {
  /** Epoch ms of the hovered point. */
  t: number;
  series: readonly ChartSeries[];
  values: readonly (number | null)[];
  timezone: TimeZoneSetting;
  /** Pixel position of the cursor and the plot it is in, relative to the chart container. */
  x: number;
  top: number;
  plotLeft: number;
  plotWidth: number;
}

/** Every series' value at the hovered time, placed beside the cursor on the side with more room. */
export function ChartTooltip({
  t,
  series,
  values,
  timezone,
  x,
  top,
  plotLeft,
  plotWidth,
}: ChartTooltipProps) {
  const rows = series.flatMap((s, i) => {
    const value = values[i];
    return value === null || value === undefined ? [] : [{ s, value }];
  });
  const period = series.reduce((min, s) => Math.min(min, s.period), 60);
  const onRight = x < plotLeft + plotWidth / 2;
  const style = onRight ? { left: x + 12, top } : { right: `calc(100% - ${x - 12}px)`, top };
  return (
    <div className={styles.tooltip} style={style} data-testid={TEST_IDS.chartTooltip}>
      <div className={styles.tooltipTime}>{formatPointTime(t, timezone, period)}</div>
      {rows.slice(0, MAX_TOOLTIP_ROWS).map(({ s, value }) => (
        <div key={s.key} className={styles.tooltipRow}>
          <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
          <span className={styles.tooltipLabel}>{s.label}</span>
          <span className={styles.tooltipValue}>{formatValue(value, s.unit ? { unit: s.unit } : {})}</span>
        </div>
      ))}
      {rows.length > MAX_TOOLTIP_ROWS && (
        <div className={styles.tooltipMore}>and {rows.length - MAX_TOOLTIP_ROWS} more</div>
      )}
    </div>
  );
}
