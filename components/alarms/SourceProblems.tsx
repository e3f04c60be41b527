import type { AlarmSourceJson } from "@/lib/contracts/alarms";
import styles from "./alarms.module.css";

/** Accounts and Regions that cannot be read now: their alarms are missing or old, never "all OK". */
export function SourceProblems({ sources }: { sources: readonly AlarmSourceJson[] }) {
  const problems = sources.filter((s) => s.error || s.stale);
  if (problems.length === 0) return null;
  return (
    <div className={styles.banner} role="alert" data-testid="alarm-source-problems">
      <strong>
        {problems.length} account/Region {problems.length === 1 ? "pair cannot" : "pairs cannot"} be read:
        their alarms below are missing or out of date.
      </strong>
      <ul>
        {problems.map((s) => (
          <li key={`${s.accountId}/${s.region}`} data-testid="alarm-source-problem">
            {s.accountName} ({s.accountId}) · {s.region}: {s.error ? s.error.message : "not polled recently"}
            {s.fetchedAt ? ` — last read ${new Date(s.fetchedAt).toLocaleString()}` : " — never read"}
          </li>
        ))}
      </ul>
    </div>
  );
}
