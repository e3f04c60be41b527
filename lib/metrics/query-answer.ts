import { planRequest, runMetricsQuery, type MetricsQueryBody } from "./query-request";
import { answerKey, sharedAnswer } from "./shared-answer";

// POST /api/metrics/query answered as JSON text: the panels part is assembled and encoded once per view and
// aligned window (shared-answer.ts) and wrapped with this request's own range and time.

export async function metricsQueryJson(body: MetricsQueryBody, now = Date.now()): Promise<string> {
  const { range, planned } = planRequest(body, now);
  const widths = new Map(Object.entries(body.widths));
  const { key, ttlMs } = answerKey(
    planned.map((p) => p.panel),
    range,
    now,
    widths,
  );
  const answer = await sharedAnswer(key, ttlMs, async () => {
    const { panels } = await runMetricsQuery(body, now);
    return { json: JSON.stringify(panels), complete: panels.every((p) => p.errors.length === 0) };
  });
  return `{"range":${JSON.stringify(range)},"now":${now},"panels":${answer.json}}`;
}
