"use client";

import { useCallback, useLayoutEffect, useMemo, useState } from "react";
import type { Annotations, YAxes } from "@/lib/dashboards/model";
import { axisDomain, horizontalMarks, verticalMarks } from "@/lib/charts/annotations";
import { formatValue } from "@/lib/charts/format-value";
import { buildChartRows, hasIsolatedPoints, hoverSnapshot, linePoints } from "@/lib/charts/rows";
import { commonUnit, completePoints, type AxisSide, type ChartSeries } from "@/lib/charts/series-model";
import { formatTimeTick, maxTicksForWidth, timeAxisTicks } from "@/lib/charts/time-axis";
import { pixelToTime, timeToPixel } from "@/lib/charts/zoom";
import { TEST_IDS } from "@/lib/testing/test-ids";
import type { TimeZoneSetting } from "@/lib/time";
import { ChartCanvas, type AxisConfig, type LineData, type TimeSeriesKind } from "./ChartCanvas";
import { ChartLegend } from "./ChartLegend";
import { ChartTooltip } from "./ChartTooltip";
import { usePlotPointer } from "./use-plot-pointer";
import styles from "./charts.module.css";

export type { TimeSeriesKind } from "./ChartCanvas";
export type LegendPosition = "right" | "bottom" | "hidden";

/** [I] Series with isolated points get dots, unless they have more points than this (dots get costly). */
export const MAX_DOTTED_POINTS = 500;
/** Width taken by the y axes, subtracted before choosing how many time ticks fit. */
const AXES_WIDTH_PX = 120;
const DEFAULT_WIDTH_PX = 600;

export interface TimeSeriesChartProps {
  kind: TimeSeriesKind;
  series: readonly ChartSeries[];
  /** The x axis: the widget's resolved time range in epoch ms. */
  range: { start: number; end: number };
  timezone: TimeZoneSetting;
  yAxis?: YAxes;
  annotations?: Annotations;
  legend?: LegendPosition;
  /** Called with the dragged range; without it the chart does not zoom. */
  onZoom?: (startMs: number, endMs: number) => void;
  /** Size to render before the container is measured (server rendering, tests). */
  initialSize?: { width: number; height: number };
}

function axisConfig(
  kind: TimeSeriesKind,
  side: AxisSide,
  yAxis: YAxes | undefined,
  series: readonly ChartSeries[],
): AxisConfig {
  const axis = yAxis?.[side];
  const unit = axis?.showUnits === false ? undefined : commonUnit(series.filter((s) => s.axis === side));
  const format = unit ? { unit } : {};
  return {
    domain: axisDomain(axis, { includeZero: kind !== "line" }),
    ...(axis?.label ? { label: axis.label } : {}),
    tickFormatter: (value: number) => formatValue(value, format),
  };
}

/** Line, stacked area or bar chart over time with a toggling legend, a shared tooltip and drag-to-zoom. */
export function TimeSeriesChart({
  kind,
  series,
  range,
  timezone,
  yAxis,
  annotations,
  legend = "bottom",
  onZoom,
  initialSize,
}: TimeSeriesChartProps) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  // The plot's size, measured before the first draw: drawn once at its real size with the time ticks that
  // fit it, not first at a guess and again when recharts has measured (each draw of many series is costly).
  const [size, setSize] = useState(initialSize);
  const width = size?.width ?? DEFAULT_WIDTH_PX;

  const toggle = useCallback((id: string) => {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  // Whole pixels, as measured before the first draw: a sub-pixel difference must not redraw every series.
  const onResize = useCallback((w: number, h: number) => {
    const width = Math.round(w);
    const height = Math.round(h);
    setSize((current) =>
      current?.width === width && current.height === height ? current : { width, height },
    );
  }, []);

  const visible = useMemo(() => series.filter((s) => !hidden.has(s.id)), [series, hidden]);
  const rows = useMemo(() => (kind === "line" ? null : buildChartRows(visible)), [kind, visible]);
  const lines = useMemo<LineData[] | null>(
    () =>
      kind !== "line"
        ? null
        : visible.map((s) => {
            const complete = completePoints(s);
            const cut = complete.timestamps.length;
            const partial =
              cut < s.timestamps.length
                ? linePoints(
                    s.timestamps.slice(Math.max(0, cut - 1)),
                    s.values.slice(Math.max(0, cut - 1)),
                    s.period,
                  )
                : undefined;
            return {
              points: linePoints(complete.timestamps, complete.values, s.period),
              dotted:
                s.values.length <= MAX_DOTTED_POINTS && hasIsolatedPoints(s.timestamps, s.values, s.period),
              ...(partial ? { partial } : {}),
            };
          }),
    [kind, visible],
  );

  const incompleteFromMs = useMemo(() => {
    let from: number | undefined;
    for (const s of visible) {
      if (completePoints(s).timestamps.length === s.timestamps.length || s.incompleteFrom === undefined)
        continue;
      from = Math.min(from ?? Number.POSITIVE_INFINITY, s.incompleteFrom * 1000);
    }
    return from;
  }, [visible]);

  const { start, end } = range;
  const xDomain = useMemo(() => [start, end] as const, [start, end]);
  const { ticks, step } = useMemo(
    () => timeAxisTicks(start, end, timezone, maxTicksForWidth(width - AXES_WIDTH_PX)),
    [start, end, timezone, width],
  );
  const xTickFormatter = useCallback(
    (value: number) => formatTimeTick(value, step, timezone),
    [step, timezone],
  );

  const hasRight = visible.some((s) => s.axis === "right");
  const left = useMemo(() => axisConfig(kind, "left", yAxis, visible), [kind, yAxis, visible]);
  const right = useMemo(
    () => (hasRight ? axisConfig(kind, "right", yAxis, visible) : null),
    [kind, hasRight, yAxis, visible],
  );
  const horizontal = useMemo(() => horizontalMarks(annotations?.horizontal), [annotations?.horizontal]);
  const vertical = useMemo(() => verticalMarks(annotations?.vertical), [annotations?.vertical]);

  const { containerRef, hover, selection, handlers } = usePlotPointer(xDomain, onZoom);
  useLayoutEffect(() => {
    if (size) return;
    const rect = containerRef.current?.getBoundingClientRect();
    const measured =
      rect && rect.width > 0 && rect.height > 0
        ? { width: Math.round(rect.width), height: Math.round(rect.height) }
        : { width: DEFAULT_WIDTH_PX, height: 0 };
    // A chart below the screen is drawn in a task of its own after the screen has been painted: the first
    // screenful of a large dashboard does not wait for the charts under it.
    if (rect && rect.top > window.innerHeight) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setSize(measured), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    setSize(measured);
    return undefined;
    // Measures only until there is a size: later sizes come from recharts' own resize observer (onResize).
  }, [size, containerRef]);
  const snapshot = useMemo(() => {
    if (!hover || selection) return null;
    const plot = { left: hover.box.left, width: hover.box.width };
    const found = hoverSnapshot(visible, pixelToTime(hover.x, plot, xDomain));
    return found ? { ...found, x: timeToPixel(found.t, plot, xDomain), box: hover.box } : null;
  }, [hover, selection, visible, xDomain]);

  const layout = legend === "right" ? styles.legendRight : styles.legendBottom;
  return (
    <div className={`${styles.chart} ${layout}`}>
      <div ref={containerRef} className={`${styles.plot} ${onZoom ? styles.plotZoomable : ""}`} {...handlers}>
        {/* Not drawn yet (measured next, or waiting below the screen): counts as not drawn. */}
        {!size && <div className={styles.loading} data-testid={TEST_IDS.chartLoading} aria-busy />}
        {size && (
          <ChartCanvas
            kind={kind}
            series={visible}
            rows={rows}
            lines={lines}
            xDomain={xDomain}
            xTicks={ticks}
            xTickFormatter={xTickFormatter}
            left={left}
            right={right}
            showLeft={!hasRight || visible.some((s) => s.axis === "left")}
            horizontal={horizontal}
            vertical={vertical}
            {...(incompleteFromMs !== undefined ? { incompleteFromMs } : {})}
            {...(size.height > 0 ? { initialSize: size } : {})}
            onResize={onResize}
          />
        )}
        {selection && (
          <div
            className={styles.selection}
            data-testid={TEST_IDS.zoomSelection}
            style={{
              left: Math.min(selection.from, selection.to),
              width: Math.abs(selection.to - selection.from),
              top: selection.box.top,
              height: selection.box.height,
            }}
          />
        )}
        {snapshot && (
          <>
            <div
              className={styles.cursor}
              style={{ left: snapshot.x, top: snapshot.box.top, height: snapshot.box.height }}
            />
            <ChartTooltip
              t={snapshot.t}
              series={visible}
              values={snapshot.values}
              timezone={timezone}
              x={snapshot.x}
              top={snapshot.box.top}
              plotLeft={snapshot.box.left}
              plotWidth={snapshot.box.width}
            />
          </>
        )}
      </div>
      {incompleteFromMs !== undefined && (
        <p className={styles.incompleteNote} data-testid="incomplete-note">
          Faded{kind === "line" ? " and dashed" : ""}: the newest data is still filling (CloudWatch data
          arrives a few minutes late) and is left out of trends.
        </p>
      )}
      {legend !== "hidden" && series.length > 0 && (
        <ChartLegend
          entries={series}
          hidden={hidden}
          onToggle={toggle}
          orientation={legend === "right" ? "vertical" : "horizontal"}
        />
      )}
    </div>
  );
}
