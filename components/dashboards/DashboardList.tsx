"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { useDashboardList, useDashboardMutations, type DashboardSummaryJson } from "@/lib/client/dashboards";
import { api } from "@/lib/client/api";
import type { SavedDashboardJson } from "@/lib/client/dashboards";
import { ImportDialog } from "./ImportDialog";
import styles from "./dashboards.module.css";
import { DashboardCostBadge } from "./DashboardCost";

function Row({
  dashboard,
  onTag,
  onDeleted,
}: {
  dashboard: DashboardSummaryJson;
  onTag: (tag: string) => void;
  onDeleted: (d: DashboardSummaryJson) => void;
}) {
  const router = useRouter();
  const { duplicate, remove, rename } = useDashboardMutations();
  const [error, setError] = useState<string>();

  async function doRename() {
    const name = window.prompt("Rename dashboard", dashboard.name)?.trim();
    if (!name || name === dashboard.name) return;
    const full = await api<SavedDashboardJson>(`/api/dashboards/${dashboard.id}`);
    await rename
      .mutateAsync({ dashboard: full, name })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }

  return (
    <li className={styles.row} data-testid="dashboard-row">
      <div>
        <Link href={`/dashboards/${dashboard.id}`} className={styles.name}>
          {dashboard.name}
        </Link>
        {dashboard.description && <div className="muted">{dashboard.description}</div>}
        <div className={styles.meta}>
          {dashboard.folder && <span>folder {dashboard.folder}</span>}
          <span>{dashboard.widgetCount} widgets</span>
          <DashboardCostBadge id={dashboard.id} />
          <span>updated {new Date(dashboard.updatedAt).toLocaleString()}</span>
          {dashboard.tags.map((tag) => (
            <button key={tag} type="button" className={styles.tag} onClick={() => onTag(tag)}>
              #{tag}
            </button>
          ))}
        </div>
        {error && <p className={styles.error}>{error}</p>}
      </div>
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => void doRename()}>
          Rename
        </button>
        <button
          type="button"
          className={styles.button}
          onClick={() =>
            void duplicate.mutateAsync(dashboard.id).then((copy) => router.push(`/dashboards/${copy.id}`))
          }
        >
          Duplicate
        </button>
        <button
          type="button"
          className={`${styles.button} ${styles.danger}`}
          onClick={() => void remove.mutateAsync(dashboard.id).then(() => onDeleted(dashboard))}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

export function DashboardList() {
  const router = useRouter();
  const [search, setSearch] = useState("");
  const [tag, setTag] = useState("");
  const deferredSearch = useDeferredValue(search);
  const list = useDashboardList(deferredSearch, tag);
  const { create, undelete } = useDashboardMutations();
  const [deleted, setDeleted] = useState<DashboardSummaryJson>();

  async function createNew() {
    const name = window.prompt("Name of the new dashboard")?.trim();
    if (!name) return;
    const created = await create.mutateAsync({ name, tags: [] });
    router.push(`/dashboards/${created.id}?edit=1`);
  }

  const dashboards = list.data?.dashboards ?? [];
  return (
    <>
      <div className={styles.toolbar}>
        <input
          className={`${styles.input} ${styles.search}`}
          type="search"
          placeholder="Search dashboards by name, description or tag"
          aria-label="Search dashboards"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        {tag && (
          <button
            type="button"
            className={`${styles.tag} ${styles.tagActive}`}
            onClick={() => setTag("")}
            aria-label={`Remove tag filter ${tag}`}
          >
            #{tag} ✕
          </button>
        )}
        <button
          type="button"
          className={`${styles.button} ${styles.primary}`}
          onClick={() => void createNew()}
        >
          New dashboard
        </button>
        <ImportDialog onImported={(id) => router.push(`/dashboards/${id}`)} />
      </div>
      {list.isPending && <p className="muted">Loading dashboards…</p>}
      {list.error && <p className={styles.error}>Could not load dashboards: {list.error.message}</p>}
      {list.isSuccess && dashboards.length === 0 && (
        <p className={styles.empty}>
          {search || tag
            ? "No dashboard matches."
            : "No dashboards yet: create one or import a CloudWatch dashboard."}
        </p>
      )}
      <ul className={styles.list} style={{ listStyle: "none", padding: 0 }}>
        {dashboards.map((d) => (
          <Row key={d.id} dashboard={d} onTag={setTag} onDeleted={setDeleted} />
        ))}
      </ul>
      {deleted && (
        <div className={styles.toast} role="status">
          Deleted “{deleted.name}”.
          <button
            type="button"
            className={styles.button}
            onClick={() => void undelete.mutateAsync(deleted.id).then(() => setDeleted(undefined))}
          >
            Undo
          </button>
          <button
            type="button"
            className={styles.button}
            aria-label="Dismiss"
            onClick={() => setDeleted(undefined)}
          >
            ✕
          </button>
        </div>
      )}
    </>
  );
}
