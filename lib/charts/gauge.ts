import type { Axis, HorizontalAnnotation } from "@/lib/dashboards/model";
import { DEFAULT_ANNOTATION_COLOR } from "./annotations";

// A gauge is a half circle from the left axis's min (left end) to its max (right end). Horizontal
// annotations colour parts of the arc: "above"/"below" a line, or a band; the needle takes the colour of the
// last annotation range that contains the value.

/** [I] Range used when the widget has no yAxis.left min/max (CloudWatch requires them; imports may lack them). */
export const DEFAULT_GAUGE_RANGE = { min: 0, max: 100 } as const;
/** [I] Colour of the value arc when no annotation range contains the value (the theme accent). */
export const GAUGE_VALUE_COLOR = "#4ea1ff";

export interface GaugeSegment {
  from: number;
  to: number;
  color: string;
}

export interface GaugeModel {
  min: number;
  max: number;
  value: number | null;
  /** Position of the value on the arc, clamped to 0…1. */
  fraction: number;
  segments: GaugeSegment[];
  valueColor: string;
  outOfRange: "below" | "above" | null;
}

function range(axis: Axis | undefined): { min: number; max: number } {
  const span = DEFAULT_GAUGE_RANGE.max - DEFAULT_GAUGE_RANGE.min;
  const givenMax = axis?.max;
  const min =
    axis?.min ??
    (givenMax !== undefined && givenMax <= DEFAULT_GAUGE_RANGE.min
      ? givenMax - span
      : DEFAULT_GAUGE_RANGE.min);
  const max = givenMax ?? (min < DEFAULT_GAUGE_RANGE.max ? DEFAULT_GAUGE_RANGE.max : min + span);
  return min < max ? { min, max } : { min: DEFAULT_GAUGE_RANGE.min, max: DEFAULT_GAUGE_RANGE.max };
}

export function gaugeSegments(
  annotations: readonly HorizontalAnnotation[] | undefined,
  min: number,
  max: number,
): GaugeSegment[] {
  const segments: GaugeSegment[] = [];
  const push = (from: number, to: number, color: string) => {
    const lo = Math.max(min, Math.min(from, to));
    const hi = Math.min(max, Math.max(from, to));
    if (hi > lo) segments.push({ from: lo, to: hi, color });
  };
  for (const a of annotations ?? []) {
    if (a.kind === "band") {
      if (a.from.visible === false || a.to.visible === false) continue;
      push(a.from.value, a.to.value, a.from.color ?? a.to.color ?? DEFAULT_ANNOTATION_COLOR);
    } else if (a.visible !== false) {
      const color = a.color ?? DEFAULT_ANNOTATION_COLOR;
      if (a.fill === "above") push(a.value, max, color);
      else if (a.fill === "below") push(min, a.value, color);
    }
  }
  return segments;
}

export function gaugeModel(
  value: number | null,
  axis: Axis | undefined,
  annotations: readonly HorizontalAnnotation[] | undefined,
): GaugeModel {
  const { min, max } = range(axis);
  const segments = gaugeSegments(annotations, min, max);
  const finite = value !== null && Number.isFinite(value) ? value : null;
  let valueColor = GAUGE_VALUE_COLOR;
  if (finite !== null) {
    for (const s of segments) if (finite >= s.from && finite <= s.to) valueColor = s.color;
  }
  const fraction = finite === null ? 0 : Math.min(1, Math.max(0, (finite - min) / (max - min)));
  const outOfRange = finite === null ? null : finite < min ? "below" : finite > max ? "above" : null;
  return { min, max, value: finite, fraction, segments, valueColor, outOfRange };
}

export interface ArcGeometry {
  cx: number;
  cy: number;
  radius: number;
}

/** Point on the half circle: fraction 0 is the left end, 1 the right end, 0.5 the top. */
export function gaugePoint(fraction: number, { cx, cy, radius }: ArcGeometry): { x: number; y: number } {
  const angle = Math.PI * (1 - fraction);
  return { x: round(cx + radius * Math.cos(angle)), y: round(cy - radius * Math.sin(angle)) };
}

/** SVG path of the arc between two fractions (clockwise over the top); empty when they are equal. */
export function gaugeArcPath(fromFraction: number, toFraction: number, geometry: ArcGeometry): string {
  const from = Math.min(1, Math.max(0, Math.min(fromFraction, toFraction)));
  const to = Math.min(1, Math.max(0, Math.max(fromFraction, toFraction)));
  if (to <= from) return "";
  const a = gaugePoint(from, geometry);
  const b = gaugePoint(to, geometry);
  return `M ${a.x} ${a.y} A ${geometry.radius} ${geometry.radius} 0 0 1 ${b.x} ${b.y}`;
}

/** Fraction of the arc a value sits at. */
export function gaugeFraction(value: number, min: number, max: number): number {
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
