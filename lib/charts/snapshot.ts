import type { ChartSeries, QueryDisplayOptions } from "./series-model";
import { snapshotValue } from "./stats";
import { formatValue } from "./format-value";

// Widgets that show one value per series (pie, bar, number, gauge): the value of each series, then pie slices
// or bar lengths from those values.

export interface SnapshotItem {
  key: string;
  id: string;
  label: string;
  color: string;
  unit?: string;
  value: number | null;
}

export function snapshotItems(
  series: readonly ChartSeries[],
  queries: readonly QueryDisplayOptions[],
  wholeRange: boolean,
): SnapshotItem[] {
  const stats = new Map(queries.map((q) => [q.id, q.stat]));
  return series.map((s) => ({
    key: s.key,
    id: s.id,
    label: s.label,
    color: s.color,
    ...(s.unit ? { unit: s.unit } : {}),
    value: snapshotValue(s.values, wholeRange, stats.get(s.queryId)),
  }));
}

export interface PieSlice extends SnapshotItem {
  value: number;
  /** Share of the pie, 0–100 (not "percent": recharts passes its own 0–1 `percent` to labels). */
  share: number;
}

/** [I] Slices for the positive values only: a pie cannot show zero or negative parts. Widget order is kept. */
export function pieSlices(items: readonly SnapshotItem[]): PieSlice[] {
  const positive = items.filter(
    (i): i is SnapshotItem & { value: number } => i.value !== null && i.value > 0,
  );
  const total = positive.reduce((sum, i) => sum + i.value, 0);
  return positive.map((i) => ({ ...i, share: total > 0 ? (i.value / total) * 100 : 0 }));
}

export interface BarRow extends SnapshotItem {
  /** Where the bar starts and ends on a 0–1 scale that includes zero and every value. */
  start: number;
  end: number;
}

/** Horizontal bars on one shared scale that always contains zero, so negative values grow leftwards. */
export function barRows(items: readonly SnapshotItem[]): BarRow[] {
  let low = 0;
  let high = 0;
  for (const i of items) {
    if (i.value === null) continue;
    low = Math.min(low, i.value);
    high = Math.max(high, i.value);
  }
  const span = high - low;
  const at = (v: number) => (span > 0 ? (v - low) / span : 0);
  const zero = at(0);
  return items.map((i) => {
    if (i.value === null) return { ...i, start: zero, end: zero };
    const p = at(i.value);
    return { ...i, start: Math.min(zero, p), end: Math.max(zero, p) };
  });
}

/** A pie slice's tooltip: its value and its share of the slices shown, "1.2k (34.5%)". */
export function pieTooltipText(value: number, share: number, unit?: string): string {
  const percent = Math.round(share * 10) / 10;
  return `${formatValue(value, unit ? { unit } : {})} (${percent}%)`;
}
