import { evaluateExpressions, type EvaluationHooks, type TimeSeries } from "@/lib/metric-math";
import type { PanelPlan } from "./plan";
import type { SeriesData } from "./types";

// Math across accounts or Regions, which CloudWatch cannot do: the inputs were fetched per account/Region,
// the expressions run here with the same engine the simulator uses.

export async function evaluateServerMath(
  plan: PanelPlan,
  inputs: Map<string, SeriesData>,
  hooks: EvaluationHooks,
): Promise<{ series: SeriesData[]; warnings: string[] }> {
  const math = plan.serverMath;
  if (!math) return { series: [], warnings: [] };
  const stats = math.inputs.map((query) => {
    const data = inputs.get(query.id);
    const series: TimeSeries = {
      label: plan.labels.get(query.id) ?? query.id,
      timestamps: data?.timestamps ?? [],
      values: data?.values ?? [],
      period: query.period ?? plan.panel.period,
      metric: { namespace: query.namespace, metricName: query.metricName, dimensions: query.dimensions },
      stat: query.stat,
      accountId: data?.accountId,
      region: data?.region,
    };
    return { id: query.id, series, returnData: query.visible };
  });
  const results = await evaluateExpressions({
    stats,
    expressions: math.expressions.map((e) => ({
      id: e.id,
      expression: e.expression,
      label: plan.labels.get(e.id),
      period: e.period,
      returnData: e.visible,
    })),
    grid: { start: math.window.start, end: math.window.end, defaultPeriod: math.period },
    hooks,
  });
  const series: SeriesData[] = [];
  const warnings: string[] = [];
  for (const expression of math.expressions) {
    const result = results.get(expression.id);
    if (!result || !expression.visible) continue;
    for (const s of result.series) {
      series.push({
        queryId: expression.id,
        label: s.label,
        accountId: math.scope.accountId,
        region: math.scope.region,
        period: s.period,
        timestamps: s.timestamps,
        values: s.values,
        ...(math.incompleteFrom !== undefined ? { incompleteFrom: math.incompleteFrom } : {}),
      });
    }
    for (const message of result.messages)
      warnings.push(`${expression.id}: ${message.code}: ${message.value}`);
  }
  return { series, warnings };
}
