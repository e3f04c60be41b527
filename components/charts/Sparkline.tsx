import { useMemo } from "react";
import { sparklinePath } from "@/lib/charts/sparkline";
import styles from "./charts.module.css";

const VIEW_WIDTH = 200;
const VIEW_HEIGHT = 40;

export interface SparklineProps {
  timestamps: readonly number[];
  values: readonly number[];
  /** Seconds between points. */
  period: number;
  color: string;
  /** Time span in epoch ms (the widget's range), so sparklines of one dashboard line up. */
  range?: { start: number; end: number };
}

/** A minimal line of a series over the range; stretches to its container. */
export function Sparkline({ timestamps, values, period, color, range }: SparklineProps) {
  const start = range?.start;
  const end = range?.end;
  const d = useMemo(
    () =>
      sparklinePath(timestamps, values, {
        width: VIEW_WIDTH,
        height: VIEW_HEIGHT,
        period,
        ...(start !== undefined && end !== undefined ? { start, end } : {}),
      }),
    [timestamps, values, period, start, end],
  );
  return (
    <svg
      className={styles.sparkline}
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path
        d={d}
        fill="none"
        stroke={color}
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
