"use client";

import type { AccountView } from "@/lib/client/accounts";
import styles from "./metric-browser.module.css";

export interface MetricScope {
  /** AWS account id (12 digits). */
  accountId: string;
  region: string;
}

interface ScopePickerProps {
  accounts: readonly AccountView[];
  account: AccountView;
  region: string;
  onChange: (scope: MetricScope) => void;
}

/** Account, then one of that account's Regions. */
export function ScopePicker({ accounts, account, region, onChange }: ScopePickerProps) {
  return (
    <div className={styles.scope}>
      <label className={styles.field}>
        <span className={styles.fieldLabel}>Account</span>
        <select
          className={styles.select}
          value={account.accountId}
          onChange={(event) => {
            const next = accounts.find((a) => a.accountId === event.target.value);
            if (next) onChange({ accountId: next.accountId, region: next.regions[0] ?? region });
          }}
        >
          {accounts.map((a) => (
            <option key={a.id} value={a.accountId}>
              {a.name} ({a.accountId})
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <span className={styles.fieldLabel}>Region</span>
        <select
          className={styles.select}
          value={region}
          onChange={(event) => onChange({ accountId: account.accountId, region: event.target.value })}
        >
          {account.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
