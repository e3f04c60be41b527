"use client";

import { useAccounts } from "@/lib/client/accounts";
import type { DashboardDocument } from "@/lib/dashboards/model";
import styles from "./editor.module.css";

// The dashboard's default account and Region in its settings dialog.

export function DashboardScopeFields({
  document,
  onChange,
}: {
  document: DashboardDocument;
  onChange: (document: DashboardDocument) => void;
}) {
  const accounts = useAccounts();
  const list = accounts.data ?? [];
  const known = list.some((a) => a.accountId === document.defaultAccountId);
  const selected = list.find((a) => a.accountId === document.defaultAccountId);
  const regions = [...new Set([document.defaultRegion, ...(selected?.regions ?? [])])];
  return (
    <div className={styles.row}>
      <label className={styles.field}>
        Default account
        <select
          className={styles.input}
          aria-label="Default account"
          value={document.defaultAccountId ?? ""}
          onChange={(e) => onChange({ ...document, defaultAccountId: e.target.value || undefined })}
        >
          {!document.defaultAccountId && <option value="">Choose an account</option>}
          {document.defaultAccountId && !known && (
            <option value={document.defaultAccountId}>{document.defaultAccountId} (not registered)</option>
          )}
          {list.map((a) => (
            <option key={a.id} value={a.accountId}>
              {a.name} ({a.accountId})
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        Default Region
        <select
          className={styles.input}
          aria-label="Default Region"
          value={document.defaultRegion}
          onChange={(e) => onChange({ ...document, defaultRegion: e.target.value })}
        >
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
