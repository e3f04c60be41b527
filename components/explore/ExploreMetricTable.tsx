"use client";

import { Fragment } from "react";
import type { QueryProblemJson as QueryProblem } from "@/lib/contracts/metrics-query";
import { EXPLORE_STATS, exploreMetricKey, type ExploreMetric } from "@/lib/explore/explore-state";
import styles from "./explore.module.css";

interface ExploreMetricTableProps {
  metrics: readonly ExploreMetric[];
  graphStat: string;
  /** Line colour per metric, same order. */
  colors: readonly string[];
  /** Problems AWS reported for one metric, by metric index. */
  problems: ReadonlyMap<number, readonly QueryProblem[]>;
  accountName: (accountId: string) => string | undefined;
  onStatChange: (index: number, stat: string | undefined) => void;
  onRemove: (index: number) => void;
}

const GRAPH_STAT = "";

export function ExploreMetricTable(props: ExploreMetricTableProps) {
  const stats: readonly string[] = EXPLORE_STATS;
  return (
    <table className={styles.metricTable} data-testid="explore-metrics">
      <thead>
        <tr>
          <th aria-label="Colour" />
          <th>Metric</th>
          <th>Account · Region</th>
          <th>Statistic</th>
          <th aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {props.metrics.map((metric, index) => {
          const problems = props.problems.get(index) ?? [];
          const name = props.accountName(metric.accountId);
          return (
            <Fragment key={exploreMetricKey(metric)}>
              <tr data-testid="explore-metric-row">
                <td>
                  <span className={styles.swatch} style={{ background: props.colors[index] }} />
                </td>
                <td>
                  <div className={styles.metricCell}>
                    <span className="muted">{metric.namespace}</span> <strong>{metric.metricName}</strong>
                  </div>
                  <div className={styles.dimensionText}>
                    {metric.dimensions.length
                      ? metric.dimensions.map((d) => `${d.name}=${d.value}`).join(", ")
                      : "no dimensions"}
                  </div>
                </td>
                <td className={styles.scopeCell}>
                  {name ?? metric.accountId}
                  <br />
                  <span className="muted">{metric.region}</span>
                </td>
                <td>
                  <select
                    className={styles.select}
                    aria-label={`Statistic of ${metric.metricName}`}
                    value={metric.stat ?? GRAPH_STAT}
                    onChange={(event) =>
                      props.onStatChange(
                        index,
                        event.target.value === GRAPH_STAT ? undefined : event.target.value,
                      )
                    }
                  >
                    <option value={GRAPH_STAT}>Graph ({props.graphStat})</option>
                    {metric.stat !== undefined && !stats.includes(metric.stat) && (
                      <option value={metric.stat}>{metric.stat}</option>
                    )}
                    {stats.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className={styles.iconButton}
                    aria-label={`Remove ${metric.metricName}`}
                    title="Remove from graph"
                    onClick={() => props.onRemove(index)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
              {problems.length > 0 && (
                <tr className={styles.problemRow}>
                  <td />
                  <td colSpan={4} role="alert">
                    {problems.map((p, i) => (
                      <div key={i} className={styles.problem}>
                        {p.failure.code ? `${p.failure.code}: ` : ""}
                        {p.failure.message}
                      </div>
                    ))}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
