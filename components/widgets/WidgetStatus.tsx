import type { ProblemLine } from "@/lib/widgets/widget-state";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./widgets.module.css";

// The parts of a widget that are about its state rather than its data.

export function WidgetSkeleton() {
  return (
    <div className={styles.skeleton} aria-label="Loading" role="status">
      <div className={styles.skeletonBar} style={{ width: "70%" }} />
      <div className={styles.skeletonBar} style={{ width: "90%" }} />
      <div className={styles.skeletonBar} style={{ width: "55%" }} />
    </div>
  );
}

export function WidgetMessage({ children }: { children: string }) {
  return <div className={styles.message}>{children}</div>;
}

export function ProblemList({ lines }: { lines: readonly ProblemLine[] }) {
  return (
    <ul className={styles.problems}>
      {lines.map((line) => (
        <li key={line.key} className={styles.problem}>
          {(line.scope || line.queries.length > 0) && (
            <div className={styles.problemScope}>
              {[line.queries.join(", "), line.scope].filter(Boolean).join(" — ")}
            </div>
          )}
          <div className={styles.problemMessage}>{line.message}</div>
        </li>
      ))}
    </ul>
  );
}

/** Nothing could be drawn: say why, in AWS's words. */
export function ErrorPanel({
  lines,
  requestError,
}: {
  lines: readonly ProblemLine[];
  requestError?: string;
}) {
  return (
    <div className={styles.errorPanel} role="alert" data-testid={TEST_IDS.widgetErrors}>
      <p className={styles.errorHeading}>
        {lines.length > 1 ? "The queries failed" : requestError ? "Could not load data" : "The query failed"}
      </p>
      {requestError && <div className={styles.problemMessage}>{requestError}</div>}
      <ProblemList lines={lines} />
    </div>
  );
}

/** Some queries failed while others drew: a compact, expandable note under the chart. */
export function PartialFailureNotice({ lines }: { lines: readonly ProblemLine[] }) {
  const count = lines.reduce((n, line) => n + Math.max(1, line.queries.length), 0);
  return (
    <details className={`${styles.notice} ${styles.noticeError}`} data-testid={TEST_IDS.widgetErrors}>
      <summary>{count === 1 ? "1 query failed" : `${count} queries failed`}</summary>
      <ProblemList lines={lines} />
    </details>
  );
}

/**
 * Expressions withheld because inputs failed: always open, never a collapsed footnote, so a total made from
 * the Regions that answered can never pass for the real one.
 */
export function IncompleteMathNotice({ lines }: { lines: readonly ProblemLine[] }) {
  return (
    <div
      className={`${styles.notice} ${styles.incomplete}`}
      role="alert"
      data-testid={TEST_IDS.widgetIncomplete}
    >
      {lines.map((line) => (
        <p key={line.key} className={styles.problemMessage}>
          ⚠ {line.message}
        </p>
      ))}
    </div>
  );
}

export function WarningsNotice({ warnings }: { warnings: readonly string[] }) {
  return (
    <details className={styles.notice} data-testid={TEST_IDS.widgetWarnings}>
      <summary>{warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}</summary>
      <ul className={styles.warnings}>
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}

export function StaleBadge({
  text,
  reason,
  level,
}: {
  text: string;
  reason?: string;
  level?: "amber" | "red";
}) {
  return (
    <span
      className={`${styles.badge} ${styles.staleBadge} ${level === "red" ? styles.staleBadgeRed : ""}`}
      data-level={level ?? "amber"}
      data-testid={TEST_IDS.staleBadge}
      title={reason ? `${text}: ${reason}` : text}
      role="status"
    >
      {text}
    </span>
  );
}
