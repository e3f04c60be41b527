"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { cloudWatchDashboardsQuery, useAccounts } from "@/lib/client/accounts";
import { dashboardKeys, importFromCloudWatchRequest } from "@/lib/client/dashboards";
import styles from "./dashboards.module.css";

/** Pick a registered account, then one of its CloudWatch dashboards (ListDashboards / GetDashboard). */
export function ImportFromAccount({ onImported }: { onImported: (id: string) => void }) {
  const client = useQueryClient();
  const [account, setAccount] = useState("");
  const accounts = useAccounts();
  const dashboards = useQuery(cloudWatchDashboardsQuery(account));
  const importOne = useMutation({
    mutationFn: (dashboardName: string) => importFromCloudWatchRequest(account, dashboardName),
    onSuccess: async (result) => {
      await client.invalidateQueries({ queryKey: dashboardKeys.all });
      onImported(result.dashboard.id);
    },
  });

  return (
    <div data-testid="import-from-account">
      <div className={styles.field}>
        <label htmlFor="import-account">Account</label>
        <select
          id="import-account"
          className={styles.select}
          value={account}
          onChange={(e) => setAccount(e.target.value)}
        >
          <option value="">Choose an account…</option>
          {(accounts.data ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.accountId})
            </option>
          ))}
        </select>
      </div>
      {dashboards.isFetching && <p className="muted">Listing CloudWatch dashboards…</p>}
      {dashboards.error && <p className={styles.error}>{dashboards.error.message}</p>}
      {dashboards.data && dashboards.data.dashboards.length === 0 && (
        <p className="muted">This account has no CloudWatch dashboards.</p>
      )}
      <ul className={styles.list} style={{ listStyle: "none", padding: 0 }}>
        {dashboards.data?.dashboards.map((d) => (
          <li key={d.name} className={styles.row}>
            <span>{d.name}</span>
            <button
              type="button"
              className={styles.button}
              disabled={importOne.isPending}
              onClick={() => importOne.mutate(d.name)}
            >
              Import
            </button>
          </li>
        ))}
      </ul>
      {importOne.error && (
        <p className={styles.error} role="alert">
          {importOne.error.message}
        </p>
      )}
    </div>
  );
}
