import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import { planRequest, runMetricsQuery, type MetricsQueryBody } from "./query-request";
import { answerKey, sharedAnswer } from "./shared-answer";

// POST /api/metrics/query answered as JSON: the panels part is assembled and encoded once per view and aligned
// window (shared-answer.ts) and followed by the request's range and time. The panels come first so that every
// viewer's response starts with the same bytes, which are then compressed once (lib/server/shared-gzip).
//
// Planning a view (periods, fetch units, the answer's key) costs more CPU than anything else left per request,
// and fifty screens of one dashboard ask for the same view within a moment. Requests for the same view less
// than SAME_MOMENT_MS after one that was planned are answered as of that one's time: same plan, same range,
// same "now" in the answer. A request thus never sees data older than a request that moment earlier would
// have; the answer itself may be shared for longer (ANSWER_TTL_MS). A request that fails planning (a bad
// range) is not remembered.

/** [I] Requests for one view this close together are answered as of the first one's time. */
export const SAME_MOMENT_MS = 1_000;
const MAX_PLANS = 1_000;

export interface ViewPlan {
  now: number;
  range: { start: number; end: number };
  key: string;
  ttlMs: number;
}

const plans = new LRUCache<string, ViewPlan>({ max: MAX_PLANS });
/** Bodies validated once for many requests are one frozen object (route({ memoizeBody })): hashed once. */
const fingerprints = new WeakMap<MetricsQueryBody, string>();

function fingerprintOf(body: MetricsQueryBody): string {
  const known = fingerprints.get(body);
  if (known) return known;
  const fingerprint = crypto.createHash("sha256").update(JSON.stringify(body)).digest("base64");
  if (Object.isFrozen(body)) fingerprints.set(body, fingerprint);
  return fingerprint;
}

/** The plan of this view as of `now`, or of a request for it less than SAME_MOMENT_MS before. */
export function viewPlan(body: MetricsQueryBody, now: number): ViewPlan {
  const view = fingerprintOf(body);
  const known = plans.get(view);
  if (known && now >= known.now && now - known.now < SAME_MOMENT_MS) return known;
  const { range, planned } = planRequest(body, now);
  const { key, ttlMs } = answerKey(
    planned.map((p) => p.panel),
    range,
    now,
    new Map(Object.entries(body.widths)),
  );
  const plan = { now, range, key, ttlMs };
  plans.set(view, plan);
  return plan;
}

export interface MetricsAnswerParts {
  /** `{"panels":[…]`, shared by every viewer of the view. */
  shared: Uint8Array;
  /** `,"range":{…},"now":…}`. */
  tail: Uint8Array;
}

export async function metricsQueryAnswer(
  body: MetricsQueryBody,
  now = Date.now(),
): Promise<MetricsAnswerParts> {
  const plan = viewPlan(body, now);
  const answer = await sharedAnswer(plan.key, plan.ttlMs, async () => {
    const { panels } = await runMetricsQuery(body, plan.now);
    return {
      bytes: Buffer.from(`{"panels":${JSON.stringify(panels)}`),
      complete: panels.every((p) => p.errors.length === 0),
    };
  });
  return {
    shared: answer.bytes,
    tail: Buffer.from(`,"range":${JSON.stringify(plan.range)},"now":${plan.now}}`),
  };
}
