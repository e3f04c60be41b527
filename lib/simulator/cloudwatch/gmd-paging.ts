// GetMetricData pages. [I] MaxDatapoints caps the MetricStat points of one page, counted across all results
// in request order; a result cut off by the cap reports PartialData and the response a NextToken. Expression
// results never page: they come complete on the first page only (AWS: "math expressions never come with a
// NextToken").

import { TimestampList } from "@/lib/simulator/core/types";

export interface ResultEntry {
  id: string;
  label: string;
  /** Epoch seconds, already in ScanBy order (see orderPoints). */
  timestamps: Float64Array;
  values: Float64Array;
  statusCode: "Complete" | "PartialData" | "Forbidden" | "InternalError";
  messages: Array<{ Code: string; Value: string }>;
  /** MetricStat results page; expression and Forbidden results come whole on the first page. */
  pageable: boolean;
}

export interface Page {
  results: Array<Record<string, unknown>>;
  /** Offset of the next page in the MetricStat point stream, when one is needed. */
  nextOffset?: number;
}

/** Puts ascending points into ScanBy order in place (newest first for TimestampDescending). */
export function orderPoints(
  points: { timestamps: Float64Array; values: Float64Array },
  descending: boolean,
): void {
  if (!descending) return;
  points.timestamps.reverse();
  points.values.reverse();
}

function render(entry: ResultEntry, from: number, to: number, status: string): Record<string, unknown> {
  return {
    Id: entry.id,
    Label: entry.label,
    Timestamps: new TimestampList(entry.timestamps.subarray(from, to)),
    Values: entry.values.subarray(from, to),
    StatusCode: status,
    Messages: entry.messages,
  };
}

export function paginate(entries: readonly ResultEntry[], offset: number, budget: number): Page {
  const results: Array<Record<string, unknown>> = [];
  const pageEnd = offset + budget;
  let streamPos = 0;
  for (const entry of entries) {
    if (!entry.pageable) {
      if (offset === 0) results.push(render(entry, 0, entry.timestamps.length, entry.statusCode));
      continue;
    }
    const n = entry.timestamps.length;
    const from = Math.min(n, Math.max(0, offset - streamPos));
    const to = Math.min(n, Math.max(0, pageEnd - streamPos));
    const status = to < n ? "PartialData" : entry.statusCode;
    results.push(render(entry, from, Math.max(from, to), status));
    streamPos += n;
  }
  return streamPos > pageEnd ? { results, nextOffset: pageEnd } : { results };
}
