"use client";

import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  accountListResponse,
  accountViewSchema,
  connectionTestResponse,
  type AccountView,
  type ConnectionTestResult,
  type RegionCheck,
} from "@/lib/contracts/accounts";
import { noContent } from "@/lib/contracts/common";
import { cloudWatchDashboardListResponse } from "@/lib/contracts/cloudwatch-dashboards";
import type { AccountPayload } from "@/lib/account-settings/account-form";
import { api } from "./api";
import { catalogKeys } from "./catalog";

// Registered AWS accounts in the browser: the list (shared by Settings, the metric browser and the editor),
// their edits, connection tests and each account's own CloudWatch dashboards.

export type { AccountView, ConnectionTestResult, RegionCheck };

export const accountKeys = {
  all: ["accounts"] as const,
  list: () => [...accountKeys.all, "list"] as const,
  cloudWatchDashboards: (id: string) => [...accountKeys.all, "cloudwatch-dashboards", id] as const,
};

function accountPath(id: string): string {
  return `/api/accounts/${encodeURIComponent(id)}`;
}

export function accountListQuery() {
  return queryOptions({
    queryKey: accountKeys.list(),
    queryFn: ({ signal }) => api("/api/accounts", accountListResponse, { signal }),
  });
}

/** GET /api/accounts/:id/cloudwatch-dashboards: the account's own dashboards, to pick one to import. */
export function cloudWatchDashboardsQuery(id: string) {
  return queryOptions({
    queryKey: accountKeys.cloudWatchDashboards(id),
    queryFn: ({ signal }) =>
      api(`${accountPath(id)}/cloudwatch-dashboards`, cloudWatchDashboardListResponse, { signal }),
    enabled: id !== "",
  });
}

export function useAccounts() {
  return useQuery({ ...accountListQuery(), select: (data) => data.accounts });
}

export function useAccountMutations() {
  const client = useQueryClient();
  // The catalog depends on which accounts and Regions exist, so it is refetched too.
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: accountKeys.all });
    await client.invalidateQueries({ queryKey: catalogKeys.all });
  };
  return {
    create: useMutation({
      mutationFn: (payload: AccountPayload) => api("/api/accounts", accountViewSchema, { body: payload }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, payload }: { id: string; payload: AccountPayload }) =>
        api(accountPath(id), accountViewSchema, { method: "PUT", body: payload }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api(accountPath(id), noContent, { method: "DELETE" }),
      onSuccess: refresh,
    }),
  };
}

/** Runs "Test connection" for one account (all its Regions unless some are named). */
export function testConnection(id: string, regions?: string[]): Promise<ConnectionTestResult> {
  return api(`${accountPath(id)}/test`, connectionTestResponse, { body: regions ? { regions } : {} });
}
