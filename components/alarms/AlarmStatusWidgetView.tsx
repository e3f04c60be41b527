"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { alarmNameOfArn, alarmWidgetTiles } from "@/lib/alarms/widget-alarms";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { alarmsListOptions } from "@/lib/client/alarms";
import type { AlarmStatusWidget } from "@/lib/dashboards/model";
import { WidgetFrame } from "@/components/widgets/WidgetFrame";
import { ALARM_STATE_LABELS } from "./AlarmStateBadge";
import { alarmHref } from "./AlarmTree";
import styles from "./alarms.module.css";

/** CloudWatch's alarm status widget: a grid of tiles coloured by state, from the pollers' snapshots. */
export function AlarmStatusWidgetView({
  widget,
  actions,
  dashboardId,
}: {
  widget: AlarmStatusWidget;
  actions?: ReactNode;
  /** The saved dashboard shown: wall screens and anonymous viewers are answered only its widgets' alarms. */
  dashboardId?: string | undefined;
}) {
  // One shared query per dashboard: all its alarm widgets reuse it (and, unsaved, every alarm as before).
  const { data, error } = useQuery(alarmsListOptions(dashboardId ? { dashboardId } : {}));
  const tiles = data ? alarmWidgetTiles(widget, data.alarms) : [];
  const problems = data?.sources.filter((s) => s.error || s.stale) ?? [];
  return (
    <WidgetFrame
      id={widget.id}
      title={widget.title ?? (widget.selector ? "Alarms (selection)" : "Alarm status")}
      actions={actions}
    >
      <div
        className={styles.tiles}
        data-testid={TEST_IDS.widgetState}
        data-state={data ? "ready" : "loading"}
      >
        {error && <p className="status-error">{error.message}</p>}
        {problems.length > 0 && (
          <p className="status-error" data-testid="alarm-widget-unreadable" style={{ gridColumn: "1 / -1" }}>
            {problems.length} account/Region pairs cannot be read: tiles may be missing or out of date.
          </p>
        )}
        {data && tiles.length === 0 && <p className="muted">No alarms match.</p>}
        {tiles.map((tile) =>
          tile.alarm ? (
            <Link
              key={tile.ref}
              href={alarmHref(tile.alarm)}
              className={`${styles.tile} ${styles[tile.alarm.state]}`}
              data-testid="alarm-tile"
              data-state={tile.alarm.state}
              data-name={tile.alarm.name}
              title={tile.alarm.stateReason}
            >
              <div className={styles.tileName}>{tile.alarm.name}</div>
              <div>{ALARM_STATE_LABELS[tile.alarm.state]}</div>
            </Link>
          ) : (
            <div
              key={tile.ref}
              className={`${styles.tile} ${styles.INSUFFICIENT_DATA}`}
              data-testid="alarm-tile"
              data-state="UNKNOWN"
              data-name={alarmNameOfArn(tile.ref)}
              title={tile.ref}
            >
              <div className={styles.tileName}>{alarmNameOfArn(tile.ref)}</div>
              <div>Not found in any readable account/Region</div>
            </div>
          ),
        )}
      </div>
    </WidgetFrame>
  );
}
