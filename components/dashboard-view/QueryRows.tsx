"use client";

import { useAccounts, type AccountView } from "@/lib/client/accounts";
import {
  PERIOD_CHOICES_SECONDS,
  STATISTIC_CHOICES,
  type MetricWidget,
  type Query,
} from "@/lib/dashboards/model";
import { removeQuery, updateQuery, type QueryProblemText } from "@/lib/client/widget-draft";
import styles from "./editor.module.css";

const STATS = STATISTIC_CHOICES;
/** 0 stands for "auto". */
const PERIODS = [0, ...PERIOD_CHOICES_SECONDS];

function describe(query: Query): string {
  if (query.kind === "expression") return "";
  const dims = query.dimensions.map((d) => `${d.name}=${d.value}`).join(", ");
  return `${query.namespace} · ${query.metricName}${dims ? ` · ${dims}` : ""}`;
}

/** Where one query runs: the widget's account/Region unless the query names its own. */
function ScopeCells({
  query,
  widget,
  accounts,
  onPatch,
}: {
  query: Query;
  widget: MetricWidget;
  accounts: readonly AccountView[];
  onPatch: (change: Partial<Query>) => void;
}) {
  const account = accounts.find((a) => a.accountId === (query.accountId ?? widget.accountId));
  const regions = account?.regions ?? [widget.region];
  return (
    <div className={styles.row}>
      <select
        className={styles.input}
        aria-label={`Account of ${query.id}`}
        value={query.accountId ?? ""}
        onChange={(e) => onPatch({ accountId: e.target.value || undefined })}
      >
        <option value="">widget&apos;s account</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.accountId}>
            {a.name} ({a.accountId})
          </option>
        ))}
      </select>
      <select
        className={styles.input}
        aria-label={`Region of ${query.id}`}
        value={query.region ?? ""}
        onChange={(e) => onPatch({ region: e.target.value || undefined })}
      >
        <option value="">widget&apos;s Region ({widget.region})</option>
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <input
        type="color"
        aria-label={`Colour of ${query.id}`}
        value={query.color ?? "#1f77b4"}
        onChange={(e) => onPatch({ color: e.target.value })}
      />
    </div>
  );
}

export function QueryRows({
  widget,
  problems,
  onChange,
}: {
  widget: MetricWidget;
  problems: readonly QueryProblemText[];
  onChange: (next: MetricWidget) => void;
}) {
  const patch = (id: string, change: Partial<Query>) => onChange(updateQuery(widget, id, change));
  const accounts = useAccounts();
  if (widget.metrics.length === 0)
    return <p className={styles.field}>No metrics yet: pick one from the browser or add an expression.</p>;
  return (
    <table className={styles.queries} data-testid="query-rows">
      <thead>
        <tr>
          <th>Show</th>
          <th>Id</th>
          <th>Label</th>
          <th>Metric or expression</th>
          <th>Stat</th>
          <th>Period</th>
          <th>Axis</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {widget.metrics.map((query) => {
          const mine = problems.filter((p) => p.queryId === query.id);
          return (
            <tr key={query.id} data-testid={`query-${query.id}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Show ${query.id}`}
                  checked={query.visible}
                  onChange={(e) => patch(query.id, { visible: e.target.checked })}
                />
              </td>
              <td>
                <input
                  className={`${styles.input} ${styles.mono}`}
                  style={{ width: 70 }}
                  aria-label="Id"
                  value={query.id}
                  onChange={(e) => patch(query.id, { id: e.target.value })}
                />
              </td>
              <td>
                <input
                  className={styles.input}
                  aria-label={`Label of ${query.id}`}
                  value={query.label ?? ""}
                  onChange={(e) => patch(query.id, { label: e.target.value || undefined })}
                />
              </td>
              <td style={{ minWidth: 260 }}>
                {query.kind === "expression" ? (
                  <textarea
                    className={`${styles.input} ${styles.mono}`}
                    style={{ width: "100%" }}
                    rows={2}
                    aria-label={`Expression ${query.id}`}
                    value={query.expression}
                    onChange={(e) => patch(query.id, { expression: e.target.value })}
                  />
                ) : (
                  <span>{describe(query)}</span>
                )}
                <ScopeCells
                  query={query}
                  widget={widget}
                  accounts={accounts.data ?? []}
                  onPatch={(change) => patch(query.id, change)}
                />
                {mine.map((p, i) => (
                  <div key={i} className={styles.problem} role="alert">
                    {p.message}
                  </div>
                ))}
              </td>
              <td>
                {query.kind === "metric" && (
                  <input
                    className={styles.input}
                    style={{ width: 90 }}
                    list="watchwall-stats"
                    aria-label={`Statistic of ${query.id}`}
                    value={query.stat}
                    onChange={(e) => patch(query.id, { stat: e.target.value })}
                  />
                )}
              </td>
              <td>
                <select
                  className={styles.input}
                  aria-label={`Period of ${query.id}`}
                  value={query.period ?? 0}
                  onChange={(e) => patch(query.id, { period: Number(e.target.value) || undefined })}
                >
                  {PERIODS.map((p) => (
                    <option key={p} value={p}>
                      {p === 0 ? "widget" : p < 3600 ? `${p / 60}m` : p < 86400 ? `${p / 3600}h` : "1d"}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  className={styles.input}
                  aria-label={`Axis of ${query.id}`}
                  value={query.yAxis ?? "left"}
                  onChange={(e) =>
                    patch(query.id, { yAxis: e.target.value === "right" ? "right" : undefined })
                  }
                >
                  <option value="left">left</option>
                  <option value="right">right</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className={styles.input}
                  aria-label={`Remove ${query.id}`}
                  onClick={() => onChange(removeQuery(widget, query.id))}
                >
                  ✕
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
      <datalist id="watchwall-stats">
        {STATS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </table>
  );
}
