"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import {
  dashboardKeys,
  loadDashboard,
  saveDashboardRequest,
  useDashboardList,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import { appendLogWidget, type LogsView } from "@/lib/logs/log-widget";
import { editDashboardWithRetry, type DashboardStore } from "@/lib/explore/dashboard-append";
import styles from "./logs.module.css";

/** [I] Version message recorded with the save. */
export const ADDED_FROM_LOGS_MESSAGE = "Added a Logs Insights widget from the Logs page";

const store: DashboardStore<SavedDashboardJson> = {
  load: loadDashboard,
  save: (id, { baseVersion, document, message, ...metadata }) =>
    saveDashboardRequest(id, baseVersion, metadata, document, message),
};

export interface AddLogWidgetProps {
  accountId: string;
  region: string;
  groups: string[];
  query: string;
  view: LogsView;
}

/** "Add to dashboard": the query and its view as a CloudWatch log widget at the bottom of a dashboard. */
export function AddLogWidget(props: AddLogWidgetProps) {
  const client = useQueryClient();
  const dashboards = useDashboardList("", "");
  const [chosen, setChosen] = useState("");
  const [title, setTitle] = useState("Logs Insights");
  const list = dashboards.data?.dashboards ?? [];
  const id = list.some((d) => d.id === chosen) ? chosen : (list[0]?.id ?? "");
  const add = useMutation({
    mutationFn: () =>
      editDashboardWithRetry(
        store,
        id,
        (doc) => appendLogWidget(doc, { ...props, title: title.trim() || "Logs" }),
        {
          isConflict: (e) => e instanceof ApiError && e.status === 409,
          message: ADDED_FROM_LOGS_MESSAGE,
        },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: dashboardKeys.all }),
  });
  return (
    <form
      className={styles.row}
      aria-label="Add to dashboard"
      onSubmit={(e) => {
        e.preventDefault();
        if (id) add.mutate();
      }}
    >
      <input
        className={styles.input}
        style={{ width: 200 }}
        aria-label="Widget title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <select
        className={styles.input}
        style={{ width: 220 }}
        aria-label="Dashboard"
        value={id}
        onChange={(e) => setChosen(e.target.value)}
      >
        {list.map((d) => (
          <option key={d.id} value={d.id}>
            {d.folder ? `${d.folder} / ` : ""}
            {d.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className={styles.primary}
        disabled={!id || add.isPending || props.groups.length === 0}
      >
        {add.isPending ? "Adding…" : "Add to dashboard"}
      </button>
      {add.isError ? <span className={styles.error}>{add.error.message}</span> : null}
      {add.isSuccess ? (
        <span role="status">
          Added to <Link href={`/dashboards/${encodeURIComponent(add.data.id)}`}>{add.data.name}</Link>
        </span>
      ) : null}
    </form>
  );
}
