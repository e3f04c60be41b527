import {
  MAX_QUERIES_PER_REQUEST,
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryBody,
  type MetricsQueryBody,
  type MetricsQueryResponse,
  type PanelScope,
} from "@/lib/contracts/metrics-query";
import { isMetricWidget, type MetricWidget } from "@/lib/dashboards/model";
import { HttpError, registerErrorMapper } from "@/lib/http/error-mapping";
import { resolveRange, type PeriodChoice, type TimeRange } from "@/lib/time";
import { scopeOf } from "./plan";
import { queryPanels, registeredAccounts } from "./query-panels";
import type { PanelRequest, PanelResult, QueryProblem } from "./types";
import { widgetPanel } from "./widget-panel";

// POST /api/metrics/query: the widgets of a view (a saved dashboard, the editor's preview or the explorer),
// the range and each widget's width. Bounded so one request cannot ask AWS for unbounded work.

export {
  MAX_QUERIES_PER_REQUEST,
  MAX_WIDGETS_PER_REQUEST,
  metricsQueryBody,
  type MetricsQueryBody,
  type PanelScope,
};
/** [I] About what 10 GetMetricData pages of 100,800 points hold; far beyond any sane dashboard. */
export const MAX_DATAPOINTS_PER_REQUEST = 1_000_000;
/** Nothing older than 15 months exists in CloudWatch. */
export const MAX_LOOKBACK_MS = 455 * 86_400_000 + 86_400_000;

/** One widget's data, shaped once on the server: its period and series that carry their own units. */
export interface PanelResponse extends PanelResult {
  period: PeriodChoice;
  /** Every account and Region the widget's queries read. */
  reads: PanelScope[];
}

export type { MetricsQueryResponse };

export class ViewRangeError extends Error {
  override name = "ViewRangeError";
}

export function checkRange(range: TimeRange, now: number) {
  const resolved = resolveRange(range, now);
  if (resolved.start < now - MAX_LOOKBACK_MS)
    throw new ViewRangeError("the range starts more than 15 months ago: CloudWatch keeps no older data");
  if (resolved.start > now) throw new ViewRangeError("the range starts in the future");
  return resolved;
}

/** The panels of a request, before the default account is known; throws when the request is too costly. */
export function planRequest(body: MetricsQueryBody, now: number) {
  const range = checkRange(body.range, now);
  const planned = body.widgets.filter(isMetricWidget).map((widget: MetricWidget) =>
    widgetPanel(widget, {
      defaultAccountId: widget.accountId ?? body.defaultAccountId ?? "",
      range,
      now,
      widthPx: body.widths[widget.id] ?? 600,
      variables: body.variables,
      variableValues: body.variableValues,
    }),
  );
  const points = planned.reduce((n, p) => n + p.panel.queries.length * p.period.points, 0);
  if (points > MAX_DATAPOINTS_PER_REQUEST) {
    throw new ViewRangeError(
      `this view would fetch about ${points.toLocaleString("en-US")} datapoints (limit ${MAX_DATAPOINTS_PER_REQUEST.toLocaleString("en-US")}): narrow the range or split the request`,
    );
  }
  return { range, planned };
}

function readsOf(panel: PanelRequest, names: ReadonlyMap<string, string>): PanelScope[] {
  const seen = new Map<string, PanelScope>();
  for (const query of panel.queries) {
    const scope = scopeOf(query, panel);
    const name = names.get(scope.accountId);
    seen.set(`${scope.accountId}|${scope.region}`, { ...scope, ...(name ? { accountName: name } : {}) });
  }
  return [...seen.values()];
}

/**
 * Why a panel cannot be read at all, said on the widget instead of reading some other account: no account
 * was chosen, or the dashboard's account is no longer registered.
 */
function unreadable(panel: PanelRequest, registered: ReadonlySet<string>): QueryProblem | undefined {
  const needsDefault = panel.queries.some((q) => !q.accountId);
  if (!needsDefault) return undefined;
  if (!panel.accountId) {
    return {
      region: panel.region,
      failure: {
        kind: "invalid-request",
        code: "NoAccount",
        message:
          "This dashboard has no default account and this widget names none: choose the dashboard's account in its settings",
        retryable: false,
      },
    };
  }
  if (registered.has(panel.accountId)) return undefined;
  return {
    accountId: panel.accountId,
    region: panel.region,
    failure: {
      kind: "not-found",
      code: "AccountRemoved",
      message: `Account ${panel.accountId}, which this dashboard reads, is not registered in Watchwall any more (removed?): register it again in Settings → Accounts, or choose another account in the dashboard's settings`,
      retryable: false,
    },
  };
}

export async function runMetricsQuery(
  body: MetricsQueryBody,
  now = Date.now(),
): Promise<MetricsQueryResponse> {
  const { range, planned } = planRequest(body, now);
  const accounts = await registeredAccounts();
  const names = new Map(accounts.map((a) => [a.accountId, a.name]));
  const registered = new Set(names.keys());
  const problems = planned.map((p) => unreadable(p.panel, registered));
  const readable = planned.filter((_, i) => !problems[i]).map((p) => p.panel);
  const results = new Map(
    (await queryPanels(readable, range, new Map(Object.entries(body.widths)))).map((r) => [r.key, r]),
  );
  return {
    range,
    now,
    panels: planned.map((p, i): PanelResponse => {
      const problem = problems[i];
      const result = results.get(p.panel.key) ?? {
        key: p.panel.key,
        series: [],
        errors: problem ? [problem] : [],
        warnings: [],
      };
      return { ...result, period: p.period, reads: readsOf(p.panel, names) };
    }),
  };
}

registerErrorMapper("metrics-query", (error) =>
  error instanceof ViewRangeError ? new HttpError(400, "invalid_range", error.message) : undefined,
);
