import type { TableOptions } from "@/lib/dashboards/model";
import type { TimeZoneSetting } from "@/lib/time";
import { formatValue } from "./format-value";
import { buildChartRows } from "./rows";
import type { ChartSeries } from "./series-model";
import { summarizeValues, type SeriesSummary } from "./stats";
import { formatPointTime } from "./time-axis";

// The table widget: one row per series with summary columns (CloudWatch's MIN, MAX, SUM, AVG, plus LAST),
// or with `showTimeSeriesData` one column per timestamp. The "vertical" layout swaps rows and columns.

export const SUMMARY_COLUMN_LABELS = {
  MIN: "Min",
  MAX: "Max",
  SUM: "Sum",
  AVG: "Average",
  LAST: "Last",
} as const;
export type SummaryColumn = keyof typeof SUMMARY_COLUMN_LABELS;
/** [I] Summary columns when the widget names none. */
export const DEFAULT_SUMMARY_COLUMNS: readonly SummaryColumn[] = ["AVG", "MIN", "MAX", "LAST"];
/** [I] At most this many (latest) time columns; more would make an unreadable, slow table. */
export const MAX_TABLE_TIME_COLUMNS = 300;

const SUMMARY_FIELD: Record<SummaryColumn, keyof SeriesSummary> = {
  MIN: "min",
  MAX: "max",
  SUM: "sum",
  AVG: "avg",
  LAST: "last",
};

export interface TableCell {
  value: number | null;
  text: string;
}

export interface TableRow {
  key: string;
  label: string;
  /** Series colour; absent on rows that are times or summaries (vertical layout). */
  color?: string;
  cells: TableCell[];
}

export interface MetricTable {
  /** Header of the first (label) column. */
  corner: string;
  columns: { key: string; label: string }[];
  rows: TableRow[];
  /** Time columns left out to stay within MAX_TABLE_TIME_COLUMNS. */
  omittedTimeColumns: number;
}

export function isSummaryColumn(name: string): name is SummaryColumn {
  return Object.hasOwn(SUMMARY_COLUMN_LABELS, name.toUpperCase());
}

function summaryColumns(options: TableOptions | undefined): SummaryColumn[] {
  const named = (options?.summaryColumns ?? []).map((c) => c.toUpperCase()).filter(isSummaryColumn);
  if (options?.summaryColumns !== undefined) return named;
  return options?.showTimeSeriesData ? [] : [...DEFAULT_SUMMARY_COLUMNS];
}

function cell(value: number | null | undefined, unit: string | undefined): TableCell {
  if (value === null || value === undefined || !Number.isFinite(value)) return { value: null, text: "" };
  return { value, text: formatValue(value, unit ? { unit } : {}) };
}

function transpose(table: MetricTable, corner: string): MetricTable {
  return {
    corner,
    columns: table.rows.map((r) => ({ key: r.key, label: r.label })),
    rows: table.columns.map((column, c) => ({
      key: column.key,
      label: column.label,
      cells: table.rows.map((r) => r.cells[c] ?? { value: null, text: "" }),
    })),
    omittedTimeColumns: table.omittedTimeColumns,
  };
}

export function buildMetricTable(
  series: readonly ChartSeries[],
  options: TableOptions | undefined,
  tz: TimeZoneSetting,
): MetricTable {
  const summaries = summaryColumns(options);
  const rowsByTime = options?.showTimeSeriesData ? buildChartRows(series) : [];
  const omitted = Math.max(0, rowsByTime.length - MAX_TABLE_TIME_COLUMNS);
  const shown = rowsByTime.slice(omitted);
  const minPeriod = series.reduce((m, s) => Math.min(m, s.period), Number.POSITIVE_INFINITY);
  const columns = [
    ...shown.map(({ t }) => ({ key: `t${t}`, label: formatPointTime(t, tz, minPeriod) })),
    ...summaries.map((c) => ({ key: c, label: SUMMARY_COLUMN_LABELS[c] })),
  ];
  const rows: TableRow[] = series.map((s) => {
    const summary = summaries.length ? summarizeValues(s.values) : null;
    return {
      key: s.key,
      label: s.label,
      color: s.color,
      cells: [
        ...shown.map((row) => cell(row[s.key], s.unit)),
        ...summaries.map((c) => cell(summary ? summary[SUMMARY_FIELD[c]] : null, s.unit)),
      ],
    };
  });
  const table: MetricTable = { corner: "Metric", columns, rows, omittedTimeColumns: omitted };
  return options?.layout === "vertical" ? transpose(table, "") : table;
}
