import type { CatalogMetric } from "@/lib/aws/list-metrics";
import { matchesSearch, MetricMathSyntaxError, parseSearch, type SearchQuery } from "@/lib/metric-math";
import type { VariableValuesRequest, VariableValuesResponse } from "@/lib/contracts/variable-values";
import { catalogMetrics } from "./catalog";

// A property variable's choices, as CloudWatch fills them: the distinct values of the `populateFrom`
// dimension among the metrics the variable's SEARCH selects, sorted.

/** [I] Most values a variable lists (CloudWatch's own variable drop-downs are capped similarly). */
export const MAX_VARIABLE_VALUES = 500;

export class VariableSearchError extends Error {
  override name = "VariableSearchError";
}

function parse(search: string): SearchQuery {
  try {
    return parseSearch(search);
  } catch (error) {
    if (error instanceof MetricMathSyntaxError) throw new VariableSearchError(`search: ${error.message}`);
    throw error;
  }
}

/** The distinct `populateFrom` values among the metrics the search selects, sorted and capped. */
export function valuesFromMetrics(
  metrics: readonly CatalogMetric[],
  request: Pick<VariableValuesRequest, "search" | "populateFrom" | "accountId">,
  truncated = false,
): VariableValuesResponse {
  const query = parse(request.search);
  const values = new Set<string>();
  for (const metric of metrics) {
    if (!matchesSearch(query, metric, request.accountId)) continue;
    const value = metric.dimensions.find((d) => d.name === request.populateFrom)?.value;
    if (value !== undefined) values.add(value);
  }
  const sorted = [...values].sort((a, b) => a.localeCompare(b));
  return {
    values: sorted.slice(0, MAX_VARIABLE_VALUES),
    truncated: truncated || sorted.length > MAX_VARIABLE_VALUES,
  };
}

export async function variableValues(request: VariableValuesRequest): Promise<VariableValuesResponse> {
  const namespace = parse(request.search).schema?.namespace;
  const { metrics, truncated } = await catalogMetrics(request.accountId, request.region, namespace);
  return valuesFromMetrics(metrics, request, truncated);
}
