import { validateExpression } from "@/lib/metric-math";
import { widgetSchema, type MetricWidget, type Query, type Widget } from "@/lib/dashboards/model";

// The widget editor's rules, kept pure: ids, adding metrics and expressions, and validation that runs in the
// browser (the shared Metric Math engine) before anything is sent to AWS.

export interface MetricChoice {
  accountId: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Array<{ name: string; value: string }>;
}

export function nextQueryId(queries: readonly Query[], prefix: "m" | "e"): string {
  const taken = new Set(queries.map((q) => q.id));
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/**
 * Adds a metric. The Region is written when it differs from the widget's; the account whenever the widget names
 * none, so the query never silently follows a different default account.
 */
export function addMetric(
  widget: MetricWidget,
  choice: MetricChoice,
  defaultAccountId: string | undefined,
): MetricWidget {
  const widgetAccount = widget.accountId ?? defaultAccountId;
  const query: Query = {
    kind: "metric",
    id: nextQueryId(widget.metrics, "m"),
    namespace: choice.namespace,
    metricName: choice.metricName,
    dimensions: choice.dimensions,
    stat: widget.stat ?? "Average",
    visible: true,
    ...(choice.region !== widget.region ? { region: choice.region } : {}),
    ...(choice.accountId !== widgetAccount ? { accountId: choice.accountId } : {}),
  };
  return { ...widget, metrics: [...widget.metrics, query] };
}

export function addExpression(widget: MetricWidget, expression = ""): MetricWidget {
  const query: Query = {
    kind: "expression",
    id: nextQueryId(widget.metrics, "e"),
    expression,
    visible: true,
  };
  return { ...widget, metrics: [...widget.metrics, query] };
}

export function updateQuery(widget: MetricWidget, id: string, patch: Partial<Query>): MetricWidget {
  return { ...widget, metrics: widget.metrics.map((q) => (q.id === id ? ({ ...q, ...patch } as Query) : q)) };
}

export function removeQuery(widget: MetricWidget, id: string): MetricWidget {
  return { ...widget, metrics: widget.metrics.filter((q) => q.id !== id) };
}

export interface QueryProblemText {
  queryId?: string;
  message: string;
  /** Character range in the expression, for highlighting. */
  start?: number;
  end?: number;
}

/** Problems that would make the widget fail: schema issues, duplicate ids, expressions that do not parse. */
export function widgetProblems(widget: Widget): QueryProblemText[] {
  const problems: QueryProblemText[] = [];
  const parsed = widgetSchema.safeParse(widget);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ message: `${issue.path.join(".")}: ${issue.message}` });
  }
  if (!("metrics" in widget)) return problems;
  const ids = widget.metrics.map((q) => q.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ queryId: id, message: `Id ${id} is used twice` });
    seen.add(id);
  }
  for (const query of widget.metrics) {
    if (query.kind !== "expression") continue;
    const result = validateExpression(
      query.expression,
      ids.filter((id) => id !== query.id),
    );
    if (!result.ok) {
      problems.push({
        queryId: query.id,
        message: result.error.message,
        start: result.error.start,
        end: result.error.end,
      });
    } else if (result.resultType === "S") {
      problems.push({
        queryId: query.id,
        message: "The expression gives a single number; wrap it in TIME_SERIES(...) to graph it",
      });
    } else if (result.references.includes(query.id)) {
      problems.push({ queryId: query.id, message: "The expression refers to itself" });
    }
  }
  return problems;
}
