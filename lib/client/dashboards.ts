"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { noContent } from "@/lib/contracts/common";
import { importResponse } from "@/lib/contracts/cloudwatch-dashboards";
import {
  cloudWatchExportResponse,
  dashboardListResponse,
  savedDashboardSchema,
  versionListResponse,
  type DashboardMetadataInput,
  type DashboardSummaryJson,
  type SavedDashboardJson,
  type VersionSummaryJson,
} from "@/lib/contracts/dashboards";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { api } from "./api";

// Dashboard data in the browser: query options and keys for the list, one dashboard and its versions, and
// every write (each invalidates the dashboards it may have changed). Shapes come from lib/contracts.

export type { DashboardMetadataInput, DashboardSummaryJson, SavedDashboardJson, VersionSummaryJson };

export const dashboardKeys = {
  all: ["dashboards"] as const,
  list: (search: string, tag: string) => [...dashboardKeys.all, "list", search, tag] as const,
  one: (id: string) => [...dashboardKeys.all, "one", id] as const,
  versions: (id: string, version: number) => [...dashboardKeys.all, "versions", id, version] as const,
};

function dashboardPath(id: string): string {
  return `/api/dashboards/${encodeURIComponent(id)}`;
}

export function dashboardListQuery(search: string, tag: string) {
  const params = new URLSearchParams();
  if (search) params.set("search", search);
  if (tag) params.set("tag", tag);
  return queryOptions({
    queryKey: dashboardKeys.list(search, tag),
    queryFn: ({ signal }) => api(`/api/dashboards?${params}`, dashboardListResponse, { signal }),
  });
}

export function dashboardQuery(id: string) {
  return queryOptions({
    queryKey: dashboardKeys.one(id),
    queryFn: ({ signal }) => api(dashboardPath(id), savedDashboardSchema, { signal }),
  });
}

/** The version list changes with every save, so the current version is part of its key. */
export function dashboardVersionsQuery(id: string, version: number) {
  return queryOptions({
    queryKey: dashboardKeys.versions(id, version),
    queryFn: ({ signal }) => api(`${dashboardPath(id)}/versions`, versionListResponse, { signal }),
  });
}

export function useDashboardList(search: string, tag: string) {
  return useQuery(dashboardListQuery(search, tag));
}

/** [I] A dashboard the page's HTML came with is not fetched again for this long after it was read. */
const INITIAL_DASHBOARD_FRESH_MS = 30_000;

/**
 * One dashboard; `initial` is the copy the server rendered the page with (read at `initialAt`), so the
 * view starts from it without a request.
 */
export function useDashboard(id: string, initial?: { data: SavedDashboardJson; at: number }) {
  return useQuery(
    initial
      ? {
          ...dashboardQuery(id),
          initialData: initial.data,
          initialDataUpdatedAt: initial.at,
          staleTime: INITIAL_DASHBOARD_FRESH_MS,
        }
      : dashboardQuery(id),
  );
}

export function metadataOf(d: SavedDashboardJson): DashboardMetadataInput {
  return { name: d.name, description: d.description, tags: d.tags, folder: d.folder || undefined };
}

export function loadDashboard(id: string): Promise<SavedDashboardJson> {
  return api(dashboardPath(id), savedDashboardSchema);
}

export function saveDashboardRequest(
  id: string,
  baseVersion: number,
  metadata: DashboardMetadataInput,
  document: DashboardDocument,
  message?: string,
): Promise<SavedDashboardJson> {
  return api(dashboardPath(id), savedDashboardSchema, {
    method: "PUT",
    body: { ...metadata, baseVersion, document, message },
  });
}

export function createDashboardRequest(
  input: DashboardMetadataInput & { document?: DashboardDocument },
): Promise<SavedDashboardJson> {
  return api("/api/dashboards", savedDashboardSchema, { body: input });
}

export function restoreVersionRequest(id: string, version: number, baseVersion: number) {
  return api(`${dashboardPath(id)}/versions/${version}/restore`, savedDashboardSchema, {
    body: { baseVersion },
  });
}

/** POST /api/dashboards/import-from-cloudwatch: one of an account's CloudWatch dashboards, by name. */
export function importFromCloudWatchRequest(account: string, dashboardName: string) {
  return api("/api/dashboards/import-from-cloudwatch", importResponse, { body: { account, dashboardName } });
}

export function useDashboardMutations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: dashboardKeys.all });
  return {
    create: useMutation({ mutationFn: createDashboardRequest, onSuccess: refresh }),
    duplicate: useMutation({
      mutationFn: (id: string) => api(`${dashboardPath(id)}/duplicate`, savedDashboardSchema, { body: {} }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(dashboardPath(id), noContent, { method: "DELETE" }),
      onSuccess: refresh,
    }),
    undelete: useMutation({
      mutationFn: (id: string) => api(`${dashboardPath(id)}/undelete`, savedDashboardSchema, { body: {} }),
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
      }) => api("/api/dashboards/import", importResponse, { body: input }),
      onSuccess: refresh,
    }),
  };
}

/** The saved dashboard as a CloudWatch DashboardBody (what the console's "View/edit source" shows). */
export function cloudWatchExportUrl(id: string): string {
  return `/api/dashboards/${encodeURIComponent(id)}/export`;
}

export async function fetchCloudWatchJson(id: string): Promise<string> {
  const body = await api(cloudWatchExportUrl(id), cloudWatchExportResponse);
  return JSON.stringify(body, null, 2);
}
