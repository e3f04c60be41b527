"use client";

import { useState } from "react";
import { ErrorNotice } from "@/components/metric-browser/ErrorNotice";
import { AccountForm } from "./AccountForm";
import { AccountRow } from "./AccountRow";
import { useAccounts, type AccountView } from "@/lib/client/accounts";
import styles from "./accounts.module.css";

type Editing = { mode: "closed" } | { mode: "add" } | { mode: "edit"; account: AccountView };

/** Settings → Accounts: the AWS accounts Watchwall reads from, how it reaches them, and a connection test. */
export function AccountsSettings() {
  const accounts = useAccounts();
  const [editing, setEditing] = useState<Editing>({ mode: "closed" });
  const [saved, setSaved] = useState<string>();

  const close = () => setEditing({ mode: "closed" });

  return (
    <section className={styles.page} aria-labelledby="accounts-heading">
      <div className={styles.header}>
        <h2 id="accounts-heading" className={styles.sectionTitle}>
          AWS accounts
        </h2>
        {editing.mode === "closed" && (
          <button
            type="button"
            className={`${styles.button} ${styles.primary}`}
            onClick={() => {
              setSaved(undefined);
              setEditing({ mode: "add" });
            }}
          >
            Add account
          </button>
        )}
      </div>
      <p className="muted">
        Watchwall reads CloudWatch with the server&apos;s credentials: its default credential chain, a named
        profile, or a role it assumes. Credentials themselves are never stored or shown here.
      </p>
      {saved && (
        <p className={styles.saved} role="status">
          {saved}
        </p>
      )}
      {editing.mode !== "closed" && (
        <AccountForm
          key={editing.mode === "edit" ? editing.account.id : "new"}
          account={editing.mode === "edit" ? editing.account : undefined}
          onCancel={close}
          onDone={(account) => {
            setSaved(`Saved ${account.name}.`);
            close();
          }}
        />
      )}
      {accounts.isPending ? (
        <p className="muted">Loading accounts…</p>
      ) : accounts.isError ? (
        <ErrorNotice
          title="Could not load the accounts"
          error={accounts.error}
          onRetry={() => void accounts.refetch()}
        />
      ) : accounts.data.length === 0 ? (
        <p className={styles.empty}>No AWS account yet. Add one to start building dashboards.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th>Name</th>
                <th>Account ID</th>
                <th>Credentials</th>
                <th>Role ARN</th>
                <th>Regions</th>
                <th>Source</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            {accounts.data.map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                onEdit={(a) => {
                  setSaved(undefined);
                  setEditing({ mode: "edit", account: a });
                }}
              />
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
