"use client";

import type { ReactNode } from "react";
import { EXPLORE_PERIODS, EXPLORE_STATS, type ExplorePeriod } from "@/lib/explore/explore-state";
import styles from "./explore.module.css";

interface ExploreToolbarProps {
  stat: string;
  period: ExplorePeriod;
  onStatChange: (stat: string) => void;
  onPeriodChange: (period: ExplorePeriod) => void;
  /** The time range control (the shared TimeRangePicker). */
  rangeControl: ReactNode;
  onRefresh: () => void;
  refreshing: boolean;
  onCopyLink: () => void;
  copied: boolean;
}

export function periodLabel(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? "" : "s"}`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600} hour${seconds === 3_600 ? "" : "s"}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? "" : "s"}`;
  return `${seconds} seconds`;
}

export function ExploreToolbar(props: ExploreToolbarProps) {
  const stats: readonly string[] = EXPLORE_STATS;
  const periods =
    EXPLORE_PERIODS.includes(Number(props.period)) || props.period === "auto"
      ? EXPLORE_PERIODS
      : [...EXPLORE_PERIODS, Number(props.period)].sort((a, b) => a - b);
  return (
    <div className={styles.toolbar}>
      <label className={styles.control}>
        <span className={styles.controlLabel}>Statistic</span>
        <select
          className={styles.select}
          value={props.stat}
          onChange={(event) => props.onStatChange(event.target.value)}
          data-testid="explore-stat"
        >
          {!stats.includes(props.stat) && <option value={props.stat}>{props.stat}</option>}
          {stats.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.control}>
        <span className={styles.controlLabel}>Period</span>
        <select
          className={styles.select}
          value={String(props.period)}
          onChange={(event) =>
            props.onPeriodChange(event.target.value === "auto" ? "auto" : Number(event.target.value))
          }
          data-testid="explore-period"
        >
          <option value="auto">Auto</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.control}>
        <span className={styles.controlLabel}>Time range</span>
        {props.rangeControl}
      </div>
      <div className={styles.toolbarActions}>
        <button type="button" className={styles.button} onClick={props.onRefresh} disabled={props.refreshing}>
          {props.refreshing ? "Refreshing…" : "Refresh"}
        </button>
        <button type="button" className={styles.button} onClick={props.onCopyLink}>
          {props.copied ? "Link copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
