"use client";

import { useQuery } from "@tanstack/react-query";
import { alarmsSummaryOptions } from "@/lib/client/alarms";
import styles from "./alarms.module.css";

/** How many alarms are in ALARM across every account and Region; "?" when some cannot be read. */
export function AlarmNavBadge() {
  const { data } = useQuery(alarmsSummaryOptions());
  if (!data || data.empty) return null;
  const inAlarm = data.counts.ALARM;
  if (inAlarm === 0 && data.unreadable === 0) return null;
  const title = `${inAlarm} in ALARM${data.unreadable ? `; ${data.unreadable} account/Region pairs cannot be read` : ""}`;
  return (
    <span
      className={`${styles.badge} ${inAlarm === 0 ? styles.badgeUnknown : ""}`}
      data-testid="nav-alarm-badge"
      data-count={inAlarm}
      title={title}
      // Hidden from the accessible name so the link stays "Alarms"; the page itself states the counts.
      aria-hidden="true"
    >
      {inAlarm}
      {data.unreadable ? "?" : ""}
    </span>
  );
}
