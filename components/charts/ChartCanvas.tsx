"use client";

import { memo } from "react";
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import type { AxisDomain, HorizontalMarks, VerticalMarks } from "@/lib/charts/annotations";
import type { LinePoint, ChartRow } from "@/lib/charts/rows";
import type { AxisSide, ChartSeries } from "@/lib/charts/series-model";
import { CHART_THEME } from "@/lib/charts/theme";
import { PlotAreaMarker } from "./PlotAreaMarker";

// The recharts part of a time series chart. Memoised: hover and drag state live in the parent, so moving the
// mouse re-renders only the overlays, never the 10 × 1,440 points here.

export type TimeSeriesKind = "line" | "area" | "bar";

export interface AxisConfig {
  domain: AxisDomain;
  label?: string;
  tickFormatter: (value: number) => string;
}

export interface LineData {
  points: LinePoint[];
  /** Draw dots: the series has points a line alone would not show. */
  dotted: boolean;
  /** Live data: the still-filling points, from the last complete one on, drawn dashed and faded. */
  partial?: LinePoint[];
}

export interface ChartCanvasProps {
  kind: TimeSeriesKind;
  series: readonly ChartSeries[];
  /** Rows for areas and bars (shared x so they can stack). */
  rows: ChartRow[] | null;
  /** Per-series points for lines (same order as `series`). */
  lines: readonly LineData[] | null;
  xDomain: readonly [number, number];
  xTicks: readonly number[];
  xTickFormatter: (value: number) => string;
  left: AxisConfig;
  /** Absent: no series is on the right axis. */
  right: AxisConfig | null;
  /** False when every series is on the right axis (the left one is kept, hidden, for annotations). */
  showLeft: boolean;
  horizontal: HorizontalMarks;
  vertical: VerticalMarks;
  /** Live data: where still-filling buckets begin (epoch ms); that part of the plot is faded. */
  incompleteFromMs?: number;
  initialSize?: { width: number; height: number };
  onResize: (width: number, height: number) => void;
}

const AXIS_TICK = { fontSize: 11, fill: CHART_THEME.axis };
const Y_AXIS_WIDTH = 56;
const LINE_DOT = { r: 2, strokeWidth: 0 };

function axisLabel(text: string | undefined, side: AxisSide) {
  if (!text) return undefined;
  return {
    value: text,
    angle: side === "left" ? -90 : 90,
    position: side === "left" ? ("insideLeft" as const) : ("insideRight" as const),
    fill: CHART_THEME.axis,
    fontSize: 11,
    style: { textAnchor: "middle" as const },
  };
}

function markLabel(text: string | undefined, color: string, position: "insideTopRight" | "insideTopLeft") {
  return text ? { value: text, position, fill: color, fontSize: 11 } : undefined;
}

function ChartCanvasInner(props: ChartCanvasProps) {
  const { kind, series, rows, lines, left, right, horizontal, vertical } = props;
  const axisFor = (side: AxisSide): AxisSide => (side === "right" && right ? "right" : "left");
  const fixedFor = (side: AxisSide) => (axisFor(side) === "right" ? right?.domain.fixed : left.domain.fixed);
  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      minWidth={0}
      initialDimension={props.initialSize}
      onResize={props.onResize}
    >
      <ComposedChart
        data={kind === "line" ? undefined : (rows ?? undefined)}
        margin={{ top: 8, right: right ? 0 : 12, bottom: 0, left: 0 }}
        barCategoryGap={1}
      >
        <CartesianGrid stroke={CHART_THEME.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={[props.xDomain[0], props.xDomain[1]]}
          allowDataOverflow
          ticks={[...props.xTicks]}
          tickFormatter={props.xTickFormatter}
          tick={AXIS_TICK}
          stroke={CHART_THEME.grid}
          minTickGap={8}
        />
        <YAxis
          yAxisId="left"
          orientation="left"
          hide={!props.showLeft}
          domain={left.domain.domain}
          allowDataOverflow={left.domain.fixed}
          tickFormatter={left.tickFormatter}
          tick={AXIS_TICK}
          stroke={CHART_THEME.grid}
          width={Y_AXIS_WIDTH}
          label={axisLabel(left.label, "left")}
        />
        {right && (
          <YAxis
            yAxisId="right"
            orientation="right"
            domain={right.domain.domain}
            allowDataOverflow={right.domain.fixed}
            tickFormatter={right.tickFormatter}
            tick={AXIS_TICK}
            stroke={CHART_THEME.grid}
            width={Y_AXIS_WIDTH}
            label={axisLabel(right.label, "right")}
          />
        )}
        {horizontal.areas.map((a, i) => (
          <ReferenceArea
            key={`ha${i}`}
            yAxisId={axisFor(a.axis)}
            // recharts puts a missing y1 at the top of the plot and a missing y2 at the bottom.
            y1={a.to}
            y2={a.from}
            fill={a.color}
            fillOpacity={CHART_THEME.areaOpacity}
            stroke="none"
            ifOverflow="hidden"
          />
        ))}
        {vertical.areas.map((a, i) => (
          <ReferenceArea
            key={`va${i}`}
            yAxisId="left"
            x1={a.from}
            x2={a.to}
            fill={a.color}
            fillOpacity={CHART_THEME.areaOpacity}
            stroke="none"
            ifOverflow="hidden"
            label={markLabel(a.label, a.color, "insideTopLeft")}
          />
        ))}
        {series.map((s, i) => {
          const yAxisId = axisFor(s.axis);
          if (kind === "area") {
            return (
              <Area
                key={s.key}
                dataKey={s.key}
                name={s.label}
                yAxisId={yAxisId}
                stackId={`stack-${yAxisId}`}
                type="linear"
                stroke={s.color}
                fill={s.color}
                fillOpacity={CHART_THEME.stackOpacity}
                strokeWidth={1.5}
                dot={false}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          }
          if (kind === "bar") {
            return (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                yAxisId={yAxisId}
                fill={s.color}
                isAnimationActive={false}
              />
            );
          }
          const line = lines?.[i];
          const partial = line?.partial;
          return [
            partial && partial.length > 1 ? (
              <Line
                key={`${s.key}-partial`}
                data={partial}
                dataKey="v"
                name={`${s.label} (still filling)`}
                yAxisId={yAxisId}
                type="linear"
                stroke={s.color}
                strokeOpacity={0.6}
                strokeDasharray="4 3"
                strokeWidth={1.5}
                dot={false}
                activeDot={false}
                legendType="none"
                isAnimationActive={false}
              />
            ) : null,
            <Line
              key={s.key}
              data={line?.points ?? []}
              dataKey="v"
              name={s.label}
              yAxisId={yAxisId}
              type="linear"
              stroke={s.color}
              strokeWidth={1.5}
              dot={line?.dotted ? { ...LINE_DOT, fill: s.color } : false}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />,
          ];
        })}
        {horizontal.lines.map((l, i) => (
          <ReferenceLine
            key={`hl${i}`}
            yAxisId={axisFor(l.axis)}
            y={l.value}
            stroke={l.color}
            strokeDasharray="5 3"
            ifOverflow={fixedFor(l.axis) ? "hidden" : "extendDomain"}
            label={markLabel(l.label, l.color, "insideTopRight")}
          />
        ))}
        {vertical.lines.map((l, i) => (
          <ReferenceLine
            key={`vl${i}`}
            yAxisId="left"
            x={l.t}
            stroke={l.color}
            strokeDasharray="5 3"
            ifOverflow="hidden"
            label={markLabel(l.label, l.color, "insideTopLeft")}
          />
        ))}
        {props.incompleteFromMs !== undefined && (
          <ReferenceArea
            yAxisId="left"
            x1={props.incompleteFromMs}
            x2={props.xDomain[1]}
            fill={CHART_THEME.panel}
            fillOpacity={0.55}
            stroke="none"
            ifOverflow="hidden"
          />
        )}
        <PlotAreaMarker />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export const ChartCanvas = memo(ChartCanvasInner);
