"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AccountView } from "@/lib/accounts/public-view";
import type { RegionCheck } from "@/lib/aws/test-connection";
import { api } from "@/lib/client/api";
import type { AccountPayload } from "@/lib/account-settings/account-form";

// Registered AWS accounts in the browser: the list (shared by Settings and the metric browser) and its edits.

export type { AccountView, RegionCheck };

export interface ConnectionTestResult {
  ok: boolean;
  checks: RegionCheck[];
}

export const accountKeys = {
  all: ["accounts"] as const,
};

export function useAccounts() {
  return useQuery({
    queryKey: accountKeys.all,
    queryFn: ({ signal }) => api<{ accounts: AccountView[] }>("/api/accounts", { signal }),
    select: (data) => data.accounts,
  });
}

function accountPath(id: string): string {
  return `/api/accounts/${encodeURIComponent(id)}`;
}

export function useAccountMutations() {
  const client = useQueryClient();
  // The catalog depends on which accounts and Regions exist, so it is refetched too.
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: accountKeys.all });
    await client.invalidateQueries({ queryKey: ["catalog"] });
  };
  return {
    create: useMutation({
      mutationFn: (payload: AccountPayload) => api<AccountView>("/api/accounts", { body: payload }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, payload }: { id: string; payload: AccountPayload }) =>
        api<AccountView>(accountPath(id), { method: "PUT", body: payload }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<undefined>(accountPath(id), { method: "DELETE" }),
      onSuccess: refresh,
    }),
  };
}

/** Runs "Test connection" for one account (all its Regions unless some are named). */
export function testConnection(id: string, regions?: string[]): Promise<ConnectionTestResult> {
  return api<ConnectionTestResult>(`${accountPath(id)}/test`, { body: regions ? { regions } : {} });
}
