import { isValidPeriod, isValidQueryId, isValidStatistic } from "./statistics";
import { EXPRESSION_ROW_KEYS, METRIC_ROW_OPTION_KEYS } from "./body-constants";
import type { Checker, Path } from "./checker";
import { isJsonObject, type JsonObject } from "./json";
import { expandMetricRows, type ExpandedRow } from "./metric-rows";
import { assignQueryIds } from "./query-ids";

function checkOptions(checker: Checker, options: JsonObject, at: Path, isExpression: boolean): void {
  const id = checker.string(options, "id", at);
  if (id !== undefined && !isValidQueryId(id)) {
    checker.error(
      [...at, "id"],
      "Id must start with a lowercase letter and contain only letters, digits and _",
    );
  }
  checker.string(options, "label", at);
  checker.string(options, "color", at);
  checker.oneOf(options, "yAxis", at, ["left", "right"]);
  checker.boolean(options, "visible", at);
  checker.string(options, "region", at);
  checker.string(options, "accountId", at);
  const period = checker.number(options, "period", at, { integer: true, min: 1 });
  if (period !== undefined && !isValidPeriod(period)) {
    checker.error([...at, "period"], "Period must be 1, 5, 10, 30 or a multiple of 60");
  }
  if (isExpression) {
    checker.string(options, "expression", at);
    checker.unexpectedKeys(options, EXPRESSION_ROW_KEYS, at, "an expression");
    return;
  }
  const stat = checker.string(options, "stat", at);
  if (stat !== undefined && !isValidStatistic(stat))
    checker.error([...at, "stat"], `Unknown statistic "${stat}"`);
  checker.unexpectedKeys(options, METRIC_ROW_OPTION_KEYS, at, "metric options");
}

/**
 * Checks `properties.metrics` (rows, shorthand, options, ids) and returns the expanded rows when they are all
 * well-formed. `path` points at the metrics array.
 */
export function checkMetricRows(
  checker: Checker,
  rows: readonly unknown[],
  path: Path,
): ExpandedRow[] | undefined {
  const errorsBefore = checker.errors.length;
  rows.forEach((row, index) => {
    if (!Array.isArray(row)) return;
    const elements: readonly unknown[] = row;
    const last = elements[elements.length - 1];
    if (isJsonObject(last))
      checkOptions(checker, last, [...path, index, elements.length - 1], elements.length === 1);
  });
  const { rows: expanded, problems } = expandMetricRows(rows);
  for (const problem of problems) checker.error([...path, ...problem.path], problem.message);
  if (checker.errors.length > errorsBefore) return undefined;

  const explicit = expanded.map((row) => (typeof row.options.id === "string" ? row.options.id : undefined));
  const ids = assignQueryIds(expanded.map((row, i) => ({ kind: row.kind, id: explicit[i] })));
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      const row = rows[index];
      const optionsAt = Array.isArray(row) ? row.length - 1 : 0;
      checker.error([...path, index, optionsAt, "id"], `Duplicate metric id "${id}"`);
    }
    seen.add(id);
  });
  return checker.errors.length > errorsBefore ? undefined : expanded;
}
