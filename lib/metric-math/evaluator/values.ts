import type { TimeSeries } from "../types";

export type ValueType = "S" | "TS" | "TS[]";

/** Runtime value of a (sub-)expression. */
export type Value =
  { kind: "S"; value: number } | { kind: "TS"; series: TimeSeries } | { kind: "TS[]"; members: TimeSeries[] };

export function scalar(value: number): Value {
  return { kind: "S", value };
}

export function single(series: TimeSeries): Value {
  return { kind: "TS", series };
}

export function array(members: TimeSeries[]): Value {
  return { kind: "TS[]", members };
}

/** Finite check without a function call in hot loops: NaN and ±Infinity give NaN when subtracted. */
export function isFiniteNumber(v: number): boolean {
  return v - v === 0;
}

/**
 * Builds a derived series. Metric identity and account/region are inherited from `source` so that
 * dynamic labels (${PROP('Dim.x')}) still work on e.g. FILL(SEARCH(...), 0) members.
 */
export function deriveSeries(
  source: TimeSeries | undefined,
  label: string,
  period: number,
  timestamps: number[],
  values: number[],
): TimeSeries {
  const series: TimeSeries = { label, timestamps, values, period };
  if (source) {
    if (source.metric) series.metric = source.metric;
    if (source.stat !== undefined) series.stat = source.stat;
    if (source.accountId !== undefined) series.accountId = source.accountId;
    if (source.region !== undefined) series.region = source.region;
  }
  return series;
}

export function emptySeries(label: string, period: number): TimeSeries {
  return { label, timestamps: [], values: [], period };
}
