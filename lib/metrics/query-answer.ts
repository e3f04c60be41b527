import { planRequest, type MetricsQueryBody, type MetricsQueryResponse } from "./query-request";
import { defaultAccountId, queryPanels } from "./service";
import { answerKey, sharedAnswer } from "./shared-answer";

// POST /api/metrics/query answered as JSON text: the panels part is assembled and encoded once per view and
// aligned window (shared-answer.ts) and wrapped with this request's own range and time.

export async function metricsQueryJson(body: MetricsQueryBody, now = Date.now()): Promise<string> {
  const { range, planned } = planRequest(body, now);
  const fallbackAccount = (await defaultAccountId()) ?? "";
  const panels = planned.map((p) => ({ ...p.panel, accountId: p.panel.accountId || fallbackAccount }));
  const widths = new Map(Object.entries(body.widths));
  const { key, ttlMs } = answerKey(panels, range, now, widths);
  const answer = await sharedAnswer(key, ttlMs, async () => {
    const results = await queryPanels(panels, range, widths);
    const encoded: MetricsQueryResponse["panels"] = results.map((result, i) => ({
      ...result,
      period: planned[i]?.period ?? { period: 0, reason: "", points: 0 },
    }));
    return { json: JSON.stringify(encoded), complete: results.every((r) => r.errors.length === 0) };
  });
  return `{"range":${JSON.stringify(range)},"now":${now},"panels":${answer.json}}`;
}
