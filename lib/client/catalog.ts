"use client";

import { keepPreviousData, queryOptions, skipToken, useQuery } from "@tanstack/react-query";
import {
  catalogResponse,
  type CatalogMetric,
  type CatalogRequest,
  type CatalogResponse,
} from "@/lib/contracts/catalog";
import { api } from "./api";

// GET /api/metrics/catalog for the metric browser. The server caches ListMetrics per account/Region/namespace,
// so asking again while the user types costs no AWS call; keepPreviousData keeps the list steady meanwhile.

export type { CatalogMetric, CatalogRequest, CatalogResponse };

/** [I] The server's own cache is 5 minutes; staying fresh a minute here avoids refetching on every remount. */
const CATALOG_STALE_MS = 60_000;

export const catalogKeys = {
  all: ["catalog"] as const,
  browse: (request: CatalogRequest | null) => [...catalogKeys.all, request] as const,
};

export function catalogUrl(request: CatalogRequest): string {
  const params = new URLSearchParams({ accountId: request.accountId, region: request.region });
  if (request.namespace) params.set("namespace", request.namespace);
  if (request.search) params.set("search", request.search);
  if (request.limit !== undefined) params.set("limit", String(request.limit));
  return `/api/metrics/catalog?${params}`;
}

export function catalogQuery(request: CatalogRequest | null) {
  return queryOptions({
    queryKey: catalogKeys.browse(request),
    queryFn: request ? ({ signal }) => api(catalogUrl(request), catalogResponse, { signal }) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: CATALOG_STALE_MS,
  });
}

export function useCatalog(request: CatalogRequest | null) {
  return useQuery(catalogQuery(request));
}
