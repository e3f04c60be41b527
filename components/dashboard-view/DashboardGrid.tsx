"use client";

import { MetricWidgetView } from "@/components/widgets/MetricWidgetView";
import { TextWidgetView } from "@/components/widgets/TextWidgetView";
import { UnsupportedWidgetView } from "@/components/widgets/UnsupportedWidgetView";
import { WidgetFrame } from "@/components/widgets/WidgetFrame";
import { duplicateWidget, moveWidget, removeWidget, resizeWidget } from "@/lib/client/dashboard-draft";
import { GRID_ROW_HEIGHT_PX } from "@/lib/client/grid";
import { isMetricWidget, type DashboardDocument, type Widget } from "@/lib/dashboards/model";
import type { MetricsQueryResponse } from "@/lib/metrics/query-request";
import type { TimeZoneSetting } from "@/lib/time";
import type { WidgetFreshness } from "@/components/kiosk/use-kept-panels";
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
  onZoom: (start: number, end: number) => void;
  onDraftChange: (edit: (doc: DashboardDocument) => DashboardDocument) => void;
  onEditWidget: (widget: Widget) => void;
  /** Per widget: when its data was fetched and whether a failed refresh left it stale (kiosk, live views). */
  freshness?: Readonly<Record<string, WidgetFreshness>>;
  /** Row height in pixels (kiosk "fit to screen"); default GRID_ROW_HEIGHT_PX. */
  rowHeightPx?: number;
}

function EditActions({
  widget,
  onDraftChange,
  onEditWidget,
}: Pick<DashboardGridProps, "onDraftChange" | "onEditWidget"> & { widget: Widget }) {
  const button = `${styles.button} ${styles.small}`;
  const move = (dx: number, dy: number) => onDraftChange((d) => moveWidget(d, widget.id, dx, dy));
  const size = (dw: number, dh: number) => onDraftChange((d) => resizeWidget(d, widget.id, dw, dh));
  return (
    <div className={styles.cellActions}>
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
  const actions = props.editing ? (
    <EditActions widget={widget} onDraftChange={props.onDraftChange} onEditWidget={props.onEditWidget} />
  ) : undefined;
  if (isMetricWidget(widget)) {
    const panel = data?.panels.find((p) => p.key === widget.id);
    const fresh = props.freshness?.[widget.id];
    const units = Object.fromEntries(
      (panel?.series ?? []).flatMap((s) => (s.unit ? [[s.queryId, s.unit]] : [])),
    );
    return (
      <MetricWidgetView
        widget={widget}
        result={panel}
        requestError={panel ? undefined : props.loading ? undefined : props.requestError}
        staleSince={fresh?.staleSince ?? props.staleSince}
        staleReason={fresh?.reason ?? props.requestError}
        {...(fresh && fresh.level !== "fresh" ? { staleLevel: fresh.level } : {})}
        range={data?.range ?? NO_RANGE_YET}
        timezone={props.timezone}
        periodSeconds={panel?.period.period}
        units={units}
        onZoom={props.onZoom}
        actions={actions}
      />
    );
  }
  if (widget.type === "text") return <TextWidgetView widget={widget} actions={actions} />;
  if (widget.type === "alarm-status" || widget.type === "logs") {
    return (
      <WidgetFrame id={widget.id} title={widget.title} actions={actions}>
        <p className={styles.muted}>
          {widget.type === "logs" ? "Logs Insights widgets" : "Alarm status widgets"} are kept with the
          dashboard and exported unchanged; Watchwall does not draw them yet.
        </p>
      </WidgetFrame>
    );
  }
  return <UnsupportedWidgetView widget={widget} actions={actions} />;
}

/** The 24-column grid; positions come from the document (x, y, w, h in grid cells). */
export function DashboardGrid(props: DashboardGridProps) {
  return (
    <div
      className={`${styles.grid} ${props.editing ? styles.editing : ""}`}
      style={{ gridAutoRows: `${props.rowHeightPx ?? GRID_ROW_HEIGHT_PX}px` }}
    >
      {props.widgets.map((widget) => (
        <div
          key={widget.id}
          className={styles.cell}
          data-fetched-at={props.freshness?.[widget.id]?.fetchedAt}
          style={{
            gridColumn: `${widget.position.x + 1} / span ${widget.position.w}`,
            gridRow: `${widget.position.y + 1} / span ${widget.position.h}`,
          }}
        >
          <WidgetSlot {...props} widget={widget} />
        </div>
      ))}
    </div>
  );
}
