import { sessionHeaders } from "./session";
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { MetricWidget } from "@/lib/dashboards/model";
import type { AbsoluteRange } from "@/lib/time";

// One viewer's refresh, sent the way the browser sends it (lib/client/metrics.ts): every metric widget of the
// view in one POST /api/metrics/query with the range and the plot widths.

/** [I] Ranges as wide as the demo dashboards' default view. */
export const RANGE_MS = 3 * 3_600_000;
/** Ranges move by this much, a multiple of the largest period, so every fetch window is new to the cache. */
export const RANGE_STEP_MS = 10 * 60_000;
/** [I] Randomly placed within the last few days, so repeated runs against one server rarely meet its cache. */
const MAX_RANDOM_STEPS = 6 * 24 * 6;
const NEWEST_END_AGO_MS = 3_600_000;

/** Absolute ranges the server's cache has not seen: each one ends one step before the previous one. */
export class ColdRanges {
  private end: number;
  constructor(now = Date.now(), offsetSteps = randomInt(MAX_RANDOM_STEPS)) {
    const newest = Math.floor((now - NEWEST_END_AGO_MS) / RANGE_STEP_MS) * RANGE_STEP_MS;
    this.end = newest - offsetSteps * RANGE_STEP_MS;
  }
  next(): AbsoluteRange {
    const range: AbsoluteRange = { type: "absolute", start: this.end - RANGE_MS, end: this.end };
    this.end -= RANGE_STEP_MS;
    return range;
  }
}

const responseSchema = z.object({
  panels: z.array(
    z.object({
      key: z.string(),
      series: z.array(z.object({ queryId: z.string(), timestamps: z.array(z.number()) })),
      errors: z.array(
        z.object({ queryId: z.string().optional(), failure: z.object({ message: z.string() }) }),
      ),
    }),
  ),
});

export interface RefreshResult {
  /** From sending the request to the last byte of the answer. */
  ms: number;
  panels: number;
  series: number;
  seriesWithData: number;
  errors: string[];
}

/** A refresh's answer as received, not yet read: timed up to its last byte. */
export interface ReceivedAnswer {
  ms: number;
  status: number;
  text: string;
}

export async function receiveView(
  baseUrl: string,
  widgets: readonly MetricWidget[],
  range: AbsoluteRange,
  widths: Readonly<Record<string, number>>,
): Promise<ReceivedAnswer> {
  const body = JSON.stringify({ range, widgets, widths, variables: [], variableValues: {} });
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/metrics/query`, {
    method: "POST",
    headers: { "content-type": "application/json", ...sessionHeaders() },
    body,
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, text };
}

/** Checks a received answer and counts its panels and series (throws on an error status). */
export function readAnswer({ ms, status, text }: ReceivedAnswer): RefreshResult {
  if (status < 200 || status > 299)
    throw new Error(`POST /api/metrics/query answered ${status}: ${text.slice(0, 500)}`);
  const { panels } = responseSchema.parse(JSON.parse(text));
  const series = panels.flatMap((p) => p.series);
  return {
    ms,
    panels: panels.length,
    series: series.length,
    seriesWithData: series.filter((s) => s.timestamps.length > 0).length,
    errors: panels.flatMap((p) => p.errors.map((e) => `${p.key}/${e.queryId ?? "?"}: ${e.failure.message}`)),
  };
}

export async function refreshView(
  baseUrl: string,
  widgets: readonly MetricWidget[],
  range: AbsoluteRange,
  widths: Readonly<Record<string, number>>,
): Promise<RefreshResult> {
  return readAnswer(await receiveView(baseUrl, widgets, range, widths));
}
