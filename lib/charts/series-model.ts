import type { SeriesJson as SeriesData } from "@/lib/contracts/metrics-query";
import { assignSeriesColors } from "./colors";

// What a chart needs to know about one series: the pipeline's data plus the display options of the query
// that produced it (colour, axis, visibility) and a unit when the caller knows one.

export type AxisSide = "left" | "right";

export interface ChartSeries {
  /** Row key in chart data ("s0", "s1", …); never a label, which may contain dots recharts would follow. */
  key: string;
  /** Stable across refreshes (query, label, account, Region): what legend toggles remember. */
  id: string;
  label: string;
  color: string;
  axis: AxisSide;
  queryId: string;
  accountId: string;
  region: string;
  /** Seconds. */
  period: number;
  /** Epoch seconds, ascending. */
  timestamps: readonly number[];
  values: readonly number[];
  /** CloudWatch unit name ("Percent", "Bytes", …) when known. */
  unit?: string;
  /** Live data: epoch seconds from which points are still filling (drawn dashed, kept out of trends). */
  incompleteFrom?: number;
}

/** The points of a series that are complete (all of them unless live data marked some as still filling). */
export function completePoints(s: Pick<ChartSeries, "timestamps" | "values" | "incompleteFrom">): {
  timestamps: readonly number[];
  values: readonly number[];
} {
  if (s.incompleteFrom === undefined) return s;
  const cut = s.timestamps.findIndex((t) => t >= (s.incompleteFrom ?? Number.POSITIVE_INFINITY));
  if (cut < 0) return s;
  return { timestamps: s.timestamps.slice(0, cut), values: s.values.slice(0, cut) };
}

/** The query fields that decide how its series are drawn (structurally both model and panel queries). */
export interface QueryDisplayOptions {
  id: string;
  color?: string;
  yAxis?: AxisSide;
  visible?: boolean;
  /** Metric queries only; used to pick how a whole-range value is aggregated. */
  stat?: string;
}

export function seriesIdentity(
  series: Pick<SeriesData, "queryId" | "label" | "accountId" | "region">,
): string {
  return [series.queryId, series.label, series.accountId, series.region].join("\u001f");
}

/** Labels shared by series from different accounts or Regions get the Region (and account) appended. */
function disambiguatedLabels(series: readonly SeriesData[]): string[] {
  const count = new Map<string, number>();
  for (const s of series) count.set(s.label, (count.get(s.label) ?? 0) + 1);
  const scopes = new Map<string, Set<string>>();
  for (const s of series) {
    if ((count.get(s.label) ?? 0) < 2) continue;
    const set = scopes.get(s.label) ?? new Set<string>();
    set.add(`${s.accountId}\u001f${s.region}`);
    scopes.set(s.label, set);
  }
  return series.map((s) => {
    const set = scopes.get(s.label);
    if (!set || set.size < 2) return s.label;
    const accounts = new Set([...set].map((scope) => scope.split("\u001f")[0]));
    const regions = new Set([...set].map((scope) => scope.split("\u001f")[1]));
    const parts: string[] = [];
    if (regions.size > 1) parts.push(s.region);
    if (accounts.size > 1) parts.push(s.accountId);
    return parts.length ? `${s.label} (${parts.join(", ")})` : s.label;
  });
}

/**
 * Series → chart series: drops series of queries marked invisible, assigns keys, colours and axes. Each series
 * keeps the unit the server attached to it.
 */
export function describeSeries(
  series: readonly SeriesData[],
  queries: readonly QueryDisplayOptions[],
): ChartSeries[] {
  const byId = new Map(queries.map((q) => [q.id, q]));
  const drawn = series.filter((s) => byId.get(s.queryId)?.visible !== false);
  const colors = assignSeriesColors(
    drawn.map((s) => s.queryId),
    queries,
  );
  const labels = disambiguatedLabels(drawn);
  return drawn.map((s, index) => {
    const query = byId.get(s.queryId);
    const unit = s.unit;
    return {
      key: `s${index}`,
      id: seriesIdentity(s),
      label: labels[index] ?? s.label,
      color: colors[index] ?? "#1f77b4",
      axis: query?.yAxis === "right" ? "right" : "left",
      queryId: s.queryId,
      accountId: s.accountId,
      region: s.region,
      period: s.period,
      timestamps: s.timestamps,
      values: s.values,
      ...(unit ? { unit } : {}),
      ...(s.incompleteFrom !== undefined ? { incompleteFrom: s.incompleteFrom } : {}),
    };
  });
}

/** The unit shared by every series on an axis, or undefined when they differ or none is known. */
export function commonUnit(series: readonly Pick<ChartSeries, "unit">[]): string | undefined {
  let unit: string | undefined;
  for (const s of series) {
    if (!s.unit) return undefined;
    if (unit !== undefined && unit !== s.unit) return undefined;
    unit = s.unit;
  }
  return unit;
}

export function hasAnyPoint(series: readonly { values: readonly number[] }[]): boolean {
  for (const s of series) for (const v of s.values) if (Number.isFinite(v)) return true;
  return false;
}
