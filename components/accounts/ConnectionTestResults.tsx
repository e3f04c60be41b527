"use client";

import type { ConnectionTestResult, RegionCheck } from "@/lib/client/accounts";
import styles from "./accounts.module.css";

// Per Region: the identity the server reached AWS as, or the exact step that failed with AWS's own words.

type Step = NonNullable<RegionCheck["failure"]>["step"];

export const STEP_LABELS: Readonly<Record<Step, string>> = {
  credentials: "Getting credentials (STS GetCallerIdentity)",
  identity: "Checking the credentials belong to this account",
  cloudwatch: "Calling CloudWatch (ListMetrics)",
};

function RegionResult({ check }: { check: RegionCheck }) {
  const failure = check.failure;
  return (
    <li className={styles.testResult} data-testid={`test-result-${check.region}`} data-ok={check.ok}>
      <span className={check.ok ? "status-ok" : "status-error"} aria-hidden="true">
        {check.ok ? "✓" : "✗"}
      </span>
      <span className={styles.testRegion}>{check.region}</span>
      {check.ok ? (
        <span>
          Connected as <code className={styles.code}>{check.identityArn ?? "unknown identity"}</code>
        </span>
      ) : failure ? (
        <span className={styles.testFailure}>
          <span>
            Failed at: <strong>{STEP_LABELS[failure.step]}</strong>
          </span>
          <span>{failure.description}</span>
          {/* The description usually quotes AWS already; AWS's words are repeated only when it does not. */}
          {failure.code && !failure.description.includes(failure.message) && (
            <span className={styles.awsMessage}>
              AWS {failure.code}: {failure.message}
            </span>
          )}
          {check.identityArn && (
            <span className="muted">
              Identity: <code className={styles.code}>{check.identityArn}</code>
            </span>
          )}
        </span>
      ) : (
        <span>Failed without a reason from the server.</span>
      )}
    </li>
  );
}

export function ConnectionTestResults({ result }: { result: ConnectionTestResult }) {
  return (
    <ul className={styles.testResults} aria-label="Connection test results">
      {result.checks.map((check) => (
        <RegionResult key={check.region} check={check} />
      ))}
    </ul>
  );
}
