import type { z } from "zod";
import { validateExpression } from "@/lib/metric-math";
import { MAX_METRICS_PER_DASHBOARD } from "./constants";
import { documentSchema, type DashboardDocument } from "./document-schema";
import { parseLogWidgetQuery } from "./log-query";
import { isMetricWidget, type Widget } from "./widget-schema";

export interface DocumentIssue {
  /** Like `widgets[3].metrics[2].stat`; "" for the document itself. */
  path: string;
  message: string;
}

export type DocumentValidation =
  { ok: true; document: DashboardDocument } | { ok: false; errors: DocumentIssue[] };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text;
}

function zodIssues(error: z.ZodError): DocumentIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}

function duplicates(values: readonly string[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.add(index);
    seen.add(value);
  });
  return repeated;
}

/** A pattern variable may rewrite an expression before it runs: such expressions are checked when run. */
function rewrittenByVariables(expression: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(expression));
}

function expressionIssues(widget: Widget, at: string, patterns: readonly RegExp[]): DocumentIssue[] {
  if (!isMetricWidget(widget)) return [];
  const ids = widget.metrics.map((m) => m.id);
  const issues: DocumentIssue[] = [];
  widget.metrics.forEach((query, q) => {
    if (query.kind !== "expression" || rewrittenByVariables(query.expression, patterns)) return;
    const result = validateExpression(query.expression, ids);
    if (!result.ok) {
      issues.push({
        path: `${at}.metrics[${q}].expression`,
        message: `${query.id}: ${result.error.message}`,
      });
    }
  });
  return issues;
}

function widgetIssues(widget: Widget, index: number, patterns: readonly RegExp[]): DocumentIssue[] {
  const at = `widgets[${index}]`;
  const issues: DocumentIssue[] = expressionIssues(widget, at, patterns);
  if (isMetricWidget(widget)) {
    for (const q of duplicates(widget.metrics.map((m) => m.id))) {
      issues.push({
        path: `${at}.metrics[${q}].id`,
        message: `Duplicate id "${widget.metrics[q]?.id}" in this widget`,
      });
    }
    const left = widget.yAxis?.left;
    if (widget.type === "gauge" && (left?.min === undefined || left.max === undefined)) {
      issues.push({
        path: `${at}.yAxis.left`,
        message: "A gauge needs yAxis.left.min and yAxis.left.max (its range)",
      });
    } else if (left?.min !== undefined && left.max !== undefined && left.min >= left.max) {
      issues.push({ path: `${at}.yAxis.left.max`, message: "max must be greater than min" });
    }
    const right = widget.yAxis?.right;
    if (right?.min !== undefined && right.max !== undefined && right.min >= right.max) {
      issues.push({ path: `${at}.yAxis.right.max`, message: "max must be greater than min" });
    }
  }
  if (widget.type === "logs") {
    const parsed = parseLogWidgetQuery(widget.query).logGroups;
    if (parsed.length !== widget.logGroups.length || parsed.some((g, i) => g !== widget.logGroups[i])) {
      issues.push({ path: `${at}.logGroups`, message: "logGroups must match the SOURCE clauses of query" });
    }
  }
  return issues;
}

/** Rules that need more than one field: unique ids, gauge ranges, totals. */
function crossFieldIssues(document: DashboardDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const w of duplicates(document.widgets.map((widget) => widget.id))) {
    issues.push({ path: `widgets[${w}].id`, message: `Duplicate widget id "${document.widgets[w]?.id}"` });
  }
  const patterns = document.variables.flatMap((variable) => {
    if (variable.type !== "pattern" || !variable.pattern) return [];
    try {
      return [new RegExp(variable.pattern)];
    } catch {
      return [];
    }
  });
  document.widgets.forEach((widget, index) => issues.push(...widgetIssues(widget, index, patterns)));
  const total = document.widgets.reduce((sum, w) => sum + (isMetricWidget(w) ? w.metrics.length : 0), 0);
  if (total > MAX_METRICS_PER_DASHBOARD) {
    issues.push({
      path: "widgets",
      message: `${total} metrics; a dashboard holds at most ${MAX_METRICS_PER_DASHBOARD}`,
    });
  }
  for (const v of duplicates(document.variables.map((variable) => variable.id))) {
    issues.push({
      path: `variables[${v}].id`,
      message: `Duplicate variable id "${document.variables[v]?.id}"`,
    });
  }
  const properties = document.variables.map((variable) => variable.property ?? "");
  for (const v of duplicates(properties)) {
    if (properties[v] !== "") {
      issues.push({
        path: `variables[${v}].property`,
        message: `Another variable already sets "${properties[v]}"`,
      });
    }
  }
  return issues;
}

/** Checks an untrusted value (from the database, an API body or an import) against the current schema. */
export function validateDocument(input: unknown): DocumentValidation {
  const parsed = documentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error) };
  const issues = crossFieldIssues(parsed.data);
  return issues.length ? { ok: false, errors: issues } : { ok: true, document: parsed.data };
}
