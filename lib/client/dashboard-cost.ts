"use client";

import { useQuery } from "@tanstack/react-query";
import { dashboardCostResponse, proposedCostResponse } from "@/lib/contracts/dashboard-cost";
import type { DashboardDocument } from "@/lib/dashboards/model";
import { api } from "./api";

// A dashboard's estimated AWS cost per day (GET /api/dashboards/[id]/cost), and a draft's compared with it.

export const dashboardCostKeys = {
  one: (id: string) => ["dashboards", "cost", id] as const,
};

/** [I] Cost estimates change only with the dashboard or the screens open; refetched at most this often. */
const COST_STALE_MS = 60_000;

export function useDashboardCost(id: string, enabled = true) {
  return useQuery({
    queryKey: dashboardCostKeys.one(id),
    queryFn: ({ signal }) =>
      api(`/api/dashboards/${encodeURIComponent(id)}/cost`, dashboardCostResponse, { signal }),
    staleTime: COST_STALE_MS,
    enabled,
  });
}

export function proposedCost(id: string, document: DashboardDocument, signal?: AbortSignal) {
  return api(`/api/dashboards/${encodeURIComponent(id)}/cost`, proposedCostResponse, {
    method: "POST",
    body: { document },
    signal,
  });
}

export function formatUsd(amount: number): string {
  if (amount === 0) return "$0";
  if (amount < 0.01) return "< $0.01";
  return `$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Bytes as Logs Insights bills them (decimal units: 1 GB = 10^9 bytes). */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString("en-US", { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
