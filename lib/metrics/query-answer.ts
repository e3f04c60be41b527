import { planRequest, runMetricsQuery, type MetricsQueryBody } from "./query-request";
import { answerKey, sharedAnswer } from "./shared-answer";

// POST /api/metrics/query answered as JSON: the panels part is assembled and encoded once per view and aligned
// window (shared-answer.ts) and followed by this request's own range and time. The panels come first so that
// every viewer's response starts with the same bytes, which are then compressed once (lib/server/shared-gzip).

export interface MetricsAnswerParts {
  /** `{"panels":[…]`, shared by every viewer of the view. */
  shared: Uint8Array;
  /** `,"range":{…},"now":…}`, this request's own. */
  tail: Uint8Array;
}

export async function metricsQueryAnswer(
  body: MetricsQueryBody,
  now = Date.now(),
): Promise<MetricsAnswerParts> {
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
    return {
      bytes: Buffer.from(`{"panels":${JSON.stringify(panels)}`),
      complete: panels.every((p) => p.errors.length === 0),
    };
  });
  return { shared: answer.bytes, tail: Buffer.from(`,"range":${JSON.stringify(range)},"now":${now}}`) };
}

/** The whole answer as JSON text. */
export async function metricsQueryJson(body: MetricsQueryBody, now = Date.now()): Promise<string> {
  const { shared, tail } = await metricsQueryAnswer(body, now);
  return Buffer.concat([shared, tail]).toString("utf8");
}
