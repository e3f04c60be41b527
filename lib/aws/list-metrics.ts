import { ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import type { CatalogMetric } from "@/lib/contracts/catalog";
import type { AccountTarget } from "./account-config";
import { clientsFor } from "./clients";
import { eachPage } from "./pages";

// The metric catalogue of one account and Region for the metric browser: ListMetrics, every page up to a bound.

export type { CatalogMetric };

/** [I] 40 pages × 500 = 20,000 metrics: enough to browse; beyond that the browser asks with a namespace. */
const MAX_PAGES = 40;

export async function listAllMetrics(
  account: AccountTarget,
  region: string,
  filter: { namespace?: string; metricName?: string } = {},
): Promise<{ metrics: CatalogMetric[]; truncated: boolean }> {
  const { cloudwatch } = clientsFor(account, region);
  const metrics: CatalogMetric[] = [];
  const { truncated } = await eachPage(
    MAX_PAGES,
    (NextToken) =>
      cloudwatch.send(
        new ListMetricsCommand({ Namespace: filter.namespace, MetricName: filter.metricName, NextToken }),
      ),
    (page) => {
      for (const m of page.Metrics ?? []) {
        if (!m.Namespace || !m.MetricName) continue;
        metrics.push({
          namespace: m.Namespace,
          metricName: m.MetricName,
          dimensions: (m.Dimensions ?? []).map((d) => ({ name: d.Name ?? "", value: d.Value ?? "" })),
        });
      }
      return page.NextToken;
    },
  );
  return { metrics, truncated };
}
