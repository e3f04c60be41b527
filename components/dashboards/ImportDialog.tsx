"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/Dialog";
import { ApiError } from "@/lib/client/api";
import { useDashboardMutations } from "@/lib/client/dashboards";
import { useAccounts } from "@/lib/client/accounts";
import { ImportFromAccount } from "./ImportFromAccount";
import styles from "./dashboards.module.css";

/** Paste or upload a CloudWatch dashboard body; errors point at the widget and field, nothing is half-saved. */
export function ImportDialog({ onImported }: { onImported: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [name, setName] = useState("");
  const [region, setRegion] = useState("us-east-1");
  const [accountId, setAccountId] = useState("");
  const accounts = useAccounts();
  const [source, setSource] = useState<"json" | "account">("json");
  const { importBody } = useDashboardMutations();
  const error = importBody.error instanceof ApiError ? importBody.error : undefined;

  async function onFile(file: File | undefined) {
    if (!file) return;
    setBody(await file.text());
    if (!name) setName(file.name.replace(/\.json$/i, ""));
  }

  async function submit() {
    const result = await importBody.mutateAsync({
      body,
      name: name.trim() || "Imported dashboard",
      tags: [],
      defaultRegion: region,
      ...(accountId ? { accountId } : {}),
    });
    setOpen(false);
    setBody("");
    setName("");
    onImported(result.dashboard.id);
  }

  return (
    <>
      <button type="button" className={styles.button} onClick={() => setOpen(true)}>
        Import CloudWatch JSON
      </button>
      {open && (
        <Dialog title="Import a CloudWatch dashboard" onClose={() => setOpen(false)}>
          <div className={styles.toolbar} role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={source === "json"}
              className={`${styles.button} ${source === "json" ? styles.primary : ""}`}
              onClick={() => setSource("json")}
            >
              Paste or upload JSON
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={source === "account"}
              className={`${styles.button} ${source === "account" ? styles.primary : ""}`}
              onClick={() => setSource("account")}
            >
              From a CloudWatch account
            </button>
          </div>
          {source === "account" ? (
            <ImportFromAccount
              onImported={(id) => {
                setOpen(false);
                onImported(id);
              }}
            />
          ) : (
            <>
              <div className={styles.field}>
                <label htmlFor="import-name">Name</label>
                <input
                  id="import-name"
                  className={styles.input}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              </div>
              <div className={styles.field}>
                <label htmlFor="import-account">Account the dashboard comes from</label>
                <select
                  id="import-account"
                  className={styles.input}
                  value={accountId}
                  onChange={(e) => setAccountId(e.target.value)}
                >
                  <option value="">The first registered account</option>
                  {(accounts.data ?? []).map((a) => (
                    <option key={a.id} value={a.accountId}>
                      {a.name} ({a.accountId})
                    </option>
                  ))}
                </select>
              </div>
              <div className={styles.field}>
                <label htmlFor="import-region">Region for widgets that name none</label>
                <input
                  id="import-region"
                  className={styles.input}
                  value={region}
                  onChange={(e) => setRegion(e.target.value)}
                />
              </div>
              <div className={styles.field}>
                <label htmlFor="import-body">Dashboard body (JSON)</label>
                <textarea
                  id="import-body"
                  className={styles.textarea}
                  value={body}
                  onChange={(e) => setBody(e.target.value)}
                  placeholder='{"widgets": [...]}'
                />
                <input
                  type="file"
                  accept="application/json,.json"
                  aria-label="Upload a JSON file"
                  onChange={(e) => void onFile(e.target.files?.[0])}
                />
              </div>
              {error && (
                <div role="alert" data-testid="import-errors">
                  <p className={styles.error}>{error.message}</p>
                  {error.issues.length > 1 && (
                    <ul className={styles.issues}>
                      {error.issues.map((issue, i) => (
                        <li key={i}>
                          {issue.path || "/"}: {issue.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </>
          )}
          <div className={styles.actions}>
            <button
              type="button"
              className={`${styles.button} ${styles.primary}`}
              hidden={source !== "json"}
              disabled={!body.trim() || importBody.isPending}
              onClick={() => void submit().catch(() => undefined)}
            >
              {importBody.isPending ? "Importing…" : "Import"}
            </button>
            <button type="button" className={styles.button} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
