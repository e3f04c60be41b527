import { z } from "zod";
import { dimensionSchema } from "@/lib/dashboards/model";
import { awsAccountId, regionCode } from "./common";

// GET /api/metrics/catalog: namespaces and metrics of one account and Region for the metric browser.

export const catalogQuery = z.object({
  accountId: awsAccountId,
  region: regionCode,
  namespace: z.string().min(1).max(255).optional(),
  search: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type CatalogRequest = z.input<typeof catalogQuery>;

export const catalogMetricSchema = z.object({
  namespace: z.string(),
  metricName: z.string(),
  dimensions: z.array(dimensionSchema),
});
export type CatalogMetric = z.infer<typeof catalogMetricSchema>;

export const catalogResponse = z.object({
  namespaces: z.array(z.object({ name: z.string(), count: z.int() })),
  metrics: z.array(catalogMetricSchema),
  /** Matching metrics before the limit. */
  total: z.int(),
  /** ListMetrics stopped early (too many metrics); the lists are incomplete. */
  truncated: z.boolean(),
});
export type CatalogResponse = z.infer<typeof catalogResponse>;
