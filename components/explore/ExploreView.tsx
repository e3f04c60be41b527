"use client";

import { useCallback, useMemo, useState } from "react";
import { useAccounts } from "@/lib/client/accounts";
import { MetricBrowser, type MetricSelection } from "@/components/metric-browser/MetricBrowser";
import {
  exploreMetricKey,
  removeExploreMetric,
  setExploreMetricStat,
  toggleExploreMetric,
} from "@/lib/explore/explore-state";
import { AddToDashboard } from "./AddToDashboard";
import { ExploreGraph } from "./ExploreGraph";
import { ExploreMetricTable } from "./ExploreMetricTable";
import { ExploreToolbar } from "./ExploreToolbar";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { CopyTextDialog } from "@/components/ui/CopyTextDialog";
import { useContainerWidth } from "@/lib/client/container-width";
import { useExploreQuery } from "./use-explore-query";
import { useExploreState } from "./use-explore-state";
import styles from "./explore.module.css";

/** The Metrics explorer: browse on the left, graph ad hoc on the right, all state in the URL. */
export function ExploreView() {
  const { state, problems, setState } = useExploreState();
  const accounts = useAccounts();
  const { ref: chartRef, width } = useContainerWidth<HTMLDivElement>();
  const query = useExploreQuery(state, width);
  const [copied, setCopied] = useState(false);
  const [copyByHand, setCopyByHand] = useState<string>();

  const onSelect = useCallback(
    (metric: MetricSelection) =>
      setState((current) =>
        toggleExploreMetric({ ...current, accountId: metric.accountId, region: metric.region }, metric),
      ),
    [setState],
  );
  const selectedKeys = useMemo(() => new Set(state.metrics.map(exploreMetricKey)), [state.metrics]);
  const accountName = (accountId: string) => accounts.data?.find((a) => a.accountId === accountId)?.name;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      setCopyByHand(window.location.href);
    }
  }

  return (
    <div className={styles.layout}>
      <aside className={styles.sidebar}>
        <MetricBrowser
          accountId={state.accountId}
          region={state.region}
          onScopeChange={(scope) => setState((current) => ({ ...current, ...scope }))}
          onSelect={onSelect}
          isSelected={(metric) => selectedKeys.has(exploreMetricKey(metric))}
        />
      </aside>
      <section className={styles.main} aria-label="Graph">
        {problems.length > 0 && (
          <div className={styles.notice} role="status">
            Parts of this link could not be read and were left out:
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <ExploreToolbar
          stat={state.stat}
          period={state.period}
          onStatChange={(stat) => setState((current) => ({ ...current, stat }))}
          onPeriodChange={(period) => setState((current) => ({ ...current, period }))}
          rangeControl={
            <TimeRangePicker
              value={state.range}
              timezone={state.timezone}
              refresh={state.refresh}
              onChange={({ range, timezone, refresh }) =>
                setState((c) => ({ ...c, range, timezone, refresh }))
              }
            />
          }
          onRefresh={() => void query.refetch()}
          refreshing={query.isFetching}
          onCopyLink={() => void copyLink()}
          copied={copied}
        />
        <ExploreGraph
          ref={chartRef}
          width={width}
          query={query}
          hasMetrics={state.metrics.length > 0}
          timezone={state.timezone}
          onZoom={(start, end) =>
            setState(
              (c) => ({ ...c, range: { type: "absolute", start: Math.round(start), end: Math.round(end) } }),
              {
                push: true,
              },
            )
          }
        />
        {state.metrics.length > 0 && (
          <ExploreMetricTable
            metrics={state.metrics}
            graphStat={state.stat}
            colors={query.colors}
            problems={query.problemsByMetric}
            accountName={accountName}
            onStatChange={(index, stat) => setState((current) => setExploreMetricStat(current, index, stat))}
            onRemove={(index) => setState((current) => removeExploreMetric(current, index))}
          />
        )}
        <div className={styles.addRow}>
          <AddToDashboard state={state} />
        </div>
        {copyByHand && (
          <CopyTextDialog title="Copy this link" text={copyByHand} onClose={() => setCopyByHand(undefined)} />
        )}
      </section>
    </div>
  );
}
