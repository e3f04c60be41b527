import type { HealthSourceJson } from "@/lib/contracts/aws-health";
import styles from "./health.module.css";

const EVENTBRIDGE_PATTERN = '{"source": ["aws.health"]}';

/**
 * Accounts whose Health cannot be read. Without the support plan the API needs, the card names the plan and the
 * EventBridge alternative instead of showing an error; other accounts' events are still listed below.
 */
export function HealthSourceCards({
  sources,
  supportPlans,
}: {
  sources: readonly HealthSourceJson[];
  supportPlans: string;
}) {
  const problems = sources.filter((s) => s.error || s.stale);
  return (
    <>
      {problems.map((s) =>
        s.error?.kind === "subscription-required" ? (
          <div
            key={`${s.accountId}/${s.organization}`}
            className={`${styles.card} ${styles.planCard}`}
            data-testid="health-subscription-card"
            data-account={s.accountId}
          >
            <strong>
              {s.accountName} ({s.accountId}): AWS Health events need a support plan
            </strong>
            <p>
              The AWS Health API answers only accounts with {supportPlans}. This account has none, so
              Watchwall cannot read its events directly (an organization view, when available, still lists
              them).
            </p>
            <p className="muted">
              Alternative without a plan: an Amazon EventBridge rule on <code>{EVENTBRIDGE_PATTERN}</code> in
              this account delivers its own Health events (to SNS, a queue or a log group).
            </p>
          </div>
        ) : (
          <div
            key={`${s.accountId}/${s.organization}`}
            className={`${styles.card} ${styles.errorCard}`}
            data-testid="health-source-error"
            data-account={s.accountId}
            role="alert"
          >
            <strong>
              {s.accountName} ({s.accountId}){s.organization ? " — organization view" : ""}: cannot be read
            </strong>
            <p className="muted">
              {s.error?.message ?? "not polled recently"}
              {s.fetchedAt ? ` — events shown are from ${new Date(s.fetchedAt).toLocaleString()}` : ""}
            </p>
          </div>
        ),
      )}
    </>
  );
}
