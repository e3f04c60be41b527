import type { AccountView } from "@/lib/client/accounts";
import { cloudWatchConsoleMetricLink } from "@/lib/dashboards/cloudwatch/console-link";
import { isMetricWidget, type Widget } from "@/lib/dashboards/model";
import type { TimeRange } from "@/lib/time";

/**
 * The console link of a metric widget, only when every account it reads is a real AWS account (the simulator's
 * demo accounts have no console). Queries naming their own account count too; a widget naming none reads the
 * dashboard's default account.
 */
export function consoleLinkFor(
  widget: Widget,
  accounts: readonly AccountView[],
  range: TimeRange,
  defaultAccountId?: string,
): string | undefined {
  if (!isMetricWidget(widget)) return undefined;
  const ids = new Set(
    [widget.accountId ?? defaultAccountId, ...widget.metrics.map((q) => q.accountId)].filter(
      (id): id is string => Boolean(id),
    ),
  );
  const read = ids.size > 0 ? accounts.filter((a) => ids.has(a.accountId)) : accounts;
  const real = read.length > 0 && read.every((a) => a.source !== "simulator");
  return real ? cloudWatchConsoleMetricLink(widget, range) : undefined;
}
