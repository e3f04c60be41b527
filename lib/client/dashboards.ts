"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { api } from "./api";

// Dashboard data in the browser. Types mirror the API's JSON (dates arrive as ISO strings).

export interface DashboardSummaryJson {
  id: string;
  name: string;
  description: string;
  tags: string[];
  folder: string;
  version: number;
  widgetCount: number;
  updatedAt: string;
}

export interface SavedDashboardJson extends DashboardSummaryJson {
  document: DashboardDocument;
  createdAt: string;
}

export interface DashboardMetadataInput {
  name: string;
  description?: string;
  tags: string[];
  folder?: string;
}

export const dashboardKeys = {
  list: (search: string, tag: string) => ["dashboards", "list", search, tag] as const,
  one: (id: string) => ["dashboards", "one", id] as const,
  all: ["dashboards"] as const,
};

export function useDashboardList(search: string, tag: string) {
  const params = new URLSearchParams();
  if (search) params.set("search", search);
  if (tag) params.set("tag", tag);
  return useQuery({
    queryKey: dashboardKeys.list(search, tag),
    queryFn: ({ signal }) =>
      api<{ dashboards: DashboardSummaryJson[] }>(`/api/dashboards?${params}`, { signal }),
  });
}

export function useDashboard(id: string) {
  return useQuery({
    queryKey: dashboardKeys.one(id),
    queryFn: ({ signal }) => api<SavedDashboardJson>(`/api/dashboards/${encodeURIComponent(id)}`, { signal }),
  });
}

export function metadataOf(d: SavedDashboardJson): DashboardMetadataInput {
  return { name: d.name, description: d.description, tags: d.tags, folder: d.folder || undefined };
}

export function saveDashboardRequest(
  id: string,
  baseVersion: number,
  metadata: DashboardMetadataInput,
  document: DashboardDocument,
  message?: string,
) {
  return api<SavedDashboardJson>(`/api/dashboards/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: { ...metadata, baseVersion, document, message },
  });
}

export function useDashboardMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: dashboardKeys.all });
  return {
    create: useMutation({
      mutationFn: (input: DashboardMetadataInput & { document?: DashboardDocument }) =>
        api<SavedDashboardJson>("/api/dashboards", { body: input }),
      onSuccess: refresh,
    }),
    duplicate: useMutation({
      mutationFn: (id: string) =>
        api<SavedDashboardJson>(`/api/dashboards/${encodeURIComponent(id)}/duplicate`, { body: {} }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api<undefined>(`/api/dashboards/${encodeURIComponent(id)}`, { method: "DELETE" }),
      onSuccess: refresh,
    }),
    undelete: useMutation({
      mutationFn: (id: string) =>
        api<SavedDashboardJson>(`/api/dashboards/${encodeURIComponent(id)}/undelete`, { body: {} }),
      onSuccess: refresh,
    }),
    rename: useMutation({
      mutationFn: async (input: { dashboard: SavedDashboardJson; name: string }) =>
        saveDashboardRequest(
          input.dashboard.id,
          input.dashboard.version,
          { ...metadataOf(input.dashboard), name: input.name },
          input.dashboard.document,
          "Renamed",
        ),
      onSuccess: refresh,
    }),
    importBody: useMutation({
      mutationFn: (input: {
        body: string;
        name: string;
        tags: string[];
        defaultRegion?: string;
        /** The account the body came from (CloudWatch's meaning for widgets without accountId). */
        accountId?: string;
      }) =>
        api<{ dashboard: SavedDashboardJson; warnings: Array<{ path: string; message: string }> }>(
          "/api/dashboards/import",
          {
            body: input,
          },
        ),
      onSuccess: refresh,
    }),
  };
}

/** The saved dashboard as a CloudWatch DashboardBody (what the console's "View/edit source" shows). */
export function cloudWatchExportUrl(id: string): string {
  return `/api/dashboards/${encodeURIComponent(id)}/export`;
}

export async function fetchCloudWatchJson(id: string): Promise<string> {
  const body = await api<unknown>(cloudWatchExportUrl(id));
  return JSON.stringify(body, null, 2);
}
