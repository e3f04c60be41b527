"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import {
  loadDashboard,
  useDashboardList,
  useDashboardMutations,
  type DashboardSummaryJson,
} from "@/lib/client/dashboards";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { PromptDialog } from "@/components/ui/PromptDialog";
import { can, useMe } from "@/lib/client/auth";
import { ImportDialog } from "./ImportDialog";
import { widgetCountText } from "./widget-count";
import styles from "./dashboards.module.css";
import { TEST_IDS } from "@/lib/testing/test-ids";
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
  const canEdit = can(useMe().data, "editor");
  const router = useRouter();
  const { duplicate, remove, rename } = useDashboardMutations();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<"rename" | "delete">();

  async function doRename(name: string) {
    setAsking(undefined);
    if (name === dashboard.name) return;
    try {
      const full = await loadDashboard(dashboard.id);
      await rename.mutateAsync({ dashboard: full, name });
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <li className={styles.row} data-testid={TEST_IDS.dashboardRow}>
      <div>
        <Link href={`/dashboards/${dashboard.id}`} className={styles.name}>
          {dashboard.name}
        </Link>
        {dashboard.description && <div className="muted">{dashboard.description}</div>}
        <div className={styles.meta}>
          {dashboard.folder && <span>folder {dashboard.folder}</span>}
          <span>{widgetCountText(dashboard.widgetCount)}</span>
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
      {canEdit && (
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => setAsking("rename")}>
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
            onClick={() => setAsking("delete")}
          >
            Delete
          </button>
        </div>
      )}
      {asking === "rename" && (
        <PromptDialog
          title="Rename dashboard"
          label="Name"
          initialValue={dashboard.name}
          submitLabel="Rename"
          onCancel={() => setAsking(undefined)}
          onSubmit={(name) => void doRename(name)}
        />
      )}
      {asking === "delete" && (
        <ConfirmDialog
          title={`Delete “${dashboard.name}”?`}
          confirmLabel="Delete"
          danger
          onCancel={() => setAsking(undefined)}
          onConfirm={() => {
            setAsking(undefined);
            remove
              .mutateAsync(dashboard.id)
              .then(() => onDeleted(dashboard))
              .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
          }}
        >
          It disappears from the list; you can undo right after, and its versions are kept.
        </ConfirmDialog>
      )}
    </li>
  );
}

export function DashboardList() {
  const canEdit = can(useMe().data, "editor");
  const router = useRouter();
  const [search, setSearch] = useState("");
  const [tag, setTag] = useState("");
  const deferredSearch = useDeferredValue(search);
  const list = useDashboardList(deferredSearch, tag);
  const { create, undelete } = useDashboardMutations();
  const [deleted, setDeleted] = useState<DashboardSummaryJson>();
  const [naming, setNaming] = useState(false);

  async function createNew(name: string) {
    const created = await create.mutateAsync({ name, tags: [] });
    setNaming(false);
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
        {canEdit && (
          <>
            <button
              type="button"
              className={`${styles.button} ${styles.primary}`}
              onClick={() => setNaming(true)}
            >
              New dashboard
            </button>
            {naming && (
              <PromptDialog
                title="New dashboard"
                label="Name of the new dashboard"
                submitLabel="Create"
                busy={create.isPending}
                error={create.error?.message}
                onCancel={() => setNaming(false)}
                onSubmit={(name) => void createNew(name).catch(() => undefined)}
              />
            )}
            <ImportDialog onImported={(id) => router.push(`/dashboards/${id}`)} />
          </>
        )}
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
