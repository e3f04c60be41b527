"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ErrorNotice } from "@/components/metric-browser/ErrorNotice";
import { Dialog } from "@/components/ui/Dialog";
import { ApiError } from "@/lib/client/api";
import {
  createDashboardRequest,
  dashboardKeys,
  loadDashboard,
  saveDashboardRequest,
  useDashboardList,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import { createEmptyDocument } from "@/lib/dashboards/model";
import {
  AppendConflictError,
  editDashboardWithRetry,
  type DashboardStore,
} from "@/lib/explore/dashboard-append";
import type { ExploreState } from "@/lib/explore/explore-state";
import { appendExploreWidget, exploreWidgetTitle } from "@/lib/explore/explore-widget";
import styles from "./explore.module.css";

// "Add to dashboard": the graph as a line widget, appended below everything on an existing dashboard (with an
// optimistic-lock retry) or as the first widget of a new one.

/** [I] Version message recorded with the save, shown in the dashboard's history. */
export const ADDED_FROM_EXPLORER_MESSAGE = "Added a graph from Explore metrics";

type Target = { kind: "existing"; id: string } | { kind: "new"; name: string };

const store: DashboardStore<SavedDashboardJson> = {
  load: loadDashboard,
  save: (id, { baseVersion, document, message, ...metadata }) =>
    saveDashboardRequest(id, baseVersion, metadata, document, message),
};

async function addToDashboard(state: ExploreState, target: Target): Promise<SavedDashboardJson> {
  if (target.kind === "existing") {
    return editDashboardWithRetry(store, target.id, (document) => appendExploreWidget(document, state), {
      isConflict: (error) => error instanceof ApiError && error.status === 409,
      message: ADDED_FROM_EXPLORER_MESSAGE,
    });
  }
  // The new dashboard reads the account and Region the graph was made in.
  const first = state.metrics[0];
  const empty = createEmptyDocument(target.name, {
    ...((first?.accountId ?? state.accountId) ? { accountId: first?.accountId ?? state.accountId } : {}),
    ...((first?.region ?? state.region) ? { region: first?.region ?? state.region } : {}),
  });
  // A new dashboard opens on the range the graph was made with, when that range is relative.
  if (state.range.type === "relative") empty.defaultRange = state.range;
  const document = appendExploreWidget(empty, state);
  if (!document) throw new Error("there is nothing to add");
  return createDashboardRequest({ name: target.name, tags: [], document });
}

function dashboardHref(id: string): string {
  return `/dashboards/${encodeURIComponent(id)}`;
}

function AddError({ error, target }: { error: unknown; target: Target | undefined }) {
  if (error instanceof AppendConflictError) {
    return (
      <div className={styles.formError} role="alert">
        <strong>Not added: the dashboard was being changed at the same time.</strong> {error.message}
        {target?.kind === "existing" && (
          <>
            {" "}
            <Link href={dashboardHref(target.id)}>Open {error.dashboardName}</Link>
          </>
        )}
      </div>
    );
  }
  if (error instanceof ApiError && error.issues.length > 0) {
    return (
      <div className={styles.formError} role="alert">
        <strong>The dashboard refused the widget: {error.message}</strong>
        <ul>
          {error.issues.map((issue, i) => (
            <li key={i}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  return <ErrorNotice title="Could not add the graph" error={error} />;
}

function AddForm({ state, onClose }: { state: ExploreState; onClose: () => void }) {
  const client = useQueryClient();
  const dashboards = useDashboardList("", "");
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [chosen, setChosen] = useState("");
  const [name, setName] = useState(() => exploreWidgetTitle(state));
  const add = useMutation({
    mutationFn: (target: Target) => addToDashboard(state, target),
    onSettled: () => client.invalidateQueries({ queryKey: dashboardKeys.all }),
  });

  const list = dashboards.data?.dashboards ?? [];
  const dashboardId = list.some((d) => d.id === chosen) ? chosen : (list[0]?.id ?? "");
  const effectiveMode = dashboards.isSuccess && list.length === 0 ? "new" : mode;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (effectiveMode === "existing" && dashboardId) add.mutate({ kind: "existing", id: dashboardId });
    if (effectiveMode === "new" && name.trim()) add.mutate({ kind: "new", name: name.trim() });
  }

  return (
    <form
      className={styles.addForm}
      onSubmit={submit}
      aria-label="Add to dashboard"
      data-testid="add-to-dashboard"
    >
      <fieldset className={styles.fieldset} disabled={add.isPending}>
        <label className={styles.radio}>
          <input
            type="radio"
            name="target"
            checked={effectiveMode === "existing"}
            disabled={list.length === 0}
            onChange={() => setMode("existing")}
          />
          Existing dashboard
        </label>
        {effectiveMode === "existing" &&
          (dashboards.isError ? (
            <ErrorNotice
              title="Could not list dashboards"
              error={dashboards.error}
              onRetry={() => void dashboards.refetch()}
            />
          ) : dashboards.isPending ? (
            <span className="muted">Loading dashboards…</span>
          ) : (
            <select
              className={styles.select}
              aria-label="Dashboard"
              value={dashboardId}
              onChange={(event) => setChosen(event.target.value)}
            >
              {list.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.folder ? `${d.folder} / ` : ""}
                  {d.name}
                </option>
              ))}
            </select>
          ))}
        <label className={styles.radio}>
          <input
            type="radio"
            name="target"
            checked={effectiveMode === "new"}
            onChange={() => setMode("new")}
          />
          New dashboard
        </label>
        {effectiveMode === "new" && (
          <input
            className={styles.input}
            aria-label="New dashboard name"
            value={name}
            maxLength={255}
            onChange={(event) => setName(event.target.value)}
            required
          />
        )}
        <div className={styles.formActions}>
          <button
            type="submit"
            className={`${styles.button} ${styles.primary}`}
            disabled={effectiveMode === "existing" ? !dashboardId : !name.trim()}
          >
            {add.isPending ? "Adding…" : "Add graph"}
          </button>
          <button type="button" className={styles.button} onClick={onClose}>
            Close
          </button>
        </div>
      </fieldset>
      {add.isError && <AddError error={add.error} target={add.variables} />}
      {add.isSuccess && (
        <p className={styles.success} role="status">
          Added to <Link href={dashboardHref(add.data.id)}>{add.data.name}</Link> (version {add.data.version}
          ).
        </p>
      )}
    </form>
  );
}

export function AddToDashboard({ state }: { state: ExploreState }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`${styles.button} ${styles.primary}`}
        disabled={state.metrics.length === 0}
        onClick={() => setOpen(true)}
      >
        Add to dashboard
      </button>
      {open && (
        <Dialog title="Add to dashboard" onClose={() => setOpen(false)} size="small">
          <AddForm state={state} onClose={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}
