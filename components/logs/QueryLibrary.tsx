"use client";

import { useState } from "react";
import { useDeleteSavedQuery, useLogsHistory, useSavedQueries, useSaveQuery } from "@/lib/client/logs";
import type { SavedQuery } from "@/lib/contracts/logs";
import styles from "./logs.module.css";

// Saved queries (in "a/b" folders, synced with CloudWatch query definitions, plus samples) and the user's
// history with each run's cost.

export interface QueryLibraryProps {
  account?: string;
  region?: string;
  query: string;
  groups: string[];
  onPick: (query: string, groups: string[]) => void;
}

function folderOf(name: string): string {
  const i = name.lastIndexOf("/");
  return i < 0 ? "" : name.slice(0, i);
}

export function SavedQueries({ account, region, query, groups, onPick }: QueryLibraryProps) {
  const saved = useSavedQueries(account, region);
  const save = useSaveQuery();
  const remove = useDeleteSavedQuery();
  const [name, setName] = useState("");
  const byFolder = new Map<string, SavedQuery[]>();
  for (const q of saved.data?.queries ?? []) {
    const folder = folderOf(q.name);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), q]);
  }
  return (
    <section className={styles.panel} aria-label="Saved queries">
      <h2 className={styles.panelTitle}>Saved queries</h2>
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          if (!account || !region || !name.trim()) return;
          save.mutate({ input: { name: name.trim(), query, accountId: account, region, logGroups: groups } });
          setName("");
        }}
      >
        <input
          className={styles.input}
          placeholder="folder/name"
          aria-label="Saved query name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className={styles.button} disabled={!name.trim() || !query.trim()}>
          Save
        </button>
      </form>
      {save.isError ? <p className={styles.error}>{save.error.message}</p> : null}
      {saved.data?.syncErrors.map((e) => (
        <p key={e} className={styles.warning}>
          Not synced with CloudWatch: {e}
        </p>
      ))}
      <ul className={styles.historyList}>
        {[...byFolder.entries()].map(([folder, list]) => (
          <li key={folder}>
            <strong className={styles.muted}>{folder || "(no folder)"}</strong>
            <ul className={styles.historyList}>
              {list.map((q) => (
                <li key={q.id}>
                  <button type="button" onClick={() => onPick(q.query, q.logGroups)} title={q.query}>
                    {q.name.slice(folder ? folder.length + 1 : 0)}
                  </button>
                  {q.origin !== "sample" ? (
                    <button type="button" aria-label={`Delete ${q.name}`} onClick={() => remove.mutate(q.id)}>
                      ✕
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function QueryHistory({ onPick }: { onPick: (query: string, groups: string[]) => void }) {
  const history = useLogsHistory();
  return (
    <section className={styles.panel} aria-label="Query history">
      <h2 className={styles.panelTitle}>History</h2>
      {history.data ? (
        <p className={styles.muted}>Total cost: ${history.data.totalCostUsd.toFixed(4)}</p>
      ) : null}
      <ul className={styles.historyList}>
        {(history.data?.entries ?? []).map((h) => (
          <li key={h.id}>
            <button
              type="button"
              onClick={() =>
                onPick(
                  h.query,
                  h.groups.map((g) => g.name),
                )
              }
              title={h.query}
            >
              {h.query.slice(0, 80)}
            </button>
            <div className={styles.muted}>
              {new Date(h.createdAt).toLocaleString()} · {h.status} · ${h.costUsd.toFixed(4)}
              {h.reused ? " (shared)" : ""}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
