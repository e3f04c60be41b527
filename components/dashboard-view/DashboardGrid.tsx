"use client";

import { ReactGridLayout, noCompactor, type Layout } from "react-grid-layout";
import "react-grid-layout/css/styles.css";
import "react-resizable/css/styles.css";
import type { CSSProperties, KeyboardEvent } from "react";
import { AlarmAnnotatedMetricWidget } from "@/components/alarms/AlarmAnnotatedMetricWidget";
import { AlarmStatusWidgetView } from "@/components/alarms/AlarmStatusWidgetView";
import { HealthWidgetView } from "@/components/aws-health/HealthWidgetView";
import { ViewLogsLink } from "@/components/logs/ViewLogsLink";
import { LogWidgetView } from "@/components/widgets/LogWidgetView";
import { MetricWidgetView, type MetricWidgetViewProps } from "@/components/widgets/MetricWidgetView";
import { TextWidgetView } from "@/components/widgets/TextWidgetView";
import { UnsupportedWidgetView } from "@/components/widgets/UnsupportedWidgetView";
import { WidgetFrame } from "@/components/widgets/WidgetFrame";
import {
  applyLayout,
  duplicateWidget,
  moveWidget,
  removeWidget,
  resizeWidget,
} from "@/lib/client/dashboard-draft";
import { GRID_COLUMNS, GRID_GAP_PX, GRID_ROW_HEIGHT_PX } from "@/lib/client/grid";
import type { MetricsQueryResponse } from "@/lib/contracts/metrics-query";
import {
  isMetricWidget,
  type DashboardDocument,
  type DashboardVariable,
  type Widget,
} from "@/lib/dashboards/model";
import type { TimeRange, TimeZoneSetting } from "@/lib/time";
import type { WidgetFreshness } from "@/components/kiosk/use-kept-panels";
import { TEST_IDS } from "@/lib/testing/test-ids";
import styles from "./view.module.css";

/** Before the first response there is no resolved range; widgets show their loading state meanwhile. */
const NO_RANGE_YET = { start: 0, end: 0 };

export interface DashboardGridProps {
  widgets: readonly Widget[];
  data?: MetricsQueryResponse;
  requestError?: string;
  loading: boolean;
  staleSince?: number;
  timezone: TimeZoneSetting;
  editing: boolean;
  /** The AWS console's graph of a metric widget, for widgets that read real AWS accounts. */
  consoleLink?: (widget: Widget) => string | undefined;
  /** The grid's width in pixels; the drag-and-resize grid needs it (0 = not measured yet). */
  width?: number;
  onZoom: (start: number, end: number) => void;
  onDraftChange: (edit: (doc: DashboardDocument) => DashboardDocument) => void;
  onEditWidget: (widget: Widget) => void;
  /** What log widgets and "View logs" need: the view's range, variables and the dashboard's log groups. */
  logs?: {
    range: TimeRange;
    variables: readonly DashboardVariable[];
    variableValues: Readonly<Record<string, string>>;
    defaultAccountId?: string;
    /** The saved dashboard whose log widgets these are (absent while editing). */
    dashboardId?: string | undefined;
    refreshMs: number;
    logGroupLinks?: readonly string[];
  };
  /** Per widget: when its data was fetched and whether a failed refresh left it stale (kiosk, live views). */
  freshness?: Readonly<Record<string, WidgetFreshness>>;
  /** Row height in pixels (kiosk "fit to screen"); default GRID_ROW_HEIGHT_PX. */
  rowHeightPx?: number;
  /**
   * Widgets to mount; any other gets a light placeholder of its size until it comes near the viewport
   * (see lazy-widgets.ts). Absent: every widget is mounted.
   */
  seen?: ReadonlySet<string>;
  /** Ref callback observing a placeholder cell (it carries `data-widget-id`). */
  observe?: (element: HTMLElement | null) => (() => void) | undefined;
}

function EditActions({
  widget,
  onDraftChange,
  onEditWidget,
}: Pick<DashboardGridProps, "onDraftChange" | "onEditWidget"> & { widget: Widget }) {
  const button = `${styles.button} ${styles.small}`;
  const move = (dx: number, dy: number) => onDraftChange((d) => moveWidget(d, widget.id, dx, dy));
  const size = (dw: number, dh: number) => onDraftChange((d) => resizeWidget(d, widget.id, dw, dh));
  // The handle is the keyboard's way too: arrows move by one cell, Shift + arrows resize.
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = ARROW_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    if (event.shiftKey) size(step[0], step[1]);
    else move(step[0], step[1]);
  };
  return (
    <div className={styles.cellActions}>
      <button
        type="button"
        className={`${button} ${DRAG_HANDLE_CLASS}`}
        aria-label={`Move or resize ${widget.title || widget.id}: drag, or arrow keys to move and Shift + arrow keys to resize`}
        title="Drag to move; arrow keys move, Shift + arrow keys resize"
        data-testid="drag-handle"
        onKeyDown={onHandleKey}
      >
        ⠿
      </button>
      <button type="button" className={button} onClick={() => onEditWidget(widget)}>
        Edit
      </button>
      <details className={styles.arrange}>
        <summary className={button}>Arrange</summary>
        <div className={styles.arrangeMenu}>
          <button type="button" className={button} aria-label="Move left" onClick={() => move(-1, 0)}>
            ←
          </button>
          <button type="button" className={button} aria-label="Move right" onClick={() => move(1, 0)}>
            →
          </button>
          <button type="button" className={button} aria-label="Move up" onClick={() => move(0, -1)}>
            ↑
          </button>
          <button type="button" className={button} aria-label="Move down" onClick={() => move(0, 1)}>
            ↓
          </button>
          <button type="button" className={button} aria-label="Narrower" onClick={() => size(-1, 0)}>
            −w
          </button>
          <button type="button" className={button} aria-label="Wider" onClick={() => size(1, 0)}>
            +w
          </button>
          <button type="button" className={button} aria-label="Shorter" onClick={() => size(0, -1)}>
            −h
          </button>
          <button type="button" className={button} aria-label="Taller" onClick={() => size(0, 1)}>
            +h
          </button>
          <button
            type="button"
            className={button}
            onClick={() => onDraftChange((d) => duplicateWidget(d, widget.id))}
          >
            Duplicate
          </button>
        </div>
      </details>
      <button
        type="button"
        className={button}
        aria-label="Remove widget"
        onClick={() => onDraftChange((d) => removeWidget(d, widget.id))}
      >
        ✕
      </button>
    </div>
  );
}

function WidgetSlot(props: DashboardGridProps & { widget: Widget }) {
  const { widget, data } = props;
  const link = !props.editing && isMetricWidget(widget) ? props.consoleLink?.(widget) : undefined;
  const actions = props.editing ? (
    <EditActions widget={widget} onDraftChange={props.onDraftChange} onEditWidget={props.onEditWidget} />
  ) : link ? (
    <a
      className={`${styles.button} ${styles.small}`}
      href={link}
      target="_blank"
      rel="noopener noreferrer"
      title="Open this graph in the CloudWatch console"
      data-testid="open-in-console"
    >
      CloudWatch ↗
    </a>
  ) : undefined;
  if (isMetricWidget(widget)) {
    const panel = data?.panels.find((p) => p.key === widget.id);
    const viewLogs =
      !props.editing && (widget.type === "line" || widget.type === "area") && data ? (
        <ViewLogsLink
          widget={widget}
          range={data.range}
          defaultAccountId={props.logs?.defaultAccountId}
          dashboardLogGroups={props.logs?.logGroupLinks}
        />
      ) : undefined;
    const fresh = props.freshness?.[widget.id];
    const view: MetricWidgetViewProps = {
      widget,
      result: panel,
      requestError: panel ? undefined : props.loading ? undefined : props.requestError,
      staleSince: fresh?.staleSince ?? props.staleSince,
      staleReason: fresh?.reason ?? props.requestError,
      ...(fresh && fresh.level !== "fresh" ? { staleLevel: fresh.level } : {}),
      range: data?.range ?? NO_RANGE_YET,
      timezone: props.timezone,
      periodSeconds: panel?.period.period,
      reads: panel?.reads,
      onZoom: props.onZoom,
      actions: actions ?? viewLogs,
    };
    // Alarm annotations (threshold and state shading) need the alarm's data: a wrapper fetches it, naming the
    // saved dashboard (wall screens may read only the alarms its widgets annotate).
    return widget.annotations?.alarms?.length ? (
      <AlarmAnnotatedMetricWidget {...view} dashboardId={props.logs?.dashboardId} />
    ) : (
      <MetricWidgetView {...view} />
    );
  }
  if (widget.type === "text") return <TextWidgetView widget={widget} actions={actions} />;
  if (widget.type === "alarm-status")
    return <AlarmStatusWidgetView widget={widget} actions={actions} dashboardId={props.logs?.dashboardId} />;
  if (widget.type === "aws-health")
    return <HealthWidgetView widget={widget} actions={actions} dashboardId={props.logs?.dashboardId} />;
  if (widget.type === "logs" && props.logs) {
    return (
      <LogWidgetView
        widget={widget}
        range={props.logs.range}
        timezone={props.timezone}
        variables={props.logs.variables}
        variableValues={props.logs.variableValues}
        defaultAccountId={props.logs.defaultAccountId}
        {...(props.logs.dashboardId ? { dashboardId: props.logs.dashboardId } : {})}
        refreshMs={props.logs.refreshMs}
        onZoom={props.onZoom}
        actions={actions}
      />
    );
  }
  if (widget.type === "logs") {
    return (
      <WidgetFrame id={widget.id} title={widget.title} actions={actions}>
        <p className={styles.muted}>
          Logs Insights widgets are kept with the dashboard and exported unchanged; Watchwall does not draw
          them yet.
        </p>
      </WidgetFrame>
    );
  }
  return <UnsupportedWidgetView widget={widget} actions={actions} />;
}

/** [I] Fewest grid rows a widget gets in the phone's single column (a 2-row graph would be unreadable). */
const PHONE_MIN_ROWS = 4;

/** [I] Narrowest grid that is edited by dragging (the phone layout's breakpoint is 720 px of viewport). */
const DRAG_GRID_MIN_WIDTH_PX = 600;

/** The grid-layout library finds the drag handle by this class. */
const DRAG_HANDLE_CLASS = "ww-drag-handle";

const ARROW_STEPS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Widgets in reading order (rows, then columns): the order of the single column on a phone. */
function readingOrder(widgets: readonly Widget[]): Widget[] {
  return [...widgets].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
}

/** Editing: drag by the handle to move, drag the corner to resize, on the same 24 columns and row height. */
function EditableGrid(props: DashboardGridProps & { width: number }) {
  const layout: Layout = props.widgets.map((w) => ({ i: w.id, ...w.position }));
  const commit = (next: Layout) => props.onDraftChange((doc) => applyLayout(doc, next));
  return (
    <ReactGridLayout
      className={`${styles.editing} ${styles.rgl}`}
      width={props.width}
      layout={layout}
      gridConfig={{
        cols: GRID_COLUMNS,
        rowHeight: GRID_ROW_HEIGHT_PX,
        margin: [GRID_GAP_PX, GRID_GAP_PX],
        containerPadding: [0, 0],
      }}
      dragConfig={{ enabled: true, handle: `.${DRAG_HANDLE_CLASS}` }}
      resizeConfig={{ enabled: true, handles: ["se"] }}
      compactor={noCompactor}
      onDragStop={(next) => commit(next)}
      onResizeStop={(next) => commit(next)}
    >
      {props.widgets.map((widget) => (
        <div key={widget.id} className={styles.cell} data-testid={`grid-item-${widget.id}`}>
          <WidgetSlot {...props} widget={widget} />
        </div>
      ))}
    </ReactGridLayout>
  );
}

/** The 24-column grid; positions come from the document (x, y, w, h in grid cells). */
export function DashboardGrid(props: DashboardGridProps) {
  // On a phone the single column keeps the arrange buttons; dragging needs the full 24-column grid.
  if (props.editing && props.width && props.width >= DRAG_GRID_MIN_WIDTH_PX) {
    return <EditableGrid {...props} width={props.width} />;
  }
  return (
    <div
      className={`${styles.grid} ${props.editing ? styles.editing : ""}`}
      style={{ gridAutoRows: `${props.rowHeightPx ?? GRID_ROW_HEIGHT_PX}px` }}
    >
      {readingOrder(props.widgets).map((widget) => {
        const style = {
          gridColumn: `${widget.position.x + 1} / span ${widget.position.w}`,
          gridRow: `${widget.position.y + 1} / span ${widget.position.h}`,
          // On a phone every widget takes the full width, in reading order, keeping its height.
          "--phone-rows": Math.max(widget.position.h, PHONE_MIN_ROWS),
        } as CSSProperties;
        if (props.seen && !props.seen.has(widget.id)) {
          // Same grid cell, so the page has its full height and the scrollbar its final length.
          return (
            <div
              key={widget.id}
              ref={props.observe}
              className={`${styles.cell} ${styles.placeholder}`}
              data-widget-id={widget.id}
              data-testid={TEST_IDS.widgetPlaceholder}
              style={style}
              aria-hidden
            />
          );
        }
        return (
          <div
            key={widget.id}
            className={styles.cell}
            data-fetched-at={props.freshness?.[widget.id]?.fetchedAt}
            style={style}
          >
            <WidgetSlot {...props} widget={widget} />
          </div>
        );
      })}
    </div>
  );
}
