"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/client/api";
import type { Dimension } from "@/lib/dashboards/model";

// GET /api/metrics/catalog for the metric browser. The server caches ListMetrics per account/Region/namespace,
// so asking again while the user types costs no AWS call; keepPreviousData keeps the list steady meanwhile.

export interface CatalogMetric {
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
}

export interface CatalogResponse {
  namespaces: Array<{ name: string; count: number }>;
  metrics: CatalogMetric[];
  /** Matching metrics before the limit. */
  total: number;
  /** ListMetrics stopped early (too many metrics); the lists are incomplete. */
  truncated: boolean;
}

export interface CatalogRequest {
  accountId: string;
  region: string;
  namespace?: string;
  search?: string;
  limit: number;
}

export function catalogUrl(request: CatalogRequest): string {
  const params = new URLSearchParams({ accountId: request.accountId, region: request.region });
  if (request.namespace) params.set("namespace", request.namespace);
  if (request.search) params.set("search", request.search);
  params.set("limit", String(request.limit));
  return `/api/metrics/catalog?${params}`;
}

export function useCatalog(request: CatalogRequest | null) {
  return useQuery({
    queryKey: ["catalog", request],
    queryFn: request ? ({ signal }) => api<CatalogResponse>(catalogUrl(request), { signal }) : skipToken,
    placeholderData: keepPreviousData,
    // The server's own cache is 5 minutes; staying fresh a minute here avoids refetching on every remount.
    staleTime: 60_000,
  });
}
