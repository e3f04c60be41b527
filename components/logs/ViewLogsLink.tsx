import Link from "next/link";
import type { MetricWidget } from "@/lib/dashboards/model";
import { logGroupsForMetrics } from "@/lib/logs/metric-log-groups";
import { logsLink } from "@/lib/logs/url-state";

export interface ViewLogsLinkProps {
  widget: MetricWidget;
  /** The widget's current (or zoomed) range, resolved to absolute instants. */
  range: { start: number; end: number };
  defaultAccountId?: string;
  /** The dashboard's own log groups, used when the widget names none. */
  dashboardLogGroups?: readonly string[];
}

/** The log groups "View logs" opens: the widget's own, else the dashboard's, else derived from its metrics. */
export function viewLogsGroups(widget: MetricWidget, dashboardLogGroups?: readonly string[]): string[] {
  if (widget.logGroupLinks?.length) return widget.logGroupLinks;
  if (dashboardLogGroups?.length) return [...dashboardLogGroups];
  return logGroupsForMetrics(
    widget.metrics.flatMap((q) =>
      q.kind === "metric"
        ? [
            {
              namespace: q.namespace,
              dimensions: Object.fromEntries(q.dimensions.map((d) => [d.name, d.value])),
            },
          ]
        : [],
    ),
  );
}

/** "View logs" on a time-series widget: the Logs page on the widget's log groups over the exact range shown. */
export function ViewLogsLink({ widget, range, defaultAccountId, dashboardLogGroups }: ViewLogsLinkProps) {
  const accountId = widget.accountId ?? defaultAccountId;
  if (!accountId || range.end <= range.start) return null;
  const href = logsLink({
    accountId,
    region: widget.region,
    groups: viewLogsGroups(widget, dashboardLogGroups),
    range: { type: "absolute", start: range.start, end: range.end },
  });
  return (
    <Link href={href} data-testid="view-logs" style={{ fontSize: 12 }}>
      View logs
    </Link>
  );
}
