"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorNotice } from "@/components/metric-browser/ErrorNotice";
import { CREDENTIAL_TYPE_LABELS } from "@/lib/account-settings/account-form";
import { connectionSummary } from "./connection-summary";
import { ConnectionTestResults } from "./ConnectionTestResults";
import { testConnection, useAccountMutations, type AccountView } from "@/lib/client/accounts";
import styles from "./accounts.module.css";

/** Why accounts that Settings did not create cannot be edited here. */
export const READ_ONLY_REASONS: Readonly<Record<Exclude<AccountView["source"], "ui">, string>> = {
  config:
    "Defined in the accounts file (WATCHWALL_ACCOUNTS_FILE) and re-read at every start: change it there.",
  simulator: "A demo account of the built-in AWS simulator, recreated at every start.",
};

const COLUMNS = 7;

interface AccountRowProps {
  account: AccountView;
  onEdit: (account: AccountView) => void;
}

export function AccountRow({ account, onEdit }: AccountRowProps) {
  const { remove } = useAccountMutations();
  const [confirming, setConfirming] = useState(false);
  const test = useMutation({ mutationFn: () => testConnection(account.id) });
  const readOnly = account.source === "ui" ? undefined : READ_ONLY_REASONS[account.source];

  return (
    // One tbody per account keeps its detail rows (read-only note, confirmation, test results) inside the
    // element tests and assistive tech see as "the account".
    <tbody className={styles.account} data-testid="account-row" data-account-id={account.accountId}>
      <tr>
        <td className={styles.nameCell}>{account.name}</td>
        <td className={styles.mono}>{account.accountId}</td>
        <td>
          {CREDENTIAL_TYPE_LABELS[account.credentialType]}
          {account.profile && <div className="muted">profile {account.profile}</div>}
        </td>
        <td className={styles.arnCell}>
          {account.roleArn ? (
            <code className={styles.code}>{account.roleArn}</code>
          ) : (
            <span className="muted">—</span>
          )}
          {account.hasExternalId && <div className="muted">with external ID</div>}
        </td>
        <td>
          <div className={styles.regions}>
            {account.regions.map((r) => (
              <span key={r} className={styles.region}>
                {r}
              </span>
            ))}
          </div>
        </td>
        <td>
          <span className={`${styles.badge} ${styles[`source-${account.source}`]}`} title={readOnly}>
            {account.source}
          </span>
        </td>
        <td>
          <div className={styles.actions}>
            <button
              type="button"
              className={styles.button}
              onClick={() => test.mutate()}
              disabled={test.isPending}
            >
              {test.isPending ? "Testing…" : "Test connection"}
            </button>
            {!readOnly && (
              <>
                <button type="button" className={styles.button} onClick={() => onEdit(account)}>
                  Edit
                </button>
                <button
                  type="button"
                  className={`${styles.button} ${styles.danger}`}
                  onClick={() => setConfirming(true)}
                  disabled={confirming}
                >
                  Delete
                </button>
              </>
            )}
          </div>
        </td>
      </tr>
      {readOnly && (
        <tr className={styles.detailRow}>
          <td colSpan={COLUMNS} className={styles.readOnly}>
            Read-only: {readOnly}
          </td>
        </tr>
      )}
      {confirming && (
        <tr className={styles.detailRow}>
          <td colSpan={COLUMNS}>
            <div className={styles.confirm} role="alertdialog" aria-label={`Delete ${account.name}`}>
              <span>
                Delete <strong>{account.name}</strong> ({account.accountId})? Dashboards that use it will show
                errors until another account with this id is added.
              </span>
              <button
                type="button"
                className={`${styles.button} ${styles.dangerSolid}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(account.id, { onSuccess: () => setConfirming(false) })}
              >
                {remove.isPending ? "Deleting…" : "Delete account"}
              </button>
              <button
                type="button"
                className={styles.button}
                onClick={() => {
                  setConfirming(false);
                  remove.reset();
                }}
              >
                Cancel
              </button>
            </div>
            {remove.isError && (
              <ErrorNotice title={`Could not delete ${account.name}`} error={remove.error} />
            )}
          </td>
        </tr>
      )}
      {(test.isError || test.isSuccess) && (
        <tr className={styles.detailRow}>
          <td colSpan={COLUMNS}>
            {test.isError && (
              <ErrorNotice
                title="The connection test could not run"
                error={test.error}
                onRetry={() => test.mutate()}
              />
            )}
            {test.isSuccess && (
              <div className={styles.testBox}>
                <div className={styles.testSummary}>
                  <strong className={test.data.ok ? "status-ok" : "status-error"}>
                    {connectionSummary(test.data.checks)}
                  </strong>
                  <button type="button" className={styles.linkButton} onClick={() => test.reset()}>
                    Hide
                  </button>
                </div>
                <ConnectionTestResults result={test.data} />
              </div>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}
