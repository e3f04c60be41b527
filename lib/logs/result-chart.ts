import { paletteColor } from "@/lib/charts/colors";
import { parseQuery } from "@/lib/logs-insights";
import type { ChartSeries } from "@/lib/charts/series-model";
import type { SnapshotItem } from "@/lib/charts/snapshot";

// How a Logs Insights result is charted: `stats … by bin()` gives time series (one per numeric column and group
// value), `stats … by field` gives one bar/pie item per row. Values arrive as strings; a column is numeric only
// when every present value parses as a number.

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** Logs Insights timestamps ("2024-01-01 00:00:05.000", UTC) as epoch ms; null when not one. */
export function parseLogsTimestamp(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = TIMESTAMP.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  return Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number((ms ?? "0").padEnd(3, "0")),
  );
}

function isNumeric(value: string): boolean {
  return value.trim() !== "" && Number.isFinite(Number(value));
}

export type ResultChartModel =
  | { kind: "time"; timeField: string; series: ChartSeries[]; periodSeconds: number }
  | { kind: "items"; items: SnapshotItem[]; valueField: string }
  | { kind: "none"; reason: string };

export function columnsOf(rows: readonly Record<string, string>[], fields: readonly string[]) {
  const present = fields.filter((f) => f !== "@ptr" && rows.some((r) => r[f] !== undefined));
  const numeric = present.filter((f) => rows.every((r) => r[f] === undefined || isNumeric(r[f] as string)));
  const time = present.find(
    (f) =>
      /^bin\(/i.test(f) ||
      (f !== "@timestamp" && rows.length > 0 && rows.every((r) => parseLogsTimestamp(r[f]) !== null)),
  );
  return { present, numeric, time };
}

/** The result columns of the last `stats … by` of a query (its group-by fields), or [] when there is none. */
export function statsGroupFields(query: string): string[] {
  try {
    const stats = parseQuery(query).commands.filter((c) => c.kind === "stats");
    const last = stats[stats.length - 1];
    return last && last.kind === "stats" ? last.by.map((b) => b.alias ?? b.text) : [];
  } catch {
    return [];
  }
}

export function resultChart(
  rows: readonly Record<string, string>[],
  fields: readonly string[],
  /** Group-by columns from the query (statsGroupFields); numeric group values such as a status stay labels. */
  byFields: readonly string[] = [],
): ResultChartModel {
  if (rows.length === 0) return { kind: "none", reason: "No rows to chart." };
  const { present, numeric, time } = columnsOf(rows, fields);
  const values = numeric.filter((f) => f !== time && !byFields.includes(f));
  if (values.length === 0) {
    return { kind: "none", reason: "Charts need a stats query (for example stats count(*) by bin(5m))." };
  }
  const groups = present.filter((f) => f !== time && !values.includes(f) && !f.startsWith("@"));
  const groupLabel = (r: Record<string, string>) => groups.map((g) => r[g] ?? "(none)").join(" / ");
  if (time) {
    const byKey = new Map<string, { label: string; points: Map<number, number> }>();
    const instants = new Set<number>();
    for (const r of rows) {
      const t = parseLogsTimestamp(r[time]);
      if (t === null) continue;
      instants.add(t);
      for (const v of values) {
        const group = groupLabel(r);
        const label = groups.length === 0 ? v : values.length === 1 ? group : `${group} ${v}`;
        const key = `${v}\u0000${group}`;
        const entry = byKey.get(key) ?? { label, points: new Map<number, number>() };
        const raw = r[v];
        if (raw !== undefined) entry.points.set(t, Number(raw));
        byKey.set(key, entry);
      }
    }
    const sorted = [...instants].sort((a, b) => a - b);
    let step = Infinity;
    for (let i = 1; i < sorted.length; i++)
      step = Math.min(step, (sorted[i] as number) - (sorted[i - 1] as number));
    const periodSeconds = Number.isFinite(step) ? Math.round(step / 1000) : 300;
    const series: ChartSeries[] = [...byKey.values()].map((entry, i) => {
      const ts = [...entry.points.keys()].sort((a, b) => a - b);
      return {
        key: `s${i}`,
        id: entry.label,
        label: entry.label,
        color: paletteColor(i),
        axis: "left",
        queryId: `q${i}`,
        accountId: "",
        region: "",
        period: periodSeconds,
        timestamps: ts.map((t) => t / 1000),
        values: ts.map((t) => entry.points.get(t) as number),
      };
    });
    return { kind: "time", timeField: time, series, periodSeconds };
  }
  const valueField = values[0] as string;
  const items: SnapshotItem[] = rows.map((r, i) => {
    const label = groups.length > 0 ? groupLabel(r) : valueField;
    const raw = r[valueField];
    return {
      key: `i${i}`,
      id: `${label}#${i}`,
      label,
      color: paletteColor(i),
      value: raw === undefined ? null : Number(raw),
    };
  });
  return { kind: "items", items, valueField };
}

/** Each field's share of the result rows (the fields pane). */
export function fieldShares(rows: readonly Record<string, string>[], fields: readonly string[]) {
  return fields.map((name) => {
    const n = rows.reduce((count, r) => count + (r[name] !== undefined ? 1 : 0), 0);
    return { name, percent: rows.length === 0 ? 0 : (n / rows.length) * 100 };
  });
}
