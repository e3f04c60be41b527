"use client";

import type { LogsRunState } from "@/lib/client/logs";
import styles from "./logs.module.css";

const bytes = (n: number) =>
  n >= 1e9
    ? `${(n / 1e9).toFixed(2)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${(n / 1e3).toFixed(1)} KB`;
const count = (n: number) => n.toLocaleString("en-US");
const usd = (n: number) => (n > 0 && n < 0.0001 ? "< $0.0001" : `$${n.toFixed(4)}`);

const LABELS: Record<string, string> = {
  queued: "Queued (waiting for a free query slot)",
  running: "Running",
  complete: "Complete",
  failed: "Failed",
  cancelled: "Cancelled",
  timeout: "Timed out",
};

/** Status, records scanned and matched, bytes scanned, cost; partial, truncated and failed results say so. */
export function RunStatus({ state }: { state: LogsRunState }) {
  const p = state.progress;
  if (state.error) {
    return (
      <p className={styles.error} role="alert" data-testid="logs-run-error">
        {state.error.message}
      </p>
    );
  }
  if (!p) return state.ticket ? <p className={styles.muted}>Starting…</p> : null;
  const partial = p.status === "running" || p.status === "queued";
  return (
    <div data-testid="logs-run-status">
      <div className={styles.status}>
        <span>
          Status: <strong data-testid="logs-status">{LABELS[p.status] ?? p.status}</strong>
        </span>
        <span>
          <strong data-testid="logs-matched">
            {count(state.rows.length)} of {count(p.statistics.recordsMatched)}
          </strong>{" "}
          matched
        </span>
        <span>
          Records scanned: <strong>{count(p.statistics.recordsScanned)}</strong>
        </span>
        <span>
          Scanned: <strong data-testid="logs-bytes">{bytes(p.statistics.bytesScanned)}</strong>
        </span>
        <span>
          Cost: <strong data-testid="logs-cost">{usd(p.costUsd)}</strong>
          {p.reused ? " (shared run: no new query)" : ""}
        </span>
        {p.viewers > 1 ? <span>{p.viewers} viewers share this run</span> : null}
        {state.firstRowMs !== undefined ? (
          <span>First rows after {Math.round(state.firstRowMs)} ms</span>
        ) : null}
      </div>
      {partial ? <p className={styles.warning}>Partial results: the query is still running.</p> : null}
      {p.truncated ? (
        <p className={styles.warning} data-testid="logs-truncated">
          Truncated: only the first {count(p.limit)} rows were returned. Raise the limit (up to 100,000) or
          narrow the query.
        </p>
      ) : null}
      {p.status === "timeout" ? (
        <p className={styles.error} role="alert">
          The query timed out before it completed; the rows shown are partial.
        </p>
      ) : null}
      {p.scopes.length > 1 ? (
        <p className={styles.muted}>
          {p.scopes.length} queries (one per account and Region), merged; the @scope column names each
          row&apos;s.
        </p>
      ) : null}
      {p.error ? (
        <p className={styles.error} role="alert">
          {p.error}
        </p>
      ) : null}
    </div>
  );
}
