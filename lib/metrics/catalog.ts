import type { z } from "zod";
import { catalogQuery } from "@/lib/contracts/catalog";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";
import { listAllMetrics, type CatalogMetric } from "@/lib/aws/list-metrics";
import { registeredAccount } from "./query-panels";
import { SharedCache } from "./shared-cache";

// GET /api/metrics/catalog: namespaces and metrics of an account and Region for the metric browser, cached
// per account/Region/namespace for a few minutes so typing in the search box costs no AWS calls.

export { catalogQuery };

/** [I] New metrics appear in ListMetrics within minutes anyway; typing in the search box costs no AWS call. */
const CATALOG_CACHE_MS = 5 * 60_000;
/** [I] Account × Region × namespace listings kept. */
const CATALOG_CACHE_ENTRIES = 500;
const cache = new SharedCache<{ metrics: CatalogMetric[]; truncated: boolean }>({
  max: CATALOG_CACHE_ENTRIES,
});

export class CatalogAccountError extends Error {
  override name = "CatalogAccountError";
}

function matches(metric: CatalogMetric, words: string[]): boolean {
  const text =
    `${metric.namespace} ${metric.metricName} ${metric.dimensions.map((d) => `${d.name}=${d.value}`).join(" ")}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Every metric of a registered account and Region (optionally one namespace), from the shared cache. */
export async function catalogMetrics(
  accountId: string,
  region: string,
  namespace?: string,
): Promise<{ metrics: CatalogMetric[]; truncated: boolean }> {
  const account = await registeredAccount(accountId);
  if (!account) throw new CatalogAccountError(`account ${accountId} is not registered in Watchwall`);
  if (!account.regions.includes(region)) {
    throw new CatalogAccountError(`Region ${region} is not enabled for account ${account.name}`);
  }
  const key = `${accountId}|${region}|${namespace ?? ""}`;
  return cache.getOrCompute(
    key,
    () => listAllMetrics(account, region, { namespace }),
    () => CATALOG_CACHE_MS,
  );
}

export async function browseCatalog(query: z.infer<typeof catalogQuery>) {
  const { metrics, truncated } = await catalogMetrics(query.accountId, query.region, query.namespace);
  const namespaces = new Map<string, number>();
  for (const m of metrics) namespaces.set(m.namespace, (namespaces.get(m.namespace) ?? 0) + 1);
  const words = (query.search ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const matching = words.length ? metrics.filter((m) => matches(m, words)) : metrics;
  const sorted = [...matching].sort(
    (a, b) =>
      a.namespace.localeCompare(b.namespace) ||
      a.metricName.localeCompare(b.metricName) ||
      JSON.stringify(a.dimensions).localeCompare(JSON.stringify(b.dimensions)),
  );
  return {
    namespaces: [...namespaces.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => ({ name, count })),
    metrics: sorted.slice(0, query.limit),
    total: matching.length,
    truncated,
  };
}

registerErrorMapper("metrics-catalog", (error) =>
  error instanceof CatalogAccountError ? new HttpError(400, "unknown_account", error.message) : undefined,
);
