"use client";

import type { ReactNode } from "react";
import { KioskGridArea } from "@/components/kiosk/KioskGridArea";
import { ConnectionBanner, KioskShell } from "@/components/kiosk/KioskShell";
import { TimeRangePicker } from "@/components/time/TimeRangePicker";
import { bottomOf } from "@/lib/client/grid";
import type { ConnectionState } from "@/lib/client/dashboard-events";
import { DEFAULT_KIOSK_SETTINGS, type DashboardDocument } from "@/lib/dashboards/model";
import type { KioskParams } from "@/lib/kiosk/kiosk-params";
import type { RefreshInterval, TimeRange, TimeZoneSetting, ViewState } from "@/lib/time";
import { markLive } from "./live-mark";
import { VariablesBar } from "./VariablesBar";

// A dashboard on a wall screen: no navigation or editing, only the controls its kiosk settings keep, the grid
// fitted to the screen, and the connection state. Inside a playlist's shell it is one slide of that shell.

export interface KioskDashboardProps {
  document: DashboardDocument;
  range: TimeRange;
  timezone: TimeZoneSetting;
  refresh: RefreshInterval;
  state: ViewState;
  /** A new view (history entry): range, zone, refresh. */
  onPush: (next: ViewState) => void;
  /** The same view with other variable values. */
  onReplace: (next: ViewState) => void;
  widthRef: (element: HTMLDivElement | null) => void;
  /** The dashboard's grid at a row height (fit to screen). */
  grid: (rowHeightPx?: number) => ReactNode;
  /** When the shown data was fetched (epoch ms; 0 before the first answer). */
  updatedAt: number;
  insideShell: boolean;
  connection: ConnectionState;
  now: number;
  kioskParams: KioskParams;
}

export function KioskDashboard(props: KioskDashboardProps) {
  const { document, range, timezone, refresh, state, connection, now } = props;
  const settings = { ...DEFAULT_KIOSK_SETTINGS, ...document.kiosk };
  const controls =
    settings.controls.length > 0 ? (
      <>
        {settings.controls.includes("time-range") && (
          <TimeRangePicker
            value={range}
            timezone={timezone}
            refresh={refresh}
            onChange={(next) =>
              props.onPush({ ...state, range: next.range, tz: next.timezone, refresh: next.refresh })
            }
          />
        )}
        {settings.controls.includes("variables") && (
          <VariablesBar
            variables={document.variables}
            values={state.vars}
            onChange={(variable, value) =>
              props.onReplace({ ...state, vars: { ...state.vars, [variable]: value } })
            }
          />
        )}
      </>
    ) : undefined;
  const area = (
    <KioskGridArea rows={bottomOf(document.widgets)} fit={settings.fit} widthRef={props.widthRef}>
      {(rowHeightPx) => props.grid(rowHeightPx)}
    </KioskGridArea>
  );
  if (props.insideShell) {
    return (
      <div
        style={{ display: "flex", flexDirection: "column", gap: 8, height: "100%" }}
        data-updated-at={props.updatedAt}
      >
        <span ref={markLive} hidden />
        {controls}
        <div style={{ flex: 1, minHeight: 0 }}>{area}</div>
        <ConnectionBanner connection={connection} now={now} />
      </div>
    );
  }
  return (
    <KioskShell
      params={props.kioskParams}
      fit={settings.fit}
      timezone={timezone}
      {...(props.updatedAt ? { updatedAt: props.updatedAt } : {})}
      connection={connection}
      controls={controls}
    >
      <div style={{ height: "100%" }} data-updated-at={props.updatedAt}>
        <span ref={markLive} hidden />
        {area}
      </div>
    </KioskShell>
  );
}
