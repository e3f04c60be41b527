import type { MetricIdentity } from "../types";
import { termMatchesName } from "./tokens";
import type { SearchNode, SearchQuery, SearchValue } from "./types";

export const ACCOUNT_ID_PROPERTY = ":aws.AccountId";
/** `:aws.AccountId = LOCAL` selects the monitoring account's own metrics. */
export const LOCAL_ACCOUNT_KEYWORD = "LOCAL";

export interface SearchMatchOptions {
  /** The monitoring account, for `:aws.AccountId = 'LOCAL'`. */
  localAccountId?: string;
}

function valueMatches(value: SearchValue, actual: string): boolean {
  return value.exact ? actual === value.text : termMatchesName(value.text, actual);
}

function anyField(metric: MetricIdentity, test: (field: string) => boolean): boolean {
  if (test(metric.namespace) || test(metric.metricName)) return true;
  for (const d of metric.dimensions) if (test(d.name) || test(d.value)) return true;
  return false;
}

function propertyMatches(
  node: Extract<SearchNode, { type: "property" }>,
  metric: MetricIdentity,
  accountId: string | undefined,
  options: SearchMatchOptions,
): boolean {
  if (node.name === ACCOUNT_ID_PROPERTY) {
    if (accountId === undefined) return false;
    return node.values.some((v) =>
      v.text === LOCAL_ACCOUNT_KEYWORD ? accountId === options.localAccountId : v.text === accountId,
    );
  }
  if (node.name === "MetricName") return node.values.some((v) => valueMatches(v, metric.metricName));
  if (node.name === "Namespace") return node.values.some((v) => valueMatches(v, metric.namespace));
  const dimension = metric.dimensions.find((d) => d.name === node.name);
  if (!dimension) return false;
  return node.values.some((v) => valueMatches(v, dimension.value));
}

function nodeMatches(
  node: SearchNode,
  metric: MetricIdentity,
  accountId: string | undefined,
  options: SearchMatchOptions,
): boolean {
  switch (node.type) {
    case "and":
      return node.items.every((item) => nodeMatches(item, metric, accountId, options));
    case "or":
      return node.items.some((item) => nodeMatches(item, metric, accountId, options));
    case "not":
      return !nodeMatches(node.item, metric, accountId, options);
    case "term":
      if (node.exact) return anyField(metric, (field) => field === node.text);
      return anyField(metric, (field) => termMatchesName(node.text, field));
    case "property":
      return propertyMatches(node, metric, accountId, options);
  }
}

/** Whether a metric (owned by `accountId`) is selected by a parsed SEARCH query. */
export function matchesSearch(
  query: SearchQuery,
  metric: MetricIdentity,
  accountId?: string,
  options: SearchMatchOptions = {},
): boolean {
  const schema = query.schema;
  if (schema) {
    if (metric.namespace !== schema.namespace) return false;
    if (metric.dimensions.length !== schema.dimensionNames.length) return false;
    for (const name of schema.dimensionNames) {
      if (!metric.dimensions.some((d) => d.name === name)) return false;
    }
  }
  return query.filter ? nodeMatches(query.filter, metric, accountId, options) : true;
}
