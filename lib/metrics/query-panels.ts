import crypto from "node:crypto";
import { listAccounts, type RegisteredAccount } from "@/lib/accounts/repository";
import { createMetricDataSource } from "@/lib/aws/metric-data";
import { createMetricUnitSource } from "@/lib/aws/metric-unit";
import { cluster } from "@/lib/cluster/cluster";
import { sharedMetricSource } from "./shared-metric-source";
import { metricQueriesRequested } from "@/lib/telemetry/metrics";
import { downsample } from "./downsample";
import { SharedCache } from "./shared-cache";
import { fetchPanels, sharedUnitStore, type ViewRange } from "./fetch-panels";
import { MetricUnits, metricKey, NO_UNIT_TTL_MS } from "./metric-units";
import type { MetricDataSource, PanelRequest, PanelResult } from "./types";

// The server's entry to the metrics pipeline: registered accounts resolve AWS account ids to credentials,
// and every request of every viewer goes through the one shared store; what the store has to fetch is
// shared with the other replicas on the same database (lib/cluster).

/** [I] Account edits reach every viewer within this; edits through the API invalidate at once. */
const ACCOUNT_CACHE_MS = 5_000;
const accountCache = new SharedCache<RegisteredAccount[]>({ max: 1 });

export async function registeredAccounts(): Promise<RegisteredAccount[]> {
  return accountCache.getOrCompute("accounts", listAccounts, () => ACCOUNT_CACHE_MS);
}

/** The registered account with this AWS account id, from the same short cache. */
export async function registeredAccount(accountId: string): Promise<RegisteredAccount | undefined> {
  return (await registeredAccounts()).find((a) => a.accountId === accountId);
}

export function invalidateAccountCache(): void {
  accountCache.clear();
}

let source: MetricDataSource | undefined;

function dataSource(): MetricDataSource {
  source ??= sharedMetricSource(createMetricDataSource(registeredAccount), cluster().sharedFetch);
  return source;
}

let units: MetricUnits | undefined;

/** Custom metrics' units, looked up by one replica for all (within NO_UNIT_TTL_MS) and kept by each. */
function metricUnits(): MetricUnits {
  if (units) return units;
  const lookup = createMetricUnitSource(registeredAccount);
  const shared = cluster().sharedFetch;
  units = new MetricUnits(async (scope, metric) => {
    const key = crypto
      .createHash("sha256")
      .update(`unit:${metricKey(scope, metric)}`)
      .digest("hex");
    const { value } = await shared.run(
      key,
      NO_UNIT_TTL_MS,
      async () => (await lookup(scope, metric)) ?? null,
    );
    return value ?? undefined;
  });
  return units;
}

/** Pixel width → points: about one point per pixel is all a chart can show. */
export async function queryPanels(
  panels: PanelRequest[],
  range: ViewRange,
  widths: ReadonlyMap<string, number> = new Map(),
): Promise<PanelResult[]> {
  metricQueriesRequested.inc(
    { origin: "viewer" },
    panels.reduce((n, p) => n + p.queries.length, 0),
  );
  const results = await fetchPanels(panels, range, {
    source: dataSource(),
    store: sharedUnitStore(),
    units: metricUnits(),
  });
  return results.map((result) => {
    const width = widths.get(result.key);
    if (!width) return result;
    return {
      ...result,
      series: result.series.map((s) => ({
        ...s,
        ...downsample(s.timestamps, s.values, Math.max(3, Math.round(width))),
      })),
    };
  });
}
