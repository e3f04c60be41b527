"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { healthGroup } from "@/lib/aws-health/groups";
import { TEST_IDS } from "@/lib/testing/test-ids";
import { healthEventsOptions } from "@/lib/client/aws-health";
import type { HealthWidget } from "@/lib/dashboards/model";
import { WidgetFrame } from "@/components/widgets/WidgetFrame";
import styles from "./health.module.css";

/** Watchwall's AWS Health widget: open events of the chosen accounts, services and Regions. */
export function HealthWidgetView({
  widget,
  actions,
  dashboardId,
}: {
  widget: HealthWidget;
  actions?: ReactNode;
  /** The saved dashboard shown: wall screens and anonymous viewers are answered only its widgets' events. */
  dashboardId?: string | undefined;
}) {
  const { data, error } = useQuery(
    healthEventsOptions({
      account: widget.accounts?.join(","),
      service: widget.services?.join(","),
      region: widget.regions?.join(","),
      ...(dashboardId ? { dashboardId } : {}),
    }),
  );
  const open = data?.events.filter((e) => healthGroup(e) !== "closed") ?? [];
  const unreadable = data?.sources.filter((s) => s.error) ?? [];
  return (
    <WidgetFrame id={widget.id} title={widget.title ?? "AWS Health"} actions={actions}>
      <ul
        className={styles.widgetList}
        data-testid={TEST_IDS.widgetState}
        data-state={data ? "ready" : "loading"}
      >
        {error && <li className="status-error">{error.message}</li>}
        {data && open.length === 0 && <li className="muted">No open events.</li>}
        {open.map((e) => (
          <li key={e.arn} data-testid="health-widget-event" data-service={e.service} data-region={e.region}>
            <Link href={`/health?${new URLSearchParams({ service: e.service, region: e.region })}`}>
              {e.service} · {e.eventTypeCode.replace(/^AWS_/, "").replaceAll("_", " ").toLowerCase()} ·{" "}
              {e.region}
            </Link>{" "}
            <span className="muted">({e.statusCode})</span>
          </li>
        ))}
        {unreadable.map((s) => (
          <li key={`${s.accountId}/${s.organization}`} className="muted">
            {s.accountName}:{" "}
            {s.error?.kind === "subscription-required"
              ? "needs a Business or Enterprise support plan"
              : "cannot be read"}
          </li>
        ))}
      </ul>
    </WidgetFrame>
  );
}
