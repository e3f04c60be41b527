import type { Axis, HorizontalAnnotation, VerticalAnnotation } from "@/lib/dashboards/model";
import type { AxisSide } from "./series-model";

// Widget annotations → what the chart draws: threshold lines, shaded areas (a band, or everything above or
// below a line), and time markers. An area with an open side runs to the edge of the plot.

/** [I] Colour of annotations that do not name one (the theme's warning amber). */
export const DEFAULT_ANNOTATION_COLOR = "#d29922";

export interface HorizontalLineMark {
  value: number;
  label?: string;
  color: string;
  axis: AxisSide;
}

export interface HorizontalAreaMark {
  /** Lower edge; undefined: the bottom of the plot. */
  from?: number;
  /** Upper edge; undefined: the top of the plot. */
  to?: number;
  label?: string;
  color: string;
  axis: AxisSide;
}

export interface HorizontalMarks {
  lines: HorizontalLineMark[];
  areas: HorizontalAreaMark[];
}

function withLabel<T extends object>(mark: T, label: string | undefined): T & { label?: string } {
  return label ? { ...mark, label } : mark;
}

export function horizontalMarks(annotations: readonly HorizontalAnnotation[] | undefined): HorizontalMarks {
  const lines: HorizontalLineMark[] = [];
  const areas: HorizontalAreaMark[] = [];
  for (const a of annotations ?? []) {
    if (a.kind === "band") {
      if (a.from.visible === false || a.to.visible === false) continue;
      const color = a.from.color ?? a.to.color ?? DEFAULT_ANNOTATION_COLOR;
      const axis = a.from.yAxis ?? a.to.yAxis ?? "left";
      const low = Math.min(a.from.value, a.to.value);
      const high = Math.max(a.from.value, a.to.value);
      areas.push(withLabel({ from: low, to: high, color, axis }, a.from.label ?? a.to.label));
      lines.push(withLabel({ value: a.from.value, color, axis }, a.from.label));
      lines.push(withLabel({ value: a.to.value, color, axis }, a.to.label));
      continue;
    }
    if (a.visible === false) continue;
    const color = a.color ?? DEFAULT_ANNOTATION_COLOR;
    const axis = a.yAxis ?? "left";
    lines.push(withLabel({ value: a.value, color, axis }, a.label));
    if (a.fill === "above") areas.push({ from: a.value, color, axis });
    else if (a.fill === "below") areas.push({ to: a.value, color, axis });
  }
  return { lines, areas };
}

export interface VerticalLineMark {
  /** Epoch ms. */
  t: number;
  label?: string;
  color: string;
}

export interface VerticalAreaMark {
  /** Epoch ms; undefined: the left edge of the plot. */
  from?: number;
  /** Epoch ms; undefined: the right edge. */
  to?: number;
  label?: string;
  color: string;
}

export interface VerticalMarks {
  lines: VerticalLineMark[];
  areas: VerticalAreaMark[];
}

function instant(text: string): number | null {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** Vertical annotations with unparsable instants are skipped. */
export function verticalMarks(annotations: readonly VerticalAnnotation[] | undefined): VerticalMarks {
  const lines: VerticalLineMark[] = [];
  const areas: VerticalAreaMark[] = [];
  for (const a of annotations ?? []) {
    if (a.kind === "band") {
      if (a.from.visible === false || a.to.visible === false) continue;
      const from = instant(a.from.value);
      const to = instant(a.to.value);
      if (from === null || to === null) continue;
      const color = a.from.color ?? a.to.color ?? DEFAULT_ANNOTATION_COLOR;
      areas.push(
        withLabel({ from: Math.min(from, to), to: Math.max(from, to), color }, a.from.label ?? a.to.label),
      );
      continue;
    }
    if (a.visible === false) continue;
    const t = instant(a.value);
    if (t === null) continue;
    const color = a.color ?? DEFAULT_ANNOTATION_COLOR;
    lines.push(withLabel({ t, color }, a.label));
    if (a.fill === "before") areas.push({ to: t, color });
    else if (a.fill === "after") areas.push({ from: t, color });
  }
  return { lines, areas };
}

export type DomainBound = number | "auto";

export interface AxisDomain {
  domain: [DomainBound, DomainBound];
  /** True when the widget fixes a bound: data outside it is clipped rather than widening the axis. */
  fixed: boolean;
}

/**
 * A y axis's range from the widget's `min`/`max`. [I] Unset bounds fit the data (CloudWatch does not force
 * zero into a line graph's range) except that bars and stacked areas, whose size is their meaning, start at
 * zero (negative data still widens the axis). A min that is not below the max is ignored.
 */
export function axisDomain(axis: Axis | undefined, options: { includeZero?: boolean } = {}): AxisDomain {
  let min = axis?.min;
  let max = axis?.max;
  if (min !== undefined && max !== undefined && min >= max) {
    min = undefined;
    max = undefined;
  }
  const lower: DomainBound = min ?? (options.includeZero ? 0 : "auto");
  return { domain: [lower, max ?? "auto"], fixed: min !== undefined || max !== undefined };
}
