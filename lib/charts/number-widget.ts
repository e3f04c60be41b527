import {
  formatDelta,
  formatPercentChange,
  formatValueParts,
  type FormattedValue,
  type ValueFormat,
} from "./format-value";
import { completePoints, type ChartSeries, type QueryDisplayOptions } from "./series-model";
import { computeTrend, snapshotValue, type TrendDirection } from "./stats";

// The number widget: one tile per series with its value, and optionally the trend against the previous point
// (and, in the tooltip, against the start of the range).

/** [I] Number widgets show the trend unless the widget sets `trend: false`. */
export const DEFAULT_SHOW_TREND = true;

export interface NumberTrend {
  direction: TrendDirection;
  /** "+1.2k (+5%)". */
  text: string;
  /** Both comparisons in words, for the tooltip and screen readers. */
  description: string;
}

export interface NumberTile {
  key: string;
  label: string;
  color: string;
  value: FormattedValue | null;
  trend: NumberTrend | null;
}

export interface NumberTileOptions {
  wholeRange: boolean;
  showTrend: boolean;
  fullPrecision: boolean;
}

function change(delta: number, percent: number | null, format: ValueFormat): string {
  const pct = percent === null ? "" : ` (${formatPercentChange(percent)})`;
  return `${formatDelta(delta, format)}${pct}`;
}

export function numberTiles(
  series: readonly ChartSeries[],
  queries: readonly QueryDisplayOptions[],
  options: NumberTileOptions,
): NumberTile[] {
  const stats = new Map(queries.map((q) => [q.id, q.stat]));
  return series.map((s) => {
    const format: ValueFormat = { fullPrecision: options.fullPrecision, ...(s.unit ? { unit: s.unit } : {}) };
    const value = snapshotValue(s.values, options.wholeRange, stats.get(s.queryId));
    let trend: NumberTrend | null = null;
    // Trends compare complete periods only: a still-filling bucket would show a false drop.
    const t = options.showTrend && !options.wholeRange ? computeTrend(completePoints(s).values) : null;
    if (t && t.deltaPrevious !== null) {
      const deltaFormat = { ...format, fullPrecision: false };
      const previous = change(t.deltaPrevious, t.deltaPreviousPercent, deltaFormat);
      const fromStart = change(t.deltaStart, t.deltaStartPercent, deltaFormat);
      trend = {
        direction: t.direction,
        text: previous,
        description: `Since the previous point: ${previous}. Since the start of the range: ${fromStart}.`,
      };
    }
    return {
      key: s.key,
      label: s.label,
      color: s.color,
      value: value === null ? null : formatValueParts(value, format),
      trend,
    };
  });
}
