"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import {
  createDashboardRequest,
  dashboardKeys,
  loadDashboard,
  saveDashboardRequest,
  useDashboardList,
  type SavedDashboardJson,
} from "@/lib/client/dashboards";
import { createEmptyDocument, type DashboardDocument } from "@/lib/dashboards/model";
import { editDashboardWithRetry, type DashboardStore } from "@/lib/explore/dashboard-append";
import controls from "@/components/ui/controls.module.css";

// "Add to dashboard" for the /alarms selection (an alarm status widget that keeps selecting by account, Region,
// name prefix and state: a wall screen of "everything in ALARM") and the /health filters (a Health widget), on
// an existing dashboard (optimistic lock, one retry) or a new one.

const NEW = "__new__";

const store: DashboardStore<SavedDashboardJson> = {
  load: loadDashboard,
  save: (id, { baseVersion, document, message, ...metadata }) =>
    saveDashboardRequest(id, baseVersion, metadata, document, message),
};

export interface AddToDashboardProps {
  label: string;
  defaultName: string;
  /** Version message recorded with the save. */
  message: string;
  append: (document: DashboardDocument) => DashboardDocument;
}

export function AddToDashboard({ label, defaultName, message, append }: AddToDashboardProps) {
  const client = useQueryClient();
  const dashboards = useDashboardList("", "");
  const [target, setTarget] = useState("");
  const [name, setName] = useState(defaultName);
  const add = useMutation({
    mutationFn: async (): Promise<SavedDashboardJson> => {
      if (target === NEW) {
        const document = append(createEmptyDocument(name));
        return createDashboardRequest({ name, tags: [], document });
      }
      return editDashboardWithRetry(store, target, append, {
        isConflict: (error) => error instanceof ApiError && error.status === 409,
        message,
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: dashboardKeys.all }),
  });
  return (
    <details>
      <summary className={controls.button}>{label}</summary>
      <div style={{ display: "flex", gap: 8, marginTop: 8, flexWrap: "wrap", alignItems: "center" }}>
        <select
          className={controls.input}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          aria-label="Dashboard"
        >
          <option value="">Choose a dashboard…</option>
          <option value={NEW}>New dashboard…</option>
          {dashboards.data?.dashboards.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        {target === NEW && (
          <input
            className={controls.input}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-label="New dashboard name"
          />
        )}
        <button
          type="button"
          className={`${controls.button} ${controls.primary}`}
          disabled={!target || (target === NEW && !name.trim()) || add.isPending}
          onClick={() => add.mutate()}
        >
          {add.isPending ? "Adding…" : "Add widget"}
        </button>
        {add.data && (
          <span>
            Added to <Link href={`/dashboards/${encodeURIComponent(add.data.id)}`}>{add.data.name}</Link>
          </span>
        )}
        {add.error && <span className="status-error">{add.error.message}</span>}
      </div>
    </details>
  );
}
