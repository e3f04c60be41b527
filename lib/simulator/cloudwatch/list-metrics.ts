// ListMetrics: filters, RecentlyActive, cross-account listing from the monitoring account, 500 per page.

import { z } from "zod";
import type { RequestContext } from "@/lib/simulator/core/types";
import { isMonitoringAccount, linkedSourceAccounts } from "@/lib/simulator/demo";
import type { ListedMetric, MetricsBackend } from "./backend";
import { LIST_METRICS_WINDOW_SECONDS } from "./backend";
import { describeIssue, zBool, zList, zString } from "./coerce";
import { invalidParameterValue, validationError } from "./errors";
import { decodeToken, encodeToken, requestFingerprint } from "./paging-token";
import { HOUR } from "./time-grid";

/** [D] Page size of ListMetrics. */
export const LIST_METRICS_PAGE_SIZE = 500;
/** [D] RecentlyActive=PT3H: metrics with data in the last three hours. */
export const RECENTLY_ACTIVE_SECONDS = 3 * HOUR;

const inputSchema = z.object({
  Namespace: zString.min(1).max(255).optional(),
  MetricName: zString.min(1).max(255).optional(),
  Dimensions: zList(z.object({ Name: zString.min(1).max(255), Value: zString.min(1).max(1024).optional() }))
    .refine((d) => d.length <= 10, "Member must have length less than or equal to 10")
    .optional(),
  NextToken: zString.optional(),
  RecentlyActive: z.enum(["PT3H"]).optional(),
  IncludeLinkedAccounts: zBool.optional(),
  OwningAccount: zString.optional(),
});

function sortKey(m: ListedMetric): string {
  const dims = m.dimensions.map((d) => `${d.name}\u0002${d.value}`).join("\u0001");
  return `${m.accountId}\u0000${m.namespace}\u0000${m.metricName}\u0000${dims}`;
}

export function listMetrics(
  backend: MetricsBackend,
  input: Record<string, unknown>,
  ctx: RequestContext,
): Record<string, unknown> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw validationError(describeIssue(parsed.error, input));
  const q = parsed.data;
  const now = Math.floor(ctx.now.getTime() / 1000);
  const activeSince = now - (q.RecentlyActive ? RECENTLY_ACTIVE_SECONDS : LIST_METRICS_WINDOW_SECONDS);
  // [I] Outside a monitoring account IncludeLinkedAccounts lists local metrics only and omits OwningAccounts.
  const crossAccount = q.IncludeLinkedAccounts === true && isMonitoringAccount(ctx.accountId);
  let accounts = crossAccount ? [ctx.accountId, ...linkedSourceAccounts(ctx.accountId)] : [ctx.accountId];
  if (crossAccount && q.OwningAccount !== undefined) accounts = accounts.filter((a) => a === q.OwningAccount);

  const fingerprint = requestFingerprint([
    ctx.accountId,
    ctx.region,
    q.Namespace,
    q.MetricName,
    q.Dimensions,
    q.RecentlyActive,
    crossAccount,
    q.OwningAccount,
  ]);
  let after: string | undefined;
  if (q.NextToken !== undefined) {
    const token = decodeToken(q.NextToken, fingerprint);
    if (!token || typeof token.k !== "string")
      throw invalidParameterValue("Request parameter NextToken is invalid");
    after = token.k;
  }

  const matches: Array<{ metric: ListedMetric; key: string }> = [];
  for (const accountId of accounts) {
    for (const m of backend.listMetrics(accountId, ctx.region, now, activeSince)) {
      if (q.Namespace !== undefined && m.namespace !== q.Namespace) continue;
      if (q.MetricName !== undefined && m.metricName !== q.MetricName) continue;
      const dimsMatch = (q.Dimensions ?? []).every((f) =>
        m.dimensions.some((d) => d.name === f.Name && (f.Value === undefined || d.value === f.Value)),
      );
      if (!dimsMatch) continue;
      const key = sortKey(m);
      if (after !== undefined && key <= after) continue;
      matches.push({ metric: m, key });
    }
  }
  matches.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = matches.slice(0, LIST_METRICS_PAGE_SIZE);
  const out: Record<string, unknown> = {
    Metrics: page.map(({ metric }) => ({
      Namespace: metric.namespace,
      MetricName: metric.metricName,
      Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    })),
  };
  if (crossAccount) out.OwningAccounts = page.map(({ metric }) => metric.accountId);
  const last = page[page.length - 1];
  if (matches.length > LIST_METRICS_PAGE_SIZE && last)
    out.NextToken = encodeToken({ f: fingerprint, k: last.key });
  return out;
}
